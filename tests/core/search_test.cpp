#include "support/testsupport.h"

#include <core/search.h>

using namespace SmtpCodes;
using Core::ReplyClass;
using Core::Search;
using Core::SearchQuery;

namespace {

QStringList codes(const QList<qsizetype> &rows)
{
    QStringList result;
    for (qsizetype row : rows)
        result.append(Testing::catalog().at(row).code);
    return result;
}

QStringList run(const QString &text, std::optional<ReplyClass> replyClass = std::nullopt)
{
    static const Search search(Testing::catalog());
    SearchQuery query;
    query.text = text;
    query.replyClass = replyClass;
    query.kind = Core::EntryKind::Reply;
    return codes(search.run(query));
}

} // namespace

TEST(SearchTest, EmptyQueryListsEverythingInOrder)
{
    const QStringList all = run(QString());
    ASSERT_FALSE(all.isEmpty());
    EXPECT_EQ(all.first(), QStringLiteral("101")); // basic replies, standard or not, by number
    EXPECT_TRUE(all.contains(QStringLiteral("556")));
}

TEST(SearchTest, CodePrefixLeavesOnlyThoseCodes)
{
    const QStringList result = run(QStringLiteral("55"));
    EXPECT_EQ(result,
              (QStringList{QStringLiteral("550"), QStringLiteral("551"), QStringLiteral("552"), QStringLiteral("553"),
                           QStringLiteral("554"), QStringLiteral("555"), QStringLiteral("556")}));
}

TEST(SearchTest, ExactCodeComesFirst)
{
    const QStringList result = run(QStringLiteral("550"));
    ASSERT_FALSE(result.isEmpty());
    EXPECT_EQ(result.first(), QStringLiteral("550"));
}

TEST(SearchTest, WordsOfNamesRankAboveWordsOfText)
{
    const QStringList result = run(QStringLiteral("local"));
    ASSERT_GT(result.size(), 3);
    // Every code with "Local" in its name (251, 451, 551…) comes before those that only mention it in their text.
    bool inText = false;
    for (const QString &code : result) {
        const bool inName = Testing::catalog().find(code)->englishText(Core::Field::Name).contains(u"Local");
        EXPECT_FALSE(inName && inText) << code.toStdString() << " has it in its name but comes after a text match";
        inText = inText || !inName;
    }
    EXPECT_TRUE(result.mid(0, 4).contains(QStringLiteral("551")));
}

TEST(SearchTest, IsCaseInsensitiveAndMatchesWordPrefixes)
{
    EXPECT_EQ(run(QStringLiteral("STARTTLS")), run(QStringLiteral("starttls")));
    EXPECT_TRUE(run(QStringLiteral("authen")).contains(QStringLiteral("535")));
}

TEST(SearchTest, AllWordsMustMatch)
{
    const QStringList relay = run(QStringLiteral("relay"));
    const QStringList relayDenied = run(QStringLiteral("relay zzzzqqq"));
    EXPECT_FALSE(relay.isEmpty());
    EXPECT_TRUE(relayDenied.isEmpty());
}

TEST(SearchTest, ClassFilterKeepsOnlyThatClass)
{
    const QStringList transient = run(QString(), ReplyClass::TransientNegative);
    ASSERT_FALSE(transient.isEmpty());
    for (const QString &code : transient)
        EXPECT_TRUE(code.startsWith(u'4')) << code.toStdString();
    EXPECT_TRUE(run(QStringLiteral("55"), ReplyClass::TransientNegative).isEmpty());
    EXPECT_EQ(run(QStringLiteral("55"), ReplyClass::PermanentNegative).size(), 7);
}

TEST(SearchTest, SeveralCodesListEachOfThem)
{
    const QStringList result = run(QStringLiteral("354 551"));
    EXPECT_EQ(result.mid(0, 2), (QStringList{QStringLiteral("354"), QStringLiteral("551")}));
}

TEST(SearchTest, PunctuationAroundWordsIsIgnored)
{
    EXPECT_EQ(run(QStringLiteral("\"550\",")).first(), QStringLiteral("550"));
}

TEST(SearchTest, LongNumbersSearchTheText)
{
    // "5321" is no code, but RFC numbers and sizes are worth finding in the text.
    EXPECT_FALSE(run(QStringLiteral("1870")).isEmpty());
}

TEST(SearchTest, NothingMatchesGarbage)
{
    EXPECT_TRUE(run(QStringLiteral("qqqqzzzz")).isEmpty());
    EXPECT_TRUE(run(QStringLiteral("999")).isEmpty());
}

