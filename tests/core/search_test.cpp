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
    EXPECT_EQ(all.first(), QStringLiteral("211"));
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
    // 251, 451 and 551 have "Local" in their names; the codes after them only mention it in their text.
    const QStringList top = result.mid(0, 3);
    for (const char16_t *code : {u"251", u"451", u"551"})
        EXPECT_TRUE(top.contains(QString::fromUtf16(code))) << top.join(u' ').toStdString();
    for (const QString &code : result.mid(3))
        EXPECT_FALSE(Testing::catalog().find(code)->name.text().contains(QStringLiteral("Local")))
            << code.toStdString();
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
