#include "support/windowfixture.h"

#include <widgets/comparisonview.h>
#include <widgets/detailpanel.h>

#include <core/renderer.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>

using namespace SmtpCodes;
using Core::Place;

namespace {

class MainWindowTest : public Testing::WindowTest
{
protected:
    /// Clicks the link to @p code drawn in @p view.
    bool clickLink(const char *view, const QString &code)
    {
        auto *textView = find<Widgets::TextView>(view);
        for (QTextBlock block = textView->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != Core::Renderer::linkFor(code))
                    continue;
                QTextCursor at(textView->document());
                at.setPosition(fragment.position() + 1);
                textView->setTextCursor(at);
                textView->ensureCursorVisible();
                QTest::mouseClick(textView->viewport(), Qt::LeftButton, {}, textView->cursorRect(at).center());
                return true;
            }
        }
        return false;
    }
};

} // namespace

TEST_F(MainWindowTest, TitleSaysWhereTheReaderIsWithoutRepeatingTheName)
{
    // The window system adds "SMTP Codes" itself: the title names only the place.
    EXPECT_TRUE(window->windowTitle().isEmpty());
    window->showCode(QStringLiteral("550"));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("550 Mailbox Unavailable"));
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("SMTP Codes")));
}

TEST_F(MainWindowTest, TypingFiftyFiveLeavesThe55xCodes)
{
    find<QComboBox>("kindFilter")->setCurrentIndex(1); // basic replies
    QTest::keyClicks(find<QLineEdit>("searchField"), QStringLiteral("55"));
    const QStringList codes = visibleCodes();
    ASSERT_EQ(codes.size(), 7) << codes.join(u' ').toStdString();
    for (const QString &code : codes)
        EXPECT_TRUE(code.startsWith(QStringLiteral("55"))) << code.toStdString();
}

TEST_F(MainWindowTest, EmptyResultSaysSoAndCountsInEnglishPlurals)
{
    QTest::keyClicks(find<QLineEdit>("searchField"), QStringLiteral("zzqqxx"));
    EXPECT_TRUE(visibleCodes().isEmpty());
    EXPECT_TRUE(find<QLabel>("emptyResult")->isVisible());
    EXPECT_TRUE(find<QLabel>("emptyResult")->text().contains(QStringLiteral("zzqqxx")));
    EXPECT_EQ(find<QLabel>("resultCount")->text(), QStringLiteral("0 codes"));
    find<QLineEdit>("searchField")->setText(QStringLiteral("X.2.2"));
    find<QComboBox>("kindFilter")->setCurrentIndex(2);
    EXPECT_EQ(find<QLabel>("resultCount")->text(), QStringLiteral("1 code"));
}

TEST_F(MainWindowTest, ClassFilterKeepsOneClass)
{
    find<QComboBox>("kindFilter")->setCurrentIndex(1);
    find<QComboBox>("classFilter")->setCurrentIndex(2); // 3xx
    const QStringList codes = visibleCodes();
    ASSERT_FALSE(codes.isEmpty());
    for (const QString &code : codes)
        EXPECT_TRUE(code.startsWith(u'3')) << code.toStdString();
}

TEST_F(MainWindowTest, ChoosingACodeInTheListShowsItsPage)
{
    auto *list = find<QListView>("codeList");
    const int row = visibleCodes().indexOf(QStringLiteral("550"));
    ASSERT_GE(row, 0);
    list->scrollTo(list->model()->index(row, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(row, 0)).center());
    EXPECT_EQ(place(), Place::ofEntry(index(u"550")));
    const QString text = detailText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("550 Mailbox Unavailable")));
    EXPECT_TRUE(text.contains(QStringLiteral("How to fix")));
    EXPECT_TRUE(text.contains(QStringLiteral("What providers mean by it")));
}

TEST_F(MainWindowTest, ClickingTheSelectedCodeWhileTheAnalyzerIsShownShowsTheCode)
{
    window->showCode(QStringLiteral("550"));
    window->showAnalyzer();
    ASSERT_EQ(place().kind, Place::Kind::Analysis);
    auto *list = find<QListView>("codeList");
    ASSERT_EQ(list->currentIndex().data(Core::CodeRole).toString(), QStringLiteral("550"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->currentIndex()).center());
    EXPECT_EQ(place(), Place::ofEntry(index(u"550")));
}

