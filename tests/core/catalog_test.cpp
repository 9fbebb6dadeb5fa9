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
    return Catalog::fromSources({{name, file.readAll()}}, error, Testing::dataPath(QStringLiteral("catalog/l10n")));
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
                       "503 504 521 530 534 535 538 550 551 552 553 554 555 556 253 422 458 459 523 524 525")
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
        if (entry.kind == Core::EntryKind::Provider)
            continue; // two providers may well name their replies alike
        const QString key = Core::CodeEntry::kindName(entry.kind) + u':' + entry.englishText(Core::Field::Name);
        EXPECT_FALSE(names.contains(key)) << entry.code.toStdString() << " repeats a name";
        names.insert(key);
    }
    EXPECT_NE(Testing::catalog().find(u"251")->englishText(Core::Field::Name),
              Testing::catalog().find(u"551")->englishText(Core::Field::Name));
}

TEST(CatalogTest, TextHasNoGeneratorGlitches)
{
    const QRegularExpression markup(QStringLiteral("<\\s*/?\\s*(a|b|i|p|br|img|span|div|script|style)\\b"),
                                    QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression doubled(QStringLiteral("\\b(\\w+)\\s+\\1\\b"), QRegularExpression::CaseInsensitiveOption);
    for (const Core::CodeEntry &entry : Testing::catalog().entries()) {
        for (const QString &english : entry.english) {
            if (english.isEmpty() || &english == &entry.englishText(Core::Field::Name))
                continue;
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
    EXPECT_EQ(Testing::catalog().find(u"5.1.1")->code, QStringLiteral("X.1.1"));
    EXPECT_EQ(Testing::catalog().find(u"x.1.1")->code, QStringLiteral("X.1.1"));
    EXPECT_EQ(Testing::catalog().find(u"MAILBOXFULL")->code, QStringLiteral("mailboxfull"));
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
                      BadFixture{"wrong-version.json", "\"formatVersion\" must be 2"},
                      BadFixture{"duplicate-code.json", "entry 3 (250): code 250 appears twice"},
                      BadFixture{"missing-field.json", "entry 2 (550): required field \"howToFix\" is missing"},
                      BadFixture{"class-mismatch.json", "\"class\" is 4xx but the code starts with 5"},
                      BadFixture{"unknown-class.json", "\"class\" is \"9xx\""},
                      BadFixture{"related-missing.json", "related code 999 is not in the catalog"},
                      BadFixture{"related-self.json", "(550): lists itself as related"},
                      BadFixture{"bad-code.json", "reply code \"55\" is not three digits"},
                      BadFixture{"text-not-string.json", "\"name\" must be a text"},
                      BadFixture{"empty-text.json", "\"description\" is empty"},
                      BadFixture{"one-example.json", "at least 2 server replies"},
                      BadFixture{"provider-unknown-reason.json", "reason nosuchreason is not a reason"},
                      BadFixture{"provider-hard-mismatch.json", "\"hardBounce\" must be true"},
                      BadFixture{"provider-unknown.json", "provider nobody is not described"},
                      BadFixture{"reason-bad-verdict.json", "\"verdict\" must be one of"},
                      BadFixture{"bad-facts.json", "\"facts\" needs"},
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

TEST(CatalogTest, EveryKindLoadsAndLinks)
{
    QString error;
    const std::optional<Catalog> catalog = loadFixture(QStringLiteral("valid-kinds.json"), &error);
    ASSERT_TRUE(catalog.has_value()) << error.toStdString();
    const Core::CodeEntry *response = catalog->find(u"exampleisp-550-nouser");
    ASSERT_NE(response, nullptr);
    EXPECT_EQ(response->kind, Core::EntryKind::Provider);
    EXPECT_EQ(response->replyClass, Core::ReplyClass::PermanentNegative);
    EXPECT_EQ(catalog->provider(response->provider)->name, QStringLiteral("Example ISP"));
    // Looked up by its tag, with or without the brackets, and listed under its codes.
    EXPECT_EQ(catalog->lookup(u"EX01"), QList<qsizetype>{catalog->indexOf(u"exampleisp-550-nouser")});
    EXPECT_EQ(catalog->lookup(u"[ex01]"), QList<qsizetype>{catalog->indexOf(u"exampleisp-550-nouser")});
    EXPECT_EQ(catalog->providerResponsesFor(QStringLiteral("550")).size(), 1);
    EXPECT_EQ(catalog->find(u"420")->kind, Core::EntryKind::NonStandard);
    EXPECT_EQ(catalog->find(u"userunknown")->verdict, QStringLiteral("suppress"));
}

TEST(CatalogTest, TextInAnotherLanguageFallsBackToEnglish)
{
    QString error;
    const std::optional<Catalog> catalog = loadFixture(QStringLiteral("valid.json"), &error);
    ASSERT_TRUE(catalog.has_value()) << error.toStdString();
    const Core::CodeEntry &entry = *catalog->find(u"550");
    EXPECT_EQ(catalog->text(entry, Core::Field::Name, QStringLiteral("es")), QStringLiteral("Buzón no disponible"));
    // A field the language lacks is English; so is a language without a file, with a clear problem to show.
    EXPECT_EQ(catalog->text(entry, Core::Field::HowToFix, QStringLiteral("es")),
              entry.englishText(Core::Field::HowToFix));
    EXPECT_EQ(catalog->text(entry, Core::Field::Name, QStringLiteral("ja")), entry.englishText(Core::Field::Name));
    EXPECT_TRUE(catalog->translationProblem(QStringLiteral("ja")).contains(u"missing"));
    EXPECT_TRUE(catalog->translationProblem(QStringLiteral("es")).isEmpty());
    // A damaged file is English too, and says where it broke.
    EXPECT_EQ(catalog->text(entry, Core::Field::Name, QStringLiteral("de")), entry.englishText(Core::Field::Name));
    EXPECT_TRUE(catalog->translationProblem(QStringLiteral("de")).contains(u"not valid JSON"));
}

TEST(CatalogTest, LookupReadsWhatPeopleCopyFromBounces)
{
    const Catalog &catalog = Testing::catalog();
    const QList<qsizetype> pair{catalog.indexOf(u"550"), catalog.indexOf(u"X.7.26")};
    EXPECT_EQ(catalog.lookup(u"550 5.7.26"), pair);
    EXPECT_EQ(catalog.lookup(u"550-5.7.26"), pair);
    EXPECT_EQ(catalog.lookup(u"#5.1.1"), QList<qsizetype>{catalog.indexOf(u"X.1.1")});
    // An enhanced code only a provider uses leads to that provider's reply.
    const QList<qsizetype> microsoft = catalog.lookup(u"5.7.708");
    ASSERT_FALSE(microsoft.isEmpty());
    EXPECT_EQ(catalog.at(microsoft.first()).provider, QStringLiteral("microsoft365"));
    const QList<qsizetype> yahoo = catalog.lookup(u"TSS04");
    ASSERT_FALSE(yahoo.isEmpty());
    EXPECT_EQ(catalog.at(yahoo.first()).provider, QStringLiteral("yahoo"));
    EXPECT_TRUE(catalog.lookup(u"bananas").isEmpty());
}

TEST(CatalogTest, ProviderRepliesCoverManyProviders)
{
    QSet<QString> providers;
    int responses = 0;
    for (const Core::CodeEntry &entry : Testing::catalog().entries()) {
        if (entry.kind != Core::EntryKind::Provider)
            continue;
        ++responses;
        providers.insert(entry.provider);
        EXPECT_FALSE(entry.match.isEmpty()) << entry.code.toStdString();
        EXPECT_TRUE(entry.documentation.startsWith(u"https://") || entry.documentation.startsWith(u"http://"))
            << entry.code.toStdString();
    }
    EXPECT_GE(responses, 400);
    EXPECT_GE(providers.size(), 35);
    // Blocklists are providers of their own.
    EXPECT_EQ(Testing::catalog().provider(QStringLiteral("spamhaus"))->category, QStringLiteral("blocklist"));
}

TEST(CatalogTest, NonStandardCodesSayTheyAreNotStandard)
{
    for (const char *code :
         {"101", "111", "420", "431", "441", "442", "446", "447", "449", "471", "510", "511", "512", "513", "541"}) {
        const Core::CodeEntry *entry = Testing::catalog().find(QString::fromLatin1(code));
        ASSERT_NE(entry, nullptr) << code;
        EXPECT_EQ(entry->kind, Core::EntryKind::NonStandard) << code;
        EXPECT_FALSE(entry->standardCodes.isEmpty()) << code;
        EXPECT_TRUE(entry->englishText(Core::Field::Description).contains(u"RFC")) << code;
    }
}

TEST(CatalogTest, RepliesCarryFactsAndAFewUsualEnhancedCodes)
{
    for (const Core::CodeEntry &entry : Testing::catalog().entries()) {
        if (entry.kind != Core::EntryKind::Reply)
            continue;
        EXPECT_TRUE(entry.facts.known) << entry.code.toStdString();
        EXPECT_LE(entry.usualEnhanced.size(), 8) << entry.code.toStdString();
    }
    EXPECT_GE(Testing::catalog().enhancedFor(QStringLiteral("550")).size(), 5);
    EXPECT_TRUE(Testing::catalog().find(u"421")->facts.closes);
    EXPECT_EQ(Testing::catalog().find(u"450")->facts.next, Core::ReplyFacts::Next::Retry);
}

TEST(CatalogTest, EntriesMendedAgainstTheSources)
{
    const Catalog &catalog = Testing::catalog();
    auto examples = [&catalog](const char *code) {
        QStringList texts;
        for (const Core::ServerExample &example : catalog.find(QString::fromLatin1(code))->examples)
            texts.append(example.text);
        return texts.join(u'\n');
    };
    // A successful STARTTLS is 220 2.0.0; 530 is not for AUTH, EHLO, HELO, NOOP, RSET or QUIT.
    EXPECT_FALSE(examples("X.7.0").contains(u"220 2.7.0"));
    for (const char *command : {"AUTH", "EHLO", "HELO", "NOOP", "RSET", "QUIT", "ANY"})
        EXPECT_FALSE(catalog.find(u"530")->commands.contains(QString::fromLatin1(command))) << command;
    EXPECT_TRUE(examples("530").contains(u"530 5.5.1 Invalid command: Must issue an AUTH command first"));
    EXPECT_TRUE(examples("553").contains(u"553 5.1.0 Sender address syntax error"));
    EXPECT_TRUE(examples("502").contains(u"500 5.5.2") || examples("500").contains(u"500 5.5.2"));
    EXPECT_TRUE(catalog.find(u"X.1.6")->englishText(Core::Field::WhenYouSeeIt).contains(u"551 5.1.1"));
    EXPECT_TRUE(examples("551").contains(u"551 5.1.1"));
    EXPECT_TRUE(examples("X.2.2").contains(u"over quota"));
    EXPECT_TRUE(catalog.find(u"X.7.27")->replies.contains(u"550"));
    EXPECT_TRUE(catalog.find(u"552")->englishText(Core::Field::HowToFix).contains(u"temporary"));
    bool draft = false;
    for (const Core::Reference &reference : catalog.find(u"X.7.28")->references)
        draft = draft || reference.document.contains(u"draft-levine-mailbomb-header");
    EXPECT_TRUE(draft);
}
