#include "support/testsupport.h"

#include <widgets/analyzerpane.h>
#include <widgets/detailpanel.h>
#include <widgets/mainwindow.h>
#include <widgets/textview.h>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace SmtpCodes;
using Widgets::AnalyzerPane;
using Widgets::MainWindow;

namespace {

const char *const GmailBounce =
    "The response from the remote server was:\n"
    "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users,\n"
    "550-5.7.26 and has been blocked. The sender must authenticate with at least one of SPF or DKIM.\n"
    "550 5.7.26 For more information, go to https://support.google.com/mail/answer/81126 a1si12wrb.100 - gsmtp\n";

QString analysisText(const MainWindow &window)
{
    return window.findChild<Widgets::TextView *>(QStringLiteral("analysisView"))->toPlainText();
}

bool waitForAnalysis(AnalyzerPane *pane)
{
    QSignalSpy finished(pane, &AnalyzerPane::analysisFinished);
    return !pane->isRunning() || finished.wait(30000);
}

} // namespace

TEST(AnalyzerPaneTest, PasteAndAnalyzeExplainsAGmailBounce)
{
    MainWindow window(Testing::catalog());
    window.show();
    QGuiApplication::clipboard()->setText(QString::fromUtf8(GmailBounce));
    window.findChild<QAction *>(QStringLiteral("pasteAnalyzeAction"))->trigger();
    EXPECT_TRUE(window.isAnalyzing());
    ASSERT_TRUE(waitForAnalysis(window.analyzerPane()));
    ASSERT_EQ(window.analyzerPane()->result().findings.size(), 1);
    const QString text = analysisText(window);
    EXPECT_TRUE(text.contains(QStringLiteral("550 5.7.26"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("permanent: do not retry unchanged")));
    EXPECT_TRUE(text.contains(QStringLiteral("Gmail")));
    EXPECT_EQ(window.findChild<QPlainTextEdit *>(QStringLiteral("analyzerInput"))->toPlainText(),
              QString::fromUtf8(GmailBounce));
}

TEST(AnalyzerPaneTest, GarbageGetsAClearMessage)
{
    MainWindow window(Testing::catalog());
    window.showAnalyzer();
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(QByteArray("\x00\x01\x02binary\xff", 10));
    file.close();
    ASSERT_TRUE(window.analyzerPane()->analyzeFile(file.fileName()));
    ASSERT_TRUE(waitForAnalysis(window.analyzerPane()));
    EXPECT_TRUE(analysisText(window).contains(QStringLiteral("binary data"))) << analysisText(window).toStdString();
    EXPECT_FALSE(window.analyzerPane()->analyzeFile(QStringLiteral("/nonexistent/bounce.eml")));

    window.analyzerPane()->analyzeText(QStringLiteral("Hello, nothing here."));
    ASSERT_TRUE(waitForAnalysis(window.analyzerPane()));
    EXPECT_TRUE(analysisText(window).contains(QStringLiteral("No SMTP reply was found")));
}

TEST(AnalyzerPaneTest, LargeInputRunsOffTheGuiThreadAndCanBeCancelled)
{
    MainWindow window(Testing::catalog());
    window.showAnalyzer();
    QString log;
    for (int i = 0; i < 60000; ++i)
        log += QStringLiteral("Nov 24 01:02:03 mx postfix/smtp[1]: A%1: to=<a@example.com>, dsn=4.2.2, "
                              "status=deferred (host mx.example.com said: 452 4.2.2 Mailbox full)\n")
                   .arg(i);
    window.analyzerPane()->analyzeText(log);
    EXPECT_TRUE(window.analyzerPane()->isRunning());
    EXPECT_TRUE(window.findChild<QPlainTextEdit *>(QStringLiteral("analyzerInput"))->toPlainText().isEmpty());
    window.analyzerPane()->cancel();
    ASSERT_TRUE(waitForAnalysis(window.analyzerPane()));
    EXPECT_FALSE(window.analyzerPane()->isRunning());

    window.analyzerPane()->analyzeText(log);
    ASSERT_TRUE(waitForAnalysis(window.analyzerPane()));
    EXPECT_EQ(window.analyzerPane()->result().findings.size(), 60000);
}

TEST(AnalyzerPaneTest, HtmlInPastedTextIsShownAsText)
{
    MainWindow window(Testing::catalog());
    window.showAnalyzer();
    window.analyzerPane()->analyzeText(
        QStringLiteral("550 5.1.1 <img src=\"http://example.com/x.png\"> <a href=\"http://example.com\">here</a>\n"));
    ASSERT_TRUE(waitForAnalysis(window.analyzerPane()));
    const QString text = analysisText(window);
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=\"http://example.com/x.png\">"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<a href=\"http://example.com\">here</a>")));
}

TEST(AnalyzerPaneTest, CombinedLookupExplainsBothParts)
{
    MainWindow window(Testing::catalog());
    window.show();
    window.findChild<QLineEdit *>(QStringLiteral("searchField"))->setText(QStringLiteral("550 5.1.1"));
    const QString text = window.findChild<Widgets::TextView *>(QStringLiteral("detailView"))->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("550 (Mailbox Unavailable) with 5.1.1"))) << text.toStdString();
}
