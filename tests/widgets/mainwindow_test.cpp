#include "support/testsupport.h"

#include <widgets/codelist.h>
#include <widgets/comparisonview.h>
#include <widgets/detailpanel.h>
#include <widgets/mainwindow.h>
#include <widgets/textview.h>

#include <core/itemdatarole.h>
#include <core/renderer.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>

using namespace SmtpCodes;
using Widgets::MainWindow;

namespace {

QStringList visibleCodes(const MainWindow &window)
{
    auto *list = window.findChild<QListView *>(QStringLiteral("codeList"));
    QStringList codes;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        codes.append(list->model()->index(row, 0).data(Core::CodeRole).toString());
    return codes;
}

QString detailText(const MainWindow &window)
{
    return window.findChild<Widgets::TextView *>(QStringLiteral("detailView"))->toPlainText();
}

QString comparisonText(const MainWindow &window)
{
    return window.findChild<Widgets::TextView *>(QStringLiteral("comparisonView"))->toPlainText();
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(Testing::catalog());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowTest, TitleNamesTheApp)
{
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("SMTP Codes")));
}

TEST_F(MainWindowTest, TypingFiftyFiveLeavesThe55xCodes)
{
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("55"));
    const QStringList codes = visibleCodes(*window);
    ASSERT_EQ(codes.size(), 7) << codes.join(u' ').toStdString();
    for (const QString &code : codes)
        EXPECT_TRUE(code.startsWith(QStringLiteral("55"))) << code.toStdString();
}

TEST_F(MainWindowTest, EmptyResultSaysSo)
{
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("zzqqxx"));
    auto *empty = window->findChild<QLabel *>(QStringLiteral("emptyResult"));
    EXPECT_TRUE(visibleCodes(*window).isEmpty());
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(QStringLiteral("zzqqxx")));
}

TEST_F(MainWindowTest, ClassFilterKeepsOneClass)
{
    auto *filter = window->findChild<QComboBox *>(QStringLiteral("classFilter"));
    filter->setCurrentIndex(2); // 3xx
    const QStringList codes = visibleCodes(*window);
    ASSERT_FALSE(codes.isEmpty());
    for (const QString &code : codes)
        EXPECT_TRUE(code.startsWith(u'3')) << code.toStdString();
}

TEST_F(MainWindowTest, SelectingACodeShowsItsDetail)
{
    auto *list = window->findChild<QListView *>(QStringLiteral("codeList"));
    const int row = visibleCodes(*window).indexOf(QStringLiteral("550"));
    ASSERT_GE(row, 0);
    list->setCurrentIndex(list->model()->index(row, 0));
    const QString text = detailText(*window);
    EXPECT_TRUE(text.startsWith(QStringLiteral("550 ") + Testing::catalog().find(u"550")->name.text()));
    EXPECT_TRUE(text.contains(Testing::catalog().find(u"550")->howToFix.text()));
    EXPECT_TRUE(text.contains(QStringLiteral("How to fix")));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("550")));
}

TEST_F(MainWindowTest, ClickingARelatedCodeLinkNavigates)
{
    window->showCode(QStringLiteral("550"));
    const QString related = Testing::catalog().find(u"550")->related.first();
    auto *view = window->findChild<Widgets::TextView *>(QStringLiteral("detailView"));
    // Find the link in the rendered page and click where it is drawn.
    bool clicked = false;
    for (QTextBlock block = view->document()->begin(); block.isValid() && !clicked; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == Core::Renderer::linkFor(related)) {
                QTextCursor at(view->document());
                at.setPosition(fragment.position() + 1);
                view->ensureCursorVisible();
                view->setTextCursor(at);
                view->ensureCursorVisible();
                const QRect rect = view->cursorRect(at);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
                clicked = true;
                break;
            }
        }
    }
    ASSERT_TRUE(clicked) << "no link to " << related.toStdString();
    EXPECT_EQ(window->detailPanel()->code(), related);
    EXPECT_EQ(window->codeList()->currentCode(), related);
    EXPECT_TRUE(detailText(*window).startsWith(related + u' '));
}

TEST_F(MainWindowTest, ComparisonShowsBothCodesAndSwaps)
{
    ASSERT_TRUE(window->compare(QStringLiteral("354"), QStringLiteral("551")));
    EXPECT_TRUE(window->isComparing());
    QString text = comparisonText(*window);
    EXPECT_TRUE(text.contains(Testing::catalog().find(u"354")->description.text()));
    EXPECT_TRUE(text.contains(Testing::catalog().find(u"551")->description.text()));
    EXPECT_TRUE(text.contains(QStringLiteral("Key differences")));
    EXPECT_TRUE(text.contains(QStringLiteral("is a 3xx Positive Intermediate response, while 551")));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("354 and 551")));

    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("swapButton")), Qt::LeftButton);
    EXPECT_EQ(window->comparisonView()->leftCode(), QStringLiteral("551"));
    EXPECT_EQ(window->comparisonView()->rightCode(), QStringLiteral("354"));
    text = comparisonText(*window);
    EXPECT_TRUE(text.contains(QStringLiteral("is a 5xx Permanent Negative response, while 354")));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("551 and 354")));
}

TEST_F(MainWindowTest, PickersChangeTheComparison)
{
    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    auto *right = window->findChild<QComboBox *>(QStringLiteral("rightPicker"));
    right->setCurrentIndex(right->findData(QStringLiteral("451")));
    EXPECT_EQ(window->comparisonView()->rightCode(), QStringLiteral("451"));
    EXPECT_TRUE(comparisonText(*window).contains(QStringLiteral("while 451")));
}

TEST_F(MainWindowTest, CompareActionStartsFromTheCurrentCode)
{
    window->showCode(QStringLiteral("251"));
    auto *compare = window->findChild<QAction *>(QStringLiteral("compareAction"));
    compare->trigger();
    EXPECT_TRUE(window->isComparing());
    EXPECT_EQ(window->comparisonView()->leftCode(), QStringLiteral("251"));
    EXPECT_NE(window->comparisonView()->rightCode(), QStringLiteral("251"));
}

TEST_F(MainWindowTest, ComparingACodeWithItselfSaysSo)
{
    window->compare(QStringLiteral("550"), QStringLiteral("550"));
    EXPECT_TRUE(comparisonText(*window).contains(QStringLiteral("compared with itself")));
}

TEST_F(MainWindowTest, UnknownCodeShowsTheNearestOnes)
{
    window->showCode(QStringLiteral("559"));
    const QString text = detailText(*window);
    EXPECT_TRUE(text.contains(QStringLiteral("559")));
    EXPECT_TRUE(text.contains(QStringLiteral("556")));
    EXPECT_FALSE(window->compare(QStringLiteral("354"), QStringLiteral("999")));
    EXPECT_TRUE(detailText(*window).contains(QStringLiteral("999")));
}

TEST_F(MainWindowTest, PathologicalSearchTextKeepsTheWindowWorking)
{
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setText(QString(10000, u'x'));
    EXPECT_TRUE(visibleCodes(*window).isEmpty());
    search->setText(QStringLiteral("📧 صندوق"));
    EXPECT_TRUE(visibleCodes(*window).isEmpty());
    search->setText(QStringLiteral("550"));
    EXPECT_EQ(visibleCodes(*window).first(), QStringLiteral("550"));
}
