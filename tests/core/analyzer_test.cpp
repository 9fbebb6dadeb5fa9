#include "support/testsupport.h"

#include <core/analyzer.h>

#include <QJsonObject>
#include <QRandomGenerator>

using namespace SmtpCodes;
using Core::Analyzer;
using Core::Finding;
using Core::Verdict;

namespace {

struct Expected
{
    int line;
    QString reply;
    QString enhanced;
    Verdict verdict;
};

Analyzer::Result analyze(const QString &text)
{
    return Analyzer(Testing::catalog()).analyze(text.toUtf8());
}

void expectFindings(const QString &text, const QList<Expected> &expected)
{
    const Analyzer::Result result = analyze(text);
    EXPECT_EQ(result.problem, Analyzer::Problem::None) << result.message.toStdString();
    ASSERT_EQ(result.findings.size(), expected.size()) << [&] {
        std::string found;
        for (const Finding &finding : result.findings)
            found += "\n  line " + std::to_string(finding.line) + ": " + finding.text.toStdString();
        return found;
    }();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Finding &finding = result.findings.at(i);
        EXPECT_EQ(finding.line, expected.at(i).line) << i;
        EXPECT_EQ(finding.reply, expected.at(i).reply) << i;
        EXPECT_EQ(finding.enhanced, expected.at(i).enhanced) << i;
        EXPECT_EQ(finding.verdict, expected.at(i).verdict) << i;
    }
}

} // namespace

TEST(AnalyzerTest, PostfixLogLines)
{
    expectFindings(
        QStringLiteral(
            "Nov 24 01:02:03 mx postfix/smtp[1234]: 4ABC550DEF: to=<bob@example.com>, "
            "relay=mx.example.com[192.0.2.25]:25, "
            "delay=0.55, delays=0.1/0/0.25/0.2, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.25] said: 550 "
            "5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to "
            "RCPT TO command))\n"
            "Nov 24 01:02:04 mx postfix/smtp[1234]: 5D0E2F3A: to=<ann@example.org>, "
            "relay=mx.example.org[198.51.100.7]:25, "
            "delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7F1C22E0)\n"
            "Nov 24 01:02:05 mx postfix/smtp[1235]: 6A7B8C9D: to=<joe@example.net>, relay=none, delay=30, "
            "delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[203.0.113.9]:25: Connection "
            "timed out)\n"
            "Nov 24 01:02:06 mx postfix/qmgr[99]: 4ABC550DEF: removed\n"),
        {{1, QStringLiteral("550"), QStringLiteral("5.1.1"), Verdict::Permanent},
         {2, QStringLiteral("250"), QStringLiteral("2.0.0"), Verdict::Success},
         {3, QString(), QStringLiteral("4.4.1"), Verdict::Temporary}});
}

TEST(AnalyzerTest, EximAndSendmailLogLines)
{
    expectFindings(
        QStringLiteral("2026-11-24 01:02:03 1rABCd-000123-4E ** bob@example.com R=dnslookup T=remote_smtp "
                       "H=mx.example.com [192.0.2.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from "
                       "remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown\n"
                       "Nov 24 01:02:03 host sm-mta[4321]: 2AOB23xx012345: to=<ann@example.org>, delay=00:00:01, "
                       "xdelay=00:00:01, mailer=esmtp, pri=120380, relay=mx.example.org. [198.51.100.7], dsn=5.1.1, "
                       "stat=User unknown\n"),
        {{1, QStringLiteral("550"), QStringLiteral("5.1.1"), Verdict::Permanent},
         {2, QString(), QStringLiteral("5.1.1"), Verdict::Permanent}});
}

TEST(AnalyzerTest, DeliveryStatusNotification)
{
    expectFindings(QStringLiteral("Reporting-MTA: dns; mx.example.com\n"
                                  "Arrival-Date: Tue, 24 Nov 2026 01:02:03 +0000 (UTC)\n"
                                  "\n"
                                  "Final-Recipient: rfc822; bob@example.com\n"
                                  "Original-Recipient: rfc822;bob@example.com\n"
                                  "Action: failed\n"
                                  "Status: 5.1.1\n"
                                  "Remote-MTA: dns; mx.example.net\n"
                                  "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected:\n"
                                  "    User unknown in local recipient table\n"
                                  "\n"
                                  "Final-Recipient: rfc822; ann@example.org\n"
                                  "Action: delayed\n"
                                  "Status: 4.4.7\n"
                                  "Will-Retry-Until: Thu, 26 Nov 2026 01:02:03 +0000 (UTC)\n"),
                   {{9, QStringLiteral("550"), QStringLiteral("5.1.1"), Verdict::Permanent},
                    {14, QString(), QStringLiteral("4.4.7"), Verdict::Temporary}});
}

