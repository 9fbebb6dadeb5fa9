#include "support/testsupport.h"

#include <core/catalog.h>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace SmtpCodes;
using Core::Catalog;

namespace {

std::optional<Catalog> loadFixture(const QString &name, QString *error)
{
    QFile file(Testing::dataPath(QStringLiteral("catalog/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return Catalog::fromSources({{name, file.readAll()}}, error);
}

struct BadFixture
{
    const char *file;
    const char *expected; // a part of the error message that names the exact problem
};

class CatalogValidationTest : public ::testing::TestWithParam<BadFixture>
{
};

} // namespace

TEST(CatalogTest, RealCatalogLoadsThroughValidation)
{
    QString error;
    const std::optional<Catalog> catalog = Catalog::loadEmbedded(&error);
    ASSERT_TRUE(catalog.has_value()) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
}

TEST(CatalogTest, HoldsEveryBasicReplyCode)
{
    const QStringList required =
        QStringLiteral("211 214 220 221 235 250 251 252 334 354 421 432 450 451 452 454 455 500 501 502 "
                       "503 504 521 530 534 535 538 550 551 552 553 554 555 556")
            .split(u' ');
    for (const QString &code : required) {
        const Core::CodeEntry *entry = Testing::catalog().find(code);
        ASSERT_NE(entry, nullptr) << code.toStdString();
        EXPECT_EQ(entry->kind, Core::EntryKind::Reply);
        EXPECT_EQ(Core::ReplyClasses::label(entry->replyClass), code.left(1) + u"xx");
        EXPECT_GE(entry->examples.size(), 2) << code.toStdString();
        EXPECT_FALSE(entry->references.isEmpty()) << code.toStdString();
    }
}

TEST(CatalogTest, NamesAreDistinctAnd251IsNot551)
{
    // A reply and the enhanced code that refines it may share a registry name (535 and X.7.8); within a kind,
    // every name is distinct.
    QSet<QString> names;
    for (const Core::CodeEntry &entry : Testing::catalog().entries()) {
        const QString key = Core::CodeEntry::kindName(entry.kind) + u':' + entry.name.text();
        EXPECT_FALSE(names.contains(key)) << entry.code.toStdString() << " repeats a name";
        names.insert(key);
    }
    EXPECT_NE(Testing::catalog().find(u"251")->name.text(), Testing::catalog().find(u"551")->name.text());
}

TEST(CatalogTest, TextHasNoGeneratorGlitches)
{
    const QRegularExpression markup(QStringLiteral("<\\s*/?\\s*(a|b|i|p|br|img|span|div|script|style)\\b"),
                                    QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression doubled(QStringLiteral("\\b(\\w+)\\s+\\1\\b"), QRegularExpression::CaseInsensitiveOption);
    for (const Core::CodeEntry &entry : Testing::catalog().entries()) {
        for (const Core::LocalizedText *text :
             {&entry.description, &entry.whenYouSeeIt, &entry.howToFix, &entry.whenToUse}) {
            const QString english = text->text();
            const auto match = doubled.match(english);
            EXPECT_FALSE(match.hasMatch())
                << entry.code.toStdString() << ": doubled word \"" << match.captured(0).toStdString() << "\"";
            EXPECT_TRUE(english.endsWith(u'.') || english.endsWith(u')'))
                << entry.code.toStdString() << " has cut-off text: " << english.toStdString();
            EXPECT_FALSE(markup.match(english).hasMatch()) << entry.code.toStdString() << " has markup in its text";
        }
    }
}

TEST(CatalogTest, FindAcceptsSpacesAndEnhancedForms)
{
    EXPECT_EQ(Testing::catalog().find(u" 550 ")->code, QStringLiteral("550"));
    EXPECT_EQ(Testing::catalog().find(u"999"), nullptr);
    EXPECT_EQ(Testing::catalog().find(u""), nullptr);
    EXPECT_EQ(Catalog::genericEnhanced(u"5.1.1"), QStringLiteral("X.1.1"));
    EXPECT_EQ(Catalog::genericEnhanced(u"550"), QStringLiteral("550"));
}

TEST(CatalogTest, NearestCodesOfAnUnknownCode)
{
    EXPECT_EQ(Testing::catalog().nearest(u"559"),
              (QStringList{QStringLiteral("556"), QStringLiteral("555"), QStringLiteral("554")}));
    EXPECT_EQ(Testing::catalog().nearest(u"249").first(), QStringLiteral("250"));
    EXPECT_EQ(Testing::catalog().nearest(QString(100000, u'9')).size(), 3);
}

TEST(CatalogTest, ValidFixtureLoads)
{
    QString error;
    const std::optional<Catalog> catalog = loadFixture(QStringLiteral("valid.json"), &error);
    ASSERT_TRUE(catalog.has_value()) << error.toStdString();
    EXPECT_EQ(catalog->size(), 2);
}

TEST_P(CatalogValidationTest, ReportsTheExactProblem)
{
    QString error;
    const std::optional<Catalog> catalog = loadFixture(QString::fromUtf8(GetParam().file), &error);
    EXPECT_FALSE(catalog.has_value());
    EXPECT_TRUE(error.startsWith(QString::fromUtf8(GetParam().file))) << error.toStdString();
    EXPECT_TRUE(error.contains(QString::fromUtf8(GetParam().expected))) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BadFixtures, CatalogValidationTest,
    ::testing::Values(BadFixture{"not-json.json", "not valid JSON"},
                      BadFixture{"wrong-version.json", "\"formatVersion\" must be 1"},
                      BadFixture{"duplicate-code.json", "entry 3 (250): code 250 appears twice"},
                      BadFixture{"missing-field.json", "entry 2 (550): required field \"howToFix\" is missing"},
                      BadFixture{"class-mismatch.json", "\"class\" is 4xx but the code starts with 5"},
                      BadFixture{"unknown-class.json", "\"class\" is \"9xx\""},
                      BadFixture{"related-missing.json", "related code 999 is not in the catalog"},
                      BadFixture{"related-self.json", "(550): lists itself as related"},
                      BadFixture{"bad-code.json", "reply code \"55\" is not three digits"},
                      BadFixture{"no-english.json", "\"name\" has no English"},
                      BadFixture{"empty-text.json", "\"description\" has an empty"},
                      BadFixture{"one-example.json", "at least two server responses"},
                      BadFixture{"no-references.json", "\"references\" is empty"},
                      BadFixture{"unknown-command.json", "unknown command \"SEND\""},
                      BadFixture{"bad-kind.json", "\"kind\" must be"}),
    [](const ::testing::TestParamInfo<BadFixture> &info) {
        std::string name = info.param.file;
        name = name.substr(0, name.find('.'));
        for (char &c : name)
            if (c == '-')
                c = '_';
        return name;
    });

TEST(CatalogTest, EmptySourcesAreAnError)
{
    QString error;
    EXPECT_FALSE(Catalog::fromSources({}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

TEST(CatalogTest, LocalizedTextFallsBackToEnglish)
{
    const Core::LocalizedText text(
        {{QStringLiteral("en"), QStringLiteral("Mailbox")}, {QStringLiteral("pt"), QStringLiteral("Caixa")}});
    EXPECT_EQ(text.text(QStringLiteral("de")), QStringLiteral("Mailbox"));
    EXPECT_EQ(text.text(QStringLiteral("pt_BR")), QStringLiteral("Caixa"));
    EXPECT_EQ(text.text(), QStringLiteral("Mailbox"));
}