TEST(SearchTest, PathologicalInputStaysCorrect)
{
    EXPECT_TRUE(run(QString(10000, u'a')).isEmpty());
    EXPECT_TRUE(run(QString(10000, u'5')).isEmpty());
    QString words;
    for (int i = 0; i < 2000; ++i)
        words += QStringLiteral("mail ");
    EXPECT_EQ(run(words), run(QStringLiteral("mail")));
    EXPECT_TRUE(run(QStringLiteral("📧📨🙂")).isEmpty());
    EXPECT_EQ(run(QStringLiteral("550 📧")).first(), QStringLiteral("550"));
    EXPECT_TRUE(run(QStringLiteral("صندوق البريد")).isEmpty());
    EXPECT_EQ(run(QStringLiteral("  \t 550 \u200f")).first(), QStringLiteral("550"));
    EXPECT_TRUE(run(QString(QChar(0))).isEmpty());
}

namespace {

QStringList runAll(const QString &text, const QString &language = QStringLiteral("en"))
{
    const Search search(Testing::catalog(), language);
    SearchQuery query;
    query.text = text;
    return codes(search.run(query));
}

} // namespace

TEST(SearchTest, FindsProviderRepliesByTagCodeAndWords)
{
    EXPECT_TRUE(runAll(QStringLiteral("tss04")).first().startsWith(u"yahoo-"))
        << runAll(QStringLiteral("tss04")).join(u' ').toStdString();
    const QStringList microsoft = runAll(QStringLiteral("5.7.708"));
    ASSERT_FALSE(microsoft.isEmpty());
    EXPECT_TRUE(microsoft.first().startsWith(u"microsoft365-")) << microsoft.first().toStdString();
    const QStringList dmarc = runAll(QStringLiteral("microsoft dmarc"));
    ASSERT_GE(dmarc.size(), 3);
    int microsoftFirst = 0;
    for (const QString &code : dmarc.mid(0, 3))
        microsoftFirst +=
            code.startsWith(u"microsoft365-") || code.startsWith(u"outlookcom-") || code.startsWith(u"exchange-");
    EXPECT_TRUE(dmarc.first().startsWith(u"microsoft365-")) << dmarc.first().toStdString();
    EXPECT_GE(microsoftFirst, 2);
}

TEST(SearchTest, SpellingVariantsAndSynonymsFindTheSameEntries)
{
    const QStringList blacklist = runAll(QStringLiteral("blacklist"));
    const QStringList blocklist = runAll(QStringLiteral("blocklist"));
    EXPECT_FALSE(blacklist.isEmpty());
    EXPECT_TRUE(blacklist.contains(QStringLiteral("blocked")));
    EXPECT_TRUE(blocklist.contains(QStringLiteral("blocked")));
    EXPECT_TRUE(runAll(QStringLiteral("graylist")).contains(QStringLiteral("450")) ||
                runAll(QStringLiteral("greylist")).contains(QStringLiteral("450")));
    EXPECT_TRUE(runAll(QStringLiteral("quota")).contains(QStringLiteral("X.2.2")));
    EXPECT_TRUE(runAll(QStringLiteral("undeliverable")).size() > 0);
}

TEST(SearchTest, TheCommonCaseComesFirst)
{
    EXPECT_EQ(runAll(QStringLiteral("user unknown")).mid(0, 2),
              (QStringList{QStringLiteral("X.1.1"), QStringLiteral("550")}));
    const QStringList relay = runAll(QStringLiteral("relay"));
    ASSERT_TRUE(relay.contains(QStringLiteral("X.1.9")));
    EXPECT_LT(relay.indexOf(QStringLiteral("554")), relay.indexOf(QStringLiteral("X.1.9")));
}

TEST(SearchTest, ReasonsAreFoundByTheirToken)
{
    EXPECT_EQ(runAll(QStringLiteral("mailboxfull")).first(), QStringLiteral("mailboxfull"));
}

TEST(SearchTest, FindsEntriesInTheCurrentLanguageAndStillInEnglish)
{
    // Japanese is written without spaces: its words are found inside the text.
    const QStringList mailbox = runAll(QStringLiteral("メールボックス"), QStringLiteral("ja"));
    EXPECT_TRUE(mailbox.contains(QStringLiteral("550"))) << mailbox.join(u' ').toStdString();
    EXPECT_TRUE(mailbox.contains(QStringLiteral("X.2.2"))) << mailbox.join(u' ').toStdString();
    EXPECT_TRUE(runAll(QStringLiteral("メールボックス")).isEmpty()); // not in the English text
    // A language with spaces is searched word by word, and English words keep working in every language.
    EXPECT_TRUE(runAll(QStringLiteral("postfach"), QStringLiteral("de")).contains(QStringLiteral("550")));
    EXPECT_EQ(runAll(QStringLiteral("user unknown"), QStringLiteral("ja")).mid(0, 2),
              (QStringList{QStringLiteral("X.1.1"), QStringLiteral("550")}));
    EXPECT_FALSE(runAll(QStringLiteral("กล่องจดหมาย"), QStringLiteral("th")).isEmpty());
}
