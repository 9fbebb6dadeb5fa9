#include "support/testsupport.h"

#include <core/analysisdocument.h>
#include <core/analyzer.h>

#include <QRandomGenerator>

using namespace SmtpCodes;
using Core::Analysis;
using Core::Analyzer;
using Core::Finding;

namespace {

struct Expected
{
    int line;
    QString reply;
    QString enhanced;
    QString verdict;
};

const Analyzer &analyzer()
{
    static const Analyzer instance(Testing::catalog());
    return instance;
}

Analysis analyze(const QString &text)
{
    return analyzer().analyze(text.toUtf8());
}

void expectFindings(const QString &text, const QList<Expected> &expected)
{
    const Analysis result = analyze(text);
    EXPECT_EQ(result.problem, Analysis::Problem::None) << result.message.toStdString();
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

const QString None = QStringLiteral("none");

} // namespace

TEST(AnalyzerTest, PostfixLogLinesGiveARecipientEach)
{
    const QString log = QStringLiteral(
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
        "Nov 24 01:02:06 mx postfix/qmgr[99]: 4ABC550DEF: removed\n");
    expectFindings(log, {{1, QStringLiteral("550"), QStringLiteral("5.1.1"), QStringLiteral("suppress")},
                         {2, QStringLiteral("250"), QStringLiteral("2.0.0"), None},
                         {3, QString(), QStringLiteral("4.4.1"), QStringLiteral("retry")}});
    const Analysis analysis = analyze(log);
    EXPECT_EQ(analysis.kind, Core::MessageKind::Log);
    ASSERT_EQ(analysis.recipients.size(), 3);
    EXPECT_EQ(analysis.recipients.at(0).recipient, QStringLiteral("bob@example.com"));
    EXPECT_EQ(analysis.recipients.at(0).reason, QStringLiteral("userunknown"));
    EXPECT_TRUE(analysis.recipients.at(0).hardBounce);
    EXPECT_EQ(analysis.recipients.at(0).command, QStringLiteral("RCPT"));
    EXPECT_EQ(analysis.recipients.at(1).action, QStringLiteral("delivered"));
    EXPECT_EQ(analysis.recipients.at(2).action, QStringLiteral("delayed"));
    EXPECT_EQ(analysis.recipients.at(2).reason, QStringLiteral("networkerror"));
    EXPECT_EQ(analysis.recipients.at(2).verdict, QStringLiteral("wait"));
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
        {{1, QStringLiteral("550"), QStringLiteral("5.1.1"), QStringLiteral("suppress")},
         {2, QString(), QStringLiteral("5.1.1"), QStringLiteral("suppress")}});
}

TEST(AnalyzerTest, DeliveryStatusFieldsGiveOneRecipientEach)
{
    const QString dsn =
        QStringLiteral("Reporting-MTA: dns; mx.example.com\n"
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
                       "Will-Retry-Until: Thu, 26 Nov 2026 01:02:03 +0000 (UTC)\n");
    expectFindings(dsn, {{9, QStringLiteral("550"), QStringLiteral("5.1.1"), QStringLiteral("suppress")},
                         {14, QString(), QStringLiteral("4.4.7"), QStringLiteral("retry")}});
    const Analysis analysis = analyze(dsn);
    ASSERT_EQ(analysis.recipients.size(), 2);
    EXPECT_EQ(analysis.recipients.at(0).diagnostic,
              QStringLiteral(
                  "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table"));
    EXPECT_EQ(analysis.recipients.at(0).remoteMta, QStringLiteral("mx.example.net"));
    EXPECT_EQ(analysis.recipients.at(1).verdict, QStringLiteral("wait"));
    EXPECT_EQ(analysis.recipients.at(1).retryUntil, QStringLiteral("Thu, 26 Nov 2026 01:02:03 +0000 (UTC)"));
}

