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
    const auto match = doubled.match(text);
    EXPECT_FALSE(match.hasMatch()) << "doubled word \"" << match.captured(0).toStdString()
                                   << "\" in: " << text.toStdString();
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
              QStringLiteral("354 (%1) is a 3xx Positive Intermediate response, while 551 (%2) is a 5xx Permanent "
                             "Negative response.")
                  .arg(Testing::catalog().find(u"354")->name.text(), Testing::catalog().find(u"551")->name.text()));
}

TEST(ComparisonTest, SameClassSummaryIsADifferentSentence)
{
    const Comparison comparison = compare(u"550", u"551");
    EXPECT_TRUE(comparison.summary().contains(QStringLiteral("are both 5xx Permanent Negative responses")))
        << comparison.summary().toStdString();
    EXPECT_FALSE(comparison.summary().contains(QStringLiteral("while")));
    EXPECT_TRUE(comparison.keyDifferences().first().startsWith(QStringLiteral("Both 550 and 551 are permanent")));
}

TEST(ComparisonTest, CrossClassDifferencesSayWhatEachMeansForTheClient)
{
    const QStringList differences = compare(u"354", u"451").keyDifferences();
    ASSERT_GE(differences.size(), 3);
    EXPECT_TRUE(differences.at(0).startsWith(QStringLiteral("354 is a go-ahead")));
    EXPECT_TRUE(differences.at(1).startsWith(QStringLiteral("451 is temporary")));
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
    for (const QString &rendered : {text, markdown}) {
        expectNoGlitches(rendered);
        for (const char *heading :
             {"Description", "When you see it", "How to fix", "Key differences", "When to use each"})
            EXPECT_TRUE(rendered.contains(QString::fromUtf8(heading))) << heading;
    }
    // Both codes' own sections appear: each description is there in full.
    EXPECT_TRUE(text.contains(comparison.left().description.text()));
    EXPECT_TRUE(text.contains(comparison.right().description.text()));
    EXPECT_EQ(comparison.whenToUseEach().size(), 2);
    for (const QString &item : comparison.whenToUseEach())
        EXPECT_TRUE(item.endsWith(u'.')) << item.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedPairTest,
                         ::testing::Values(SeedPair{u"354", u"551"}, SeedPair{u"251", u"354"}, SeedPair{u"251", u"554"},
                                           SeedPair{u"354", u"550"}, SeedPair{u"354", u"451"}));

TEST(ComparisonTest, EveryPairReadsWithoutGlitches)
{
    const auto &entries = Testing::catalog().entries();
    for (const Core::CodeEntry &a : entries) {
        for (const Core::CodeEntry &b : entries) {
            const Comparison comparison(Testing::catalog(), a, b, QStringLiteral("en"));
            expectNoGlitches(comparison.summary());
            for (const QString &line : comparison.keyDifferences())
                expectNoGlitches(line);
            for (const QString &line : comparison.whenToUseEach())
                expectNoGlitches(line);
        }
    }
}