TEST(AnalyzerTest, GmailMultiLineReplyIsOneFinding)
{
    const QString bounce = QStringLiteral(
        "Delivery to the following recipient failed permanently:\n"
        "\n"
        "     ann@example.com\n"
        "\n"
        "The response from the remote server was:\n"
        "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users,\n"
        "550-5.7.26 and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For\n"
        "550-5.7.26 this message, DKIM checks did not pass and SPF check for [example.com] did not pass with ip:\n"
        "550-5.7.26 [192.0.2.25]. To best protect our users from spam, the message has been blocked. Please\n"
        "550 5.7.26 visit https://support.google.com/mail/answer/81126 for more information. a1si1234567wrb.100 - "
        "gsmtp\n");
    expectFindings(bounce, {{6, QStringLiteral("550"), QStringLiteral("5.7.26"), Verdict::Permanent}});
    const Finding finding = analyze(bounce).findings.first();
    EXPECT_EQ(finding.text.count(u'\n'), 4);
    EXPECT_EQ(finding.provider, QStringLiteral("Gmail"));
    const QString explanation = Analyzer(Testing::catalog()).explanation(finding, QStringLiteral("en"));
    EXPECT_TRUE(explanation.contains(QStringLiteral("5.7.26"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("Gmail")));
}

TEST(AnalyzerTest, MicrosoftNonDeliveryReport)
{
    const Analyzer::Result result = analyze(QStringLiteral(
        "Your message to bob@example.com couldn't be delivered.\n"
        "Diagnostic information for administrators:\n"
        "Generating server: AM6PR01MB1234.eurprd01.prod.exchangelabs.com\n"
        "bob@example.com\n"
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@example.com not found by "
        "SMTP address lookup'\n"
        "Original message headers:\n"
        "Received: from AM6PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:20b:aa::11) by "
        "AM6PR01MB5678.eurprd01.prod.exchangelabs.com with HTTPS; Tue, 24 Nov 2026 01:02:03 +0000\n"
        "Message-ID: <550.1234.5.1.1@example.com>\n"
        "MIME-Version: 1.0\n"));
    ASSERT_EQ(result.findings.size(), 1);
    EXPECT_EQ(result.findings.first().line, 5);
    EXPECT_EQ(result.findings.first().enhanced, QStringLiteral("5.1.10"));
    EXPECT_EQ(result.findings.first().provider, QStringLiteral("Microsoft"));
}

TEST(AnalyzerTest, SmtpTranscriptWithPrefixes)
{
    expectFindings(QStringLiteral("S: 220 mail.example.com ESMTP Postfix\n"
                                  "C: EHLO client.example.org\n"
                                  "S: 250-mail.example.com\n"
                                  "S: 250-PIPELINING\n"
                                  "S: 250-SIZE 10240000\n"
                                  "S: 250 8BITMIME\n"
                                  "C: MAIL FROM:<ann@example.org>\n"
                                  "S: 250 2.1.0 Ok\n"
                                  "C: RCPT TO:<bob@example.com>\n"
                                  "S: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n"
                                  "C: QUIT\n"
                                  "S: 221 2.0.0 Bye\n"),
                   {{1, QStringLiteral("220"), QString(), Verdict::Success},
                    {3, QStringLiteral("250"), QString(), Verdict::Success},
                    {8, QStringLiteral("250"), QStringLiteral("2.1.0"), Verdict::Success},
                    {10, QStringLiteral("550"), QStringLiteral("5.1.1"), Verdict::Permanent},
                    {12, QStringLiteral("221"), QStringLiteral("2.0.0"), Verdict::Success}});
}

TEST(AnalyzerTest, SwaksTranscriptSkipsMessageContent)
{
    expectFindings(QStringLiteral("=== Trying 127.0.0.1:2525...\n"
                                  "=== Connected to 127.0.0.1.\n"
                                  "<-  220 localhost ESMTP OpenSMTPD\n"
                                  " -> EHLO client.example.org\n"
                                  "<-  250-localhost Hello client.example.org [127.0.0.1], pleased to meet you\n"
                                  "<-  250 HELP\n"
                                  " -> MAIL FROM:<ann@example.org>\n"
                                  "<-  250 2.0.0 Ok\n"
                                  " -> RCPT TO:<bob@localhost>\n"
                                  "<-  250 2.1.5 Destination address valid: Recipient ok\n"
                                  " -> DATA\n"
                                  "<-  354 Enter mail, end with \".\" on a line by itself\n"
                                  " -> Date: Tue, 24 Nov 2026 01:02:03 +0000\n"
                                  " -> Subject: 550 reasons\n"
                                  " -> \n"
                                  " -> 250 people read this line.\n"
                                  " -> .\n"
                                  "<-  250 2.0.0 4a1b2c3d Message accepted for delivery\n"
                                  " -> QUIT\n"
                                  "<-  221 2.0.0 Bye\n"
                                  "=== Connection closed with remote host.\n"),
                   {{3, QStringLiteral("220"), QString(), Verdict::Success},
                    {5, QStringLiteral("250"), QString(), Verdict::Success},
                    {8, QStringLiteral("250"), QStringLiteral("2.0.0"), Verdict::Success},
                    {10, QStringLiteral("250"), QStringLiteral("2.1.5"), Verdict::Success},
                    {12, QStringLiteral("354"), QString(), Verdict::Intermediate},
                    {18, QStringLiteral("250"), QStringLiteral("2.0.0"), Verdict::Success},
                    {20, QStringLiteral("221"), QStringLiteral("2.0.0"), Verdict::Success}});
}

TEST(AnalyzerTest, PlainSessionWithoutPrefixes)
{
    expectFindings(QStringLiteral("220 mx.example.com ESMTP\n"
                                  "HELO client.example.org\n"
                                  "250 mx.example.com\n"
                                  "MAIL FROM:<a@example.org>\n"
                                  "RCPT TO:<b@example.com>\n"
                                  "503 5.5.1 Error: need MAIL command\n"
                                  "FOO\n"
                                  "502 5.5.2 Error: command not recognized\n"),
                   {{1, QStringLiteral("220"), QString(), Verdict::Success},
                    {3, QStringLiteral("250"), QString(), Verdict::Success},
                    {6, QStringLiteral("503"), QStringLiteral("5.5.1"), Verdict::Permanent},
                    {8, QStringLiteral("502"), QStringLiteral("5.5.2"), Verdict::Permanent}});
}

TEST(AnalyzerTest, ClassesThatDisagreeAreNamed)
{
    const Analyzer::Result result = analyze(QStringLiteral("554 4.0.0 Temporary trouble, try later\n"));
    ASSERT_EQ(result.findings.size(), 1);
    EXPECT_EQ(result.findings.first().verdict, Verdict::Permanent);
    const QString explanation = Analyzer(Testing::catalog()).explanation(result.findings.first(), QStringLiteral("en"));
    EXPECT_TRUE(explanation.contains(QStringLiteral("disagree"))) << explanation.toStdString();
}

TEST(AnalyzerTest, UnregisteredDetailIsProviderSpecific)
{
    const Analyzer::Result result =
        analyze(QStringLiteral("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. "
                               "[AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]\n"));
    ASSERT_EQ(result.findings.size(), 1);
    EXPECT_EQ(result.findings.first().enhanced, QStringLiteral("5.7.708"));
    EXPECT_EQ(result.findings.first().provider, QStringLiteral("Microsoft"));
    const QString explanation = Analyzer(Testing::catalog()).explanation(result.findings.first(), QStringLiteral("en"));
    EXPECT_TRUE(explanation.contains(QStringLiteral("provider-specific"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("Security or Policy")));
}

TEST(AnalyzerTest, NumbersThatAreNotCodesAreNeverTaken)
{
    expectFindings(QStringLiteral("Date: Tue, 24 Nov 2026 01:02:03 +0000\n"
                                  "Received: from [192.0.2.250] (port 550) by mx.example.com (Postfix 3.7.5) with "
                                  "ESMTPS id 4ABC550DEF; size=5500\n"
                                  "Message-ID: <550.4.1.1@example.com>\n"
                                  "X-Version: 5.1.1\n"
                                  "250 people came to the 2026 meeting at 12:55.\n"
                                  "Call 555-0100 between 2:00 and 4:00.\n"
                                  "Listening on 127.0.0.1:250 and [::1]:550\n"
                                  "Queue 5D0E250A1: size 250 bytes, 4.4.1 minutes\n"
                                  "Version 2.5.0 released on 2026-05-12\n"),
                   {});
}

TEST(AnalyzerTest, TextWithoutRepliesFindsNothing)
{
    expectFindings(QStringLiteral("Hello,\n\nplease find the report attached.\n"), {});
    expectFindings(QString(), {});
    expectFindings(QStringLiteral("<img src=\"http://example.com/x.png\"> <a href=\"http://example.com\">x</a>"), {});
}

TEST(AnalyzerTest, RefusesBinaryInvalidUtf8AndHugeInput)
{
    const Analyzer analyzer(Testing::catalog());
    EXPECT_EQ(analyzer.analyze(QByteArray("550 5.1.1 a\0b", 13)).problem, Analyzer::Problem::Binary);
    EXPECT_EQ(analyzer.analyze(QByteArray("550 5.1.1 \xff\xfe bad")).problem, Analyzer::Problem::InvalidUtf8);
    const QByteArray huge(Analyzer::MaxInputBytes + 1, 'a');
    const Analyzer::Result result = analyzer.analyze(huge);
    EXPECT_EQ(result.problem, Analyzer::Problem::TooLarge);
    EXPECT_TRUE(result.message.contains(QStringLiteral("50 MB"))) << result.message.toStdString();
    EXPECT_TRUE(result.findings.isEmpty());

    QByteArray garbage(1 << 20, '\0');
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    EXPECT_NE(analyzer.analyze(garbage).problem, Analyzer::Problem::None);
}

TEST(AnalyzerTest, CancellationStopsTheWork)
{
    QByteArray log;
    for (int i = 0; i < 20000; ++i)
        log += "Nov 24 01:02:03 mx postfix/smtp[1]: A: to=<a@example.com>, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n";
    std::atomic_bool cancel{true};
    const Analyzer::Result result = Analyzer(Testing::catalog()).analyze(log, &cancel);
    EXPECT_EQ(result.problem, Analyzer::Problem::Cancelled);

    int lastProgress = -1;
    const Analyzer::Result full =
        Analyzer(Testing::catalog()).analyze(log, nullptr, [&lastProgress](int percent) { lastProgress = percent; });
    EXPECT_EQ(full.findings.size(), 20000);
    EXPECT_EQ(lastProgress, 100);
}

TEST(AnalyzerTest, JsonHasTheDocumentedFields)
{
    const Analyzer analyzer(Testing::catalog());
    const QJsonArray json = analyzer.toJson(analyze(QStringLiteral("Status: 4.2.2\n")), QStringLiteral("en"));
    ASSERT_EQ(json.size(), 1);
    const QJsonObject finding = json.first().toObject();
    EXPECT_EQ(finding.value(u"line").toInt(), 1);
    EXPECT_TRUE(finding.value(u"reply").isNull());
    EXPECT_EQ(finding.value(u"enhanced").toString(), QStringLiteral("4.2.2"));
    EXPECT_EQ(finding.value(u"verdict").toString(), QStringLiteral("temporary"));
    EXPECT_FALSE(finding.value(u"explanation").toString().isEmpty());
    EXPECT_EQ(finding.value(u"text").toString(), QStringLiteral("Status: 4.2.2"));
}

TEST(AnalyzerTest, DocumentLinksIntoTheCatalog)
{
    const Analyzer analyzer(Testing::catalog());
    const Analyzer::Result result = analyze(QStringLiteral("550 5.1.1 User unknown\n"));
    EXPECT_EQ(analyzer.catalogCodes(result.findings.first()),
              (QStringList{QStringLiteral("550"), QStringLiteral("X.1.1")}));
    const Core::Document document = analyzer.document(result, QStringLiteral("en"));
    bool links = false;
    for (const Core::DocumentBlock &block : document.blocks)
        links = links || block.kind == Core::DocumentBlock::Kind::Links;
    EXPECT_TRUE(links);
}