TEST(AnalyzerTest, GmailMultiLineReplyIsOneFindingAndOneProviderReply)
{
    const QString bounce = QStringLiteral(
        "Delivery to the following recipient failed permanently:\n"
        "\n"
        "     ann@example.com\n"
        "\n"
        "The response from the remote server was:\n"
        "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"
        "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n"
        "550 5.7.26 For more information, visit https://support.google.com/mail/answer/81126 a1si1234567wrb.100 - "
        "gsmtp\n");
    expectFindings(bounce, {{6, QStringLiteral("550"), QStringLiteral("5.7.26"), QStringLiteral("fixconfig")}});
    const Analysis analysis = analyze(bounce);
    EXPECT_EQ(analysis.findings.first().text.count(u'\n'), 2);
    EXPECT_EQ(analysis.findings.first().provider, QStringLiteral("gmail"));
    ASSERT_EQ(analysis.recipients.size(), 1);
    const Core::RecipientResult &recipient = analysis.recipients.first();
    EXPECT_EQ(recipient.recipient, QStringLiteral("ann@example.com"));
    EXPECT_EQ(recipient.reason, QStringLiteral("authfailure"));
    EXPECT_FALSE(recipient.hardBounce);
    ASSERT_GE(recipient.response, 0);
    EXPECT_EQ(Testing::catalog().at(recipient.response).provider, QStringLiteral("gmail"));
    const QString explanation =
        analyzer().explanationSentences(analysis.findings.first(), QStringLiteral("en")).join(u' ');
    EXPECT_TRUE(explanation.contains(QStringLiteral("At Gmail"))) << explanation.toStdString();
}

TEST(AnalyzerTest, SmtpTranscriptWithPrefixes)
{
    const QString session = QStringLiteral("S: 220 mail.example.com ESMTP Postfix\n"
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
                                           "S: 221 2.0.0 Bye\n");
    expectFindings(session, {{1, QStringLiteral("220"), QString(), None},
                             {3, QStringLiteral("250"), QString(), None},
                             {8, QStringLiteral("250"), QStringLiteral("2.1.0"), None},
                             {10, QStringLiteral("550"), QStringLiteral("5.1.1"), QStringLiteral("suppress")},
                             {12, QStringLiteral("221"), QStringLiteral("2.0.0"), None}});
    const Analysis analysis = analyze(session);
    EXPECT_EQ(analysis.kind, Core::MessageKind::Transcript);
    ASSERT_EQ(analysis.recipients.size(), 1);
    EXPECT_EQ(analysis.recipients.first().recipient, QStringLiteral("bob@example.com"));
    EXPECT_EQ(analysis.recipients.first().command, QStringLiteral("RCPT"));
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
                   {{3, QStringLiteral("220"), QString(), None},
                    {5, QStringLiteral("250"), QString(), None},
                    {8, QStringLiteral("250"), QStringLiteral("2.0.0"), None},
                    {10, QStringLiteral("250"), QStringLiteral("2.1.5"), None},
                    {12, QStringLiteral("354"), QString(), None},
                    {18, QStringLiteral("250"), QStringLiteral("2.0.0"), None},
                    {20, QStringLiteral("221"), QStringLiteral("2.0.0"), None}});
}

TEST(AnalyzerTest, ClassesThatDisagreeAreNamed)
{
    const Analysis result = analyze(QStringLiteral("554 4.0.0 Temporary trouble, try later\n"));
    ASSERT_EQ(result.findings.size(), 1);
    const QString explanation =
        analyzer().explanationSentences(result.findings.first(), QStringLiteral("en")).join(u' ');
    EXPECT_TRUE(explanation.contains(QStringLiteral("disagree"))) << explanation.toStdString();
}

TEST(AnalyzerTest, AProvidersOwnDetailIsItsReply)
{
    const Analysis result =
        analyze(QStringLiteral("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. "
                               "[AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]\n"));
    ASSERT_EQ(result.findings.size(), 1);
    const Finding &finding = result.findings.first();
    EXPECT_EQ(finding.enhanced, QStringLiteral("5.7.708"));
    EXPECT_EQ(finding.provider, QStringLiteral("microsoft365"));
    // A blocked sending IP, not a wrong address: the advice is about the IP.
    EXPECT_EQ(finding.reason, QStringLiteral("blocked"));
    EXPECT_EQ(finding.verdict, QStringLiteral("delist"));
    const QString explanation = analyzer().explanationSentences(finding, QStringLiteral("en")).join(u' ');
    EXPECT_TRUE(explanation.contains(QStringLiteral("provider's own detail"))) << explanation.toStdString();
}

