#include "support/windowfixture.h"

#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace SmtpCodes;

namespace {

const char *const GmailBounce =
    "The response from the remote server was:\n"
    "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"
    "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n"
    "550 5.7.26 For more information, go to https://support.google.com/mail/answer/81126 a1si12wrb.100 - gsmtp\n";

class AnalyzerPaneTest : public Testing::WindowTest
{
protected:
    QTableView *table() const { return find<QTableView>("recipientTable"); }
};

} // namespace

TEST_F(AnalyzerPaneTest, PasteAndAnalyzeExplainsAGmailBounce)
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(GmailBounce));
    trigger("pasteAnalyzeAction");
    ASSERT_TRUE(waitForAnalysis());
    EXPECT_EQ(place().kind, Core::Place::Kind::Analysis);
    ASSERT_EQ(window->analyzerPane()->analyses().size(), 1);
    ASSERT_EQ(window->analyzerPane()->analyses().first().findings.size(), 1);
    const QString text = analysisText();
    EXPECT_TRUE(text.contains(QStringLiteral("550 5.7.26"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Fix the sending configuration")));
    EXPECT_TRUE(text.contains(QStringLiteral("Gmail")));
    EXPECT_EQ(find<QPlainTextEdit>("analyzerInput")->toPlainText(), QString::fromUtf8(GmailBounce));
}

TEST_F(AnalyzerPaneTest, AnEmlShowsItsRecipientsInATable)
{
    window->analyzerPane()->analyzePaths(
        {Testing::dataPath(QStringLiteral("bounces/written/exchange-multiple-recipients.eml"))});
    ASSERT_TRUE(waitForAnalysis());
    ASSERT_EQ(table()->model()->rowCount(), 4);
    EXPECT_TRUE(table()->isVisible());
    QStringList reasons;
    for (int row = 0; row < 4; ++row)
        reasons.append(table()->model()->index(row, Core::RecipientModel::Reason).data().toString());
    EXPECT_TRUE(reasons.contains(QStringLiteral("Unknown recipient"))) << reasons.join(u", ").toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("Mailbox full")));
    // A row opens its diagnostic, evidence and advice.
    table()->setCurrentIndex(table()->model()->index(1, 1));
    const QString detail = analysisText();
    EXPECT_TRUE(detail.contains(QStringLiteral("Verdict:"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("Server reply")));
    // The addresses to remove are the hard bounces.
    const QStringList suppress = window->analyzerPane()->addressesToSuppress();
    EXPECT_FALSE(suppress.isEmpty());
    EXPECT_TRUE(find<QPushButton>("copySuppressButton")->isEnabled());
}

TEST_F(AnalyzerPaneTest, AFolderIsABatchWithASummary)
{
    window->analyzerPane()->analyzePaths({Testing::dataPath(QStringLiteral("bounces/postfix"))});
    ASSERT_TRUE(waitForAnalysis());
    EXPECT_GE(window->analyzerPane()->analyses().size(), 20);
    EXPECT_GE(table()->model()->rowCount(), 20);
    EXPECT_FALSE(table()->isColumnHidden(Core::RecipientModel::Source));
    EXPECT_TRUE(analysisText().contains(QStringLiteral("Summary of"))) << analysisText().left(300).toStdString();
    // The table filters as the reader types.
    find<QLineEdit>("recipientFilter")->setText(QStringLiteral("Mailbox full"));
    EXPECT_GE(table()->model()->rowCount(), 1);
    EXPECT_LT(table()->model()->rowCount(), 20);
}

TEST_F(AnalyzerPaneTest, FileLabelNamesTheFileAndGoesWhenTheTextIsEdited)
{
    const QString path = Testing::dataPath(QStringLiteral("bounces/written/gmail-dmarc-rejected.eml"));
    window->analyzerPane()->analyzePaths({path});
    ASSERT_TRUE(waitForAnalysis());
    auto *origin = find<QLabel>("analysisOrigin");
    EXPECT_TRUE(origin->text().contains(QDir::toNativeSeparators(path))) << origin->text().toStdString();
    find<QPlainTextEdit>("analyzerInput")->appendPlainText(QStringLiteral("edited by hand"));
    EXPECT_TRUE(origin->text().isEmpty()) << origin->text().toStdString();
}

TEST_F(AnalyzerPaneTest, GarbageGetsAClearMessage)
{
    window->showAnalyzer();
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(QByteArray("\x00\x01\x02binary\xff", 10));
    file.close();
    window->analyzerPane()->analyzePaths({file.fileName()});
    ASSERT_TRUE(waitForAnalysis());
    EXPECT_TRUE(analysisText().contains(QStringLiteral("binary data"))) << analysisText().toStdString();

    window->analyzerPane()->analyzeText(QStringLiteral("Hello, nothing here."));
    ASSERT_TRUE(waitForAnalysis());
    EXPECT_TRUE(analysisText().contains(QStringLiteral("Neither a recipient nor a server reply was found")));
}

TEST_F(AnalyzerPaneTest, ADelayWarningWithoutACodeSaysWaitNotNothingFound)
{
    window->analyzerPane()->analyzePaths({Testing::dataPath(QStringLiteral("bounces/exim/unreachable-delay.eml"))});
    ASSERT_TRUE(waitForAnalysis());
    const QString text = analysisText();
    EXPECT_TRUE(text.contains(QStringLiteral("Delay warning"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Nothing to do unless it persists")));
    EXPECT_FALSE(text.contains(QStringLiteral("was found")));
}

TEST_F(AnalyzerPaneTest, LargeInputRunsOffTheGuiThreadAndCanBeCancelled)
{
    window->showAnalyzer();
    QString log;
    for (int i = 0; i < 60000; ++i)
        log += QStringLiteral("Nov 24 01:02:03 mx postfix/smtp[1]: A%1: to=<a@example.com>, dsn=4.2.2, "
                              "status=deferred (host mx.example.com said: 452 4.2.2 Mailbox full)\n")
                   .arg(i);
    window->analyzerPane()->analyzeText(log);
    EXPECT_TRUE(window->analyzerPane()->isRunning());
    EXPECT_TRUE(find<QPlainTextEdit>("analyzerInput")->toPlainText().isEmpty());
    window->analyzerPane()->cancel();
    ASSERT_TRUE(waitForAnalysis());
    EXPECT_FALSE(window->analyzerPane()->isRunning());

    window->analyzerPane()->analyzeText(log);
    ASSERT_TRUE(waitForAnalysis());
    ASSERT_EQ(window->analyzerPane()->analyses().size(), 1);
    EXPECT_EQ(window->analyzerPane()->analyses().first().findings.size(), 60000);
}

TEST_F(AnalyzerPaneTest, HtmlInPastedTextIsShownAsText)
{
    window->analyzerPane()->analyzeText(
        QStringLiteral("550 5.1.1 <img src=\"http://example.com/x.png\"> <a href=\"http://example.com\">here</a>\n"));
    ASSERT_TRUE(waitForAnalysis());
    const QString text = analysisText();
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=\"http://example.com/x.png\">"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<a href=\"http://example.com\">here</a>")));
}

TEST_F(AnalyzerPaneTest, DroppedFilesAreAnalyzed)
{
    // What the window and the analyzer do with a drop (Qt's offscreen platform has no drag and drop to drive).
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(Testing::dataPath(QStringLiteral("bounces/written/m365-mailbox-full.eml")))});
    ASSERT_TRUE(window->analyzerPane()->analyzeDropped(&data));
    ASSERT_TRUE(waitForAnalysis());
    ASSERT_EQ(window->analyzerPane()->analyses().size(), 1);
    EXPECT_EQ(window->analyzerPane()->analyses().first().recipients.first().reason, QStringLiteral("mailboxfull"));
    EXPECT_TRUE(window->acceptDrops());
    QMimeData nothing;
    EXPECT_FALSE(window->analyzerPane()->analyzeDropped(&nothing));
}