TEST_F(MainWindowTest, ShowingACodeMovesTheSelectionButKeepsSearchAndFilters)
{
    find<QComboBox>("kindFilter")->setCurrentIndex(1);
    find<QLineEdit>("searchField")->setText(QStringLiteral("relay"));
    window->showCode(QStringLiteral("X.1.1")); // not in the filtered list
    EXPECT_EQ(find<QLineEdit>("searchField")->text(), QStringLiteral("relay"));
    EXPECT_EQ(find<QComboBox>("kindFilter")->currentIndex(), 1);
    EXPECT_FALSE(find<QListView>("codeList")->currentIndex().isValid());
    window->showCode(QStringLiteral("554"));
    EXPECT_EQ(find<QListView>("codeList")->currentIndex().data(Core::CodeRole).toString(), QStringLiteral("554"));
}

TEST_F(MainWindowTest, ClickingARelatedCodeLinkNavigatesOnce)
{
    window->showCode(QStringLiteral("550"));
    const QString related = Testing::catalog().find(u"550")->related.first();
    QSignalSpy changes(window->navigator(), &Widgets::Navigator::placeChanged);
    ASSERT_TRUE(clickLink("detailView", related)) << "no link to " << related.toStdString();
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(place(), Place::ofEntry(Testing::catalog().indexOf(related)));
    EXPECT_TRUE(detailText().startsWith(related + u' '));
}

TEST_F(MainWindowTest, TypingAReplyWithItsEnhancedCodeShowsThePairTogether)
{
    find<QLineEdit>("searchField")->setText(QStringLiteral("550 5.7.26"));
    EXPECT_EQ(place(), Place::ofLookup(QStringLiteral("550 5.7.26")));
    const QString text = detailText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("550 with 5.7.26"))) << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("What they mean together")));
    EXPECT_FALSE(text.contains(QStringLiteral("server reply found")));
}

TEST_F(MainWindowTest, ComparisonShowsBothCodesAndSwaps)
{
    EXPECT_FALSE(find<QAction>("swapAction")->isEnabled());
    EXPECT_FALSE(find<QAction>("detailAction")->isEnabled());
    ASSERT_TRUE(window->compare(QStringLiteral("354"), QStringLiteral("551")));
    EXPECT_EQ(place(), Place::ofComparison(index(u"354"), index(u"551")));
    QString text = comparisonText();
    EXPECT_TRUE(text.contains(Testing::catalog().find(u"354")->englishText(Core::Field::Description)));
    EXPECT_TRUE(text.contains(QStringLiteral("Key differences")));
    EXPECT_TRUE(text.contains(QStringLiteral("is a 3xx Positive Intermediate reply, while 551")));
    EXPECT_TRUE(find<QAction>("swapAction")->isEnabled());

    trigger("swapAction");
    EXPECT_EQ(window->comparisonView()->first(), index(u"551"));
    EXPECT_EQ(window->comparisonView()->second(), index(u"354"));
    EXPECT_TRUE(comparisonText().contains(QStringLiteral("is a 5xx Permanent Negative reply, while 354")));
}

TEST_F(MainWindowTest, PickersChangeTheComparison)
{
    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    auto *second = find<QComboBox>("secondPicker");
    second->setCurrentIndex(int(index(u"451")));
    emit second->activated(second->currentIndex());
    EXPECT_EQ(place(), Place::ofComparison(index(u"354"), index(u"451")));
    EXPECT_TRUE(comparisonText().contains(QStringLiteral("451")));
}

TEST_F(MainWindowTest, CompareActionStartsFromTheCodeLastShown)
{
    window->showCode(QStringLiteral("251"));
    window->showAnalyzer();
    trigger("compareAction");
    EXPECT_EQ(place().kind, Place::Kind::Comparison);
    EXPECT_EQ(window->comparisonView()->first(), index(u"251"));
    EXPECT_NE(window->comparisonView()->second(), index(u"251"));
}

