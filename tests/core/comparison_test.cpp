#include "support/testsupport.h"

#include <core/comparison.h>
#include <core/renderer.h>

#include <QRegularExpression>

using namespace SmtpCodes;
using Core::Comparison;

namespace {

Comparison compare(const char16_t *left, const char16_t *right)
{
    const Core::CodeEntry *a = Testing::catalog().find(QStringView(left));
    const Core::CodeEntry *b = Testing::catalog().find(QStringView(right));
    EXPECT_NE(a, nullptr);
    EXPECT_NE(b, nullptr);
    return Comparison(Testing::catalog(), *a, *b, QStringLiteral("en"));
}

void expectNoGlitches(const QString &text)
{
    static const QRegularExpression doubled(QStringLiteral("\\b([A-Za-z]+)\\s+\\1\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    // Within a line: a heading ending "…see it" followed by a paragraph "It …" is no doubled word.
    for (const QString &line : text.split(u'\n')) {
        const auto match = doubled.match(line);
        EXPECT_FALSE(match.hasMatch()) << "doubled word \"" << match.captured(0).toStdString()
                                       << "\" in: " << line.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("%1"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("%2"))) << text.toStdString();
}

struct SeedPair
{
    const char16_t *left;
    const char16_t *right;
};

class SeedPairTest : public ::testing::TestWithParam<SeedPair>
{
};

} // namespace

TEST(ComparisonTest, CrossClassSummaryNamesBothClasses)
{
    EXPECT_EQ(compare(u"354", u"551").summary(),
              QStringLiteral("354 (%1) is a 3xx Positive Intermediate reply, while 551 (%2) is a 5xx Permanent "
                             "Negative reply.")
                  .arg(Testing::catalog().find(u"354")->englishText(Core::Field::Name),
                       Testing::catalog().find(u"551")->englishText(Core::Field::Name)));
}

TEST(ComparisonTest, SameClassSummaryIsADifferentSentence)
{
    const Comparison comparison = compare(u"550", u"551");
    EXPECT_TRUE(comparison.summary().contains(QStringLiteral("are both 5xx Permanent Negative replies")))
        << comparison.summary().toStdString();
    EXPECT_FALSE(comparison.summary().contains(QStringLiteral("while")));
}

TEST(ComparisonTest, DifferencesSayWhatTheSendingServerDoes)
{
    // For the admin holding the reply: one is queued and retried, the other bounces now.
    const QStringList differences = compare(u"450", u"550").keyDifferences();
    ASSERT_FALSE(differences.isEmpty());
    EXPECT_EQ(differences.first(), QStringLiteral("Your server keeps a message that gets 450 in its queue and tries "
                                                  "again later, while 550 bounces it now."));
    const QString greeting = compare(u"421", u"554").keyDifferences().join(u'\n');
    EXPECT_TRUE(greeting.contains(QStringLiteral("421 closes the connection"))) << greeting.toStdString();
    EXPECT_TRUE(greeting.contains(QStringLiteral("554 at the opening of the connection refuses your server")))
        << greeting.toStdString();
}

TEST(ComparisonTest, CrossClassDifferencesSayWhatEachMeansForTheClient)
{
    const QStringList differences = compare(u"354", u"451").keyDifferences();
    ASSERT_GE(differences.size(), 3);
    EXPECT_TRUE(differences.at(0).startsWith(QStringLiteral("354 asks for more"))) << differences.at(0).toStdString();
    EXPECT_TRUE(differences.at(1).contains(QStringLiteral("451 in its queue"))) << differences.at(1).toStdString();
}

TEST(ComparisonTest, CommandsDifferenceNamesTheCommands)
{
    const QStringList differences = compare(u"354", u"550").keyDifferences();
    const auto sentence = std::find_if(differences.cbegin(), differences.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral("354 answers DATA, while 550 answers "));
    });
    ASSERT_NE(sentence, differences.cend()) << differences.join(u'\n').toStdString();
    EXPECT_TRUE(sentence->contains(QStringLiteral("RCPT")));
}

TEST(ComparisonTest, ACodeComparedWithItselfSaysSo)
{
    const Comparison comparison = compare(u"550", u"550");
    EXPECT_TRUE(comparison.isSameCode());
    EXPECT_TRUE(comparison.summary().contains(QStringLiteral("compared with itself")))
        << comparison.summary().toStdString();
    EXPECT_EQ(comparison.keyDifferences().size(), 1);
    EXPECT_EQ(comparison.whenToUseEach().size(), 1);
}

TEST(ComparisonTest, SwappingSwapsTheSentence)
{
    const QString forward = compare(u"354", u"551").summary();
    const QString backward = compare(u"551", u"354").summary();
    EXPECT_TRUE(forward.startsWith(QStringLiteral("354 ")));
    EXPECT_TRUE(backward.startsWith(QStringLiteral("551 ")));
}

TEST_P(SeedPairTest, ReadsCleanlyInEveryFormat)
{
    const Comparison comparison = compare(GetParam().left, GetParam().right);
    const QString text = Core::Renderer::toPlainText(comparison.document());
    const QString markdown = Core::Renderer::toMarkdown(comparison.document());
    const bool codes = comparison.left().kind != Core::EntryKind::Reason;
    for (const QString &rendered : {text, markdown}) {
        expectNoGlitches(rendered);
        for (const char *heading : {"Description", "How to fix", "Key differences", "When to use each"})
            EXPECT_TRUE(rendered.contains(QString::fromUtf8(heading))) << heading;
        EXPECT_EQ(rendered.contains(QStringLiteral("When you see it")), codes);
    }
    // Both codes' own sections appear: each description is there in full.
    EXPECT_TRUE(text.contains(comparison.left().englishText(Core::Field::Description)));
    EXPECT_TRUE(text.contains(comparison.right().englishText(Core::Field::Description)));
    EXPECT_EQ(comparison.whenToUseEach().size(), 2);
    for (const QString &item : comparison.whenToUseEach())
        EXPECT_TRUE(item.endsWith(u'.')) << item.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedPairTest,
                         ::testing::Values(SeedPair{u"354", u"551"}, SeedPair{u"251", u"354"}, SeedPair{u"251", u"554"},
                                           SeedPair{u"354", u"550"}, SeedPair{u"354", u"451"},
                                           SeedPair{u"550", u"X.7.26"}, SeedPair{u"mailboxfull", u"userunknown"}));

TEST(ComparisonTest, EveryPairReadsWithoutGlitches)
{
    // Every pair of codes, and each provider reply and reason against a few codes and each other.
    QList<const Core::CodeEntry *> entries;
    int others = 0;
    for (const Core::CodeEntry &entry : Testing::catalog().entries()) {
        const bool code = entry.kind != Core::EntryKind::Provider && entry.kind != Core::EntryKind::Reason;
        if (code || others++ % 10 == 0)
            entries.append(&entry);
    }
    for (const Core::CodeEntry *left : std::as_const(entries)) {
        for (const Core::CodeEntry *right : std::as_const(entries)) {
            const Core::CodeEntry &a = *left;
            const Core::CodeEntry &b = *right;
            const Comparison comparison(Testing::catalog(), a, b, QStringLiteral("en"));
            expectNoGlitches(comparison.summary());
            for (const QString &line : comparison.keyDifferences())
                expectNoGlitches(line);
            for (const QString &line : comparison.whenToUseEach())
                expectNoGlitches(line);
        }
    }
}