TEST(AnalyzerTest, AFullMailboxIsSoftAndRetried)
{
    const Analysis result = analyze(QStringLiteral("<bob@example.com>: host mx.example.com[192.0.2.1] said: 552 5.2.2 "
                                                   "<bob@example.com>: Mailbox full (in reply to RCPT TO command)\n"));
    ASSERT_EQ(result.recipients.size(), 1);
    EXPECT_EQ(result.recipients.first().reason, QStringLiteral("mailboxfull"));
    EXPECT_FALSE(result.recipients.first().hardBounce);
    EXPECT_EQ(result.recipients.first().verdict, QStringLiteral("retry"));
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

TEST(AnalyzerTest, TextWithoutRepliesFindsNothingAndSaysSo)
{
    expectFindings(QStringLiteral("Hello,\n\nplease find the report attached.\n"), {});
    expectFindings(QStringLiteral("<img src=\"http://example.com/x.png\"> <a href=\"http://example.com\">x</a>"), {});
    const Core::Document document = Core::AnalysisDocument::build(
        analyzer(), analyze(QStringLiteral("Hello,\n\nplease find the report attached.\n")), QStringLiteral("en"));
    ASSERT_FALSE(document.blocks.empty());
}

TEST(AnalyzerTest, RefusesEmptyBinaryAndHugeInputButReadsAnyCharset)
{
    EXPECT_EQ(analyzer().analyze(QByteArray()).problem, Analysis::Problem::Empty);
    EXPECT_EQ(analyzer().analyze(QByteArray(" \n\t\n")).problem, Analysis::Problem::Empty);
    EXPECT_EQ(analyzer().analyze(QByteArray("550 5.1.1 a\0b", 13)).problem, Analysis::Problem::Binary);
    // Undeclared 8-bit text is read as windows-1252, not refused.
    const Analysis latin = analyzer().analyze(QByteArray("550 5.1.1 Destinataire inconnu \xe0 cette adresse\n"));
    EXPECT_EQ(latin.problem, Analysis::Problem::None);
    ASSERT_EQ(latin.findings.size(), 1);
    EXPECT_TRUE(latin.findings.first().text.contains(QStringLiteral("à")));
    const QByteArray huge(Analyzer::MaxInputBytes + 1, 'a');
    const Analysis result = analyzer().analyze(huge);
    EXPECT_EQ(result.problem, Analysis::Problem::TooLarge);
    EXPECT_TRUE(result.message.contains(QStringLiteral("50 MB"))) << result.message.toStdString();

    QByteArray garbage(1 << 20, '\0');
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    EXPECT_NE(analyzer().analyze(garbage).problem, Analysis::Problem::None);
}

TEST(AnalyzerTest, CancellationStopsTheWork)
{
    QByteArray log;
    for (int i = 0; i < 20000; ++i)
        log += "Nov 24 01:02:03 mx postfix/smtp[1]: A: to=<a@example.com>, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n";
    std::atomic_bool cancel{true};
    EXPECT_EQ(analyzer().analyze(log, &cancel).problem, Analysis::Problem::Cancelled);

    int lastProgress = -1;
    const Analysis full = analyzer().analyze(log, nullptr, [&lastProgress](int percent) { lastProgress = percent; });
    EXPECT_EQ(full.findings.size(), 20000);
    EXPECT_EQ(lastProgress, 100);
}

TEST(AnalyzerTest, DocumentListsRecipientsAndLinksIntoTheCatalog)
{
    const Analysis result = analyze(QStringLiteral("<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                                                   "<bob@example.com>: User unknown (in reply to RCPT TO command)\n"));
    const Core::Document document = Core::AnalysisDocument::build(analyzer(), result, QStringLiteral("en"));
    bool links = false;
    bool table = false;
    for (const Core::DocumentBlock &block : document.blocks) {
        links = links || block.kind == Core::DocumentBlock::Kind::Links;
        table = table || block.kind == Core::DocumentBlock::Kind::Table;
    }
    EXPECT_TRUE(links);
    EXPECT_TRUE(table);
    EXPECT_EQ(document.title, QStringLiteral("Text: 1 recipient"));
}

TEST(AnalyzerTest, APageListsTheFirstRecipientsAndSaysHowManyMoreThereAre)
{
    // A mail log can name tens of thousands of recipients: the page lists a readable number and counts the rest.
    QString log;
    for (int i = 0; i < 250; ++i)
        log += QStringLiteral("Nov 24 01:02:03 mx postfix/smtp[1]: A%1: to=<user%1@example.com>, relay=mx.example.com"
                              "[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com said: 550 5.1.1 User "
                              "unknown)\n")
                   .arg(i);
    const Analysis result = analyze(log);
    ASSERT_EQ(result.recipients.size(), 250);
    const Core::Document document = Core::AnalysisDocument::build(analyzer(), result, QStringLiteral("en"));
    qsizetype rows = -1;
    bool counted = false;
    for (const Core::DocumentBlock &block : document.blocks) {
        if (block.kind == Core::DocumentBlock::Kind::Table)
            rows = block.rows.size();
        counted = counted || block.text.startsWith(u"50 more recipients are not listed here");
    }
    EXPECT_EQ(rows, Core::AnalysisDocument::MaxListedRecipients);
    EXPECT_TRUE(counted);
    EXPECT_EQ(document.title, QStringLiteral("Mail log: 250 recipients"));
}