TEST_F(MainWindowTest, CompareActionWithoutACodeLeavesBothSidesToPick)
{
    window->showAnalyzer();
    trigger("compareAction");
    EXPECT_EQ(place(), Place::ofComparison(-1, -1));
    EXPECT_TRUE(comparisonText().contains(QStringLiteral("Pick a code on each side")));
    EXPECT_FALSE(find<QAction>("swapAction")->isEnabled());
}

TEST_F(MainWindowTest, ComparingACodeWithItselfSaysSo)
{
    window->compare(QStringLiteral("550"), QStringLiteral("550"));
    EXPECT_TRUE(comparisonText().contains(QStringLiteral("compared with itself")));
}

TEST_F(MainWindowTest, UnknownCodeShowsTheNearestOnes)
{
    window->showCode(QStringLiteral("559"));
    EXPECT_TRUE(detailText().contains(QStringLiteral("559")));
    EXPECT_TRUE(detailText().contains(QStringLiteral("556")));
    EXPECT_FALSE(window->compare(QStringLiteral("354"), QStringLiteral("999")));
    EXPECT_TRUE(detailText().contains(QStringLiteral("999")));
}

TEST_F(MainWindowTest, ProviderRepliesAndReasonsHaveTheirPages)
{
    window->showCode(QStringLiteral("TSS04"));
    EXPECT_TRUE(detailText().contains(QStringLiteral("What the sender should do")))
        << detailText().left(300).toStdString();
    EXPECT_TRUE(detailText().contains(QStringLiteral("[TSS04]")));
    window->showCode(QStringLiteral("mailboxfull"));
    EXPECT_TRUE(detailText().contains(QStringLiteral("Codes that lead to it")));
    EXPECT_TRUE(detailText().contains(QStringLiteral("Not a hard bounce")));
}

TEST_F(MainWindowTest, TextKeepsAComfortableReadingWidthOnAWideScreen)
{
    window->resize(1920, 1000);
    window->showCode(QStringLiteral("550"));
    QCoreApplication::processEvents();
    auto *view = find<Widgets::TextView>("detailView");
    EXPECT_GT(view->viewport()->geometry().x(), 50);
    EXPECT_LT(view->viewport()->width(), 110 * view->fontMetrics().averageCharWidth() + 10);
}

TEST_F(MainWindowTest, TextIsLaidOutForTheViewportItIsShownIn)
{
    // As at start-up: the page is chosen before the window first shows.
    window = std::make_unique<Widgets::MainWindow>(Testing::catalog());
    window->resize(1100, 720);
    window->showCode(QStringLiteral("550 5.7.26"));
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    auto *view = find<Widgets::TextView>("detailView");
    EXPECT_LE(view->document()->size().width(), view->viewport()->width() + 1) << "at start-up";
    for (const int width : {1920, 1100, 900, 1400}) {
        window->resize(width, 800);
        window->showCode(QStringLiteral("550 5.7.26"));
        QCoreApplication::processEvents();
        auto *view = find<Widgets::TextView>("detailView");
        // Wider than the viewport, the text would be cut off at the right edge with no way to read it.
        EXPECT_LE(view->document()->size().width(), view->viewport()->width() + 1) << "window width " << width;
    }
}

TEST_F(MainWindowTest, ComparisonPickersAreReadableAt800By600)
{
    window->resize(800, 600);
    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    QCoreApplication::processEvents();
    auto *first = find<QComboBox>("firstPicker");
    // Each picker has a row to itself: wide enough for "354 Start Mail Input".
    EXPECT_GE(first->width(), first->fontMetrics().horizontalAdvance(QStringLiteral("354 Start Mail Input")));
}

TEST_F(MainWindowTest, PathologicalSearchTextKeepsTheWindowWorking)
{
    auto *search = find<QLineEdit>("searchField");
    search->setText(QString(10000, u'x'));
    EXPECT_TRUE(visibleCodes().isEmpty());
    search->setText(QStringLiteral("📧 صندوق"));
    EXPECT_TRUE(visibleCodes().isEmpty());
    search->setText(QStringLiteral("550"));
    EXPECT_EQ(visibleCodes().first(), QStringLiteral("550"));
}
