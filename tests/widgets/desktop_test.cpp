#include "support/testsupport.h"

#include <widgets/appsettings.h>
#include <widgets/codelist.h>
#include <widgets/comparisonview.h>
#include <widgets/detailpanel.h>
#include <widgets/mainwindow.h>
#include <widgets/shortcutsdialog.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpCodes;
using Widgets::AppSettings;
using Widgets::MainWindow;

namespace {

class DesktopTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        AppSettings().raw().clear();
        window = std::make_unique<MainWindow>(Testing::catalog());
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    void trigger(const char *name)
    {
        auto *action = window->findChild<QAction *>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        action->trigger();
    }

    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(DesktopTest, BackAndForwardThroughCodesAndComparisons)
{
    window->showCode(QStringLiteral("250"));
    window->showCode(QStringLiteral("550"));
    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    window->showAnalyzer();

    trigger("backAction");
    EXPECT_TRUE(window->isComparing());
    EXPECT_EQ(window->comparisonView()->leftCode(), QStringLiteral("354"));
    trigger("backAction");
    EXPECT_FALSE(window->isComparing());
    EXPECT_EQ(window->detailPanel()->code(), QStringLiteral("550"));
    // Alt+Left is the shortcut.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window->detailPanel()->code(), QStringLiteral("250"));
    trigger("forwardAction");
    EXPECT_EQ(window->detailPanel()->code(), QStringLiteral("550"));
    window->showCode(QStringLiteral("421")); // a new place: nothing ahead any more
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("forwardAction"))->isEnabled());
}

TEST_F(DesktopTest, MouseBackButtonGoesBack)
{
    window->showCode(QStringLiteral("250"));
    window->showCode(QStringLiteral("550"));
    QTest::mouseClick(window->centralWidget(), Qt::BackButton);
    EXPECT_EQ(window->detailPanel()->code(), QStringLiteral("250"));
    QTest::mouseClick(window->centralWidget(), Qt::ForwardButton);
    EXPECT_EQ(window->detailPanel()->code(), QStringLiteral("550"));
}

TEST_F(DesktopTest, CopiesTheCodeAsTextAndMarkdown)
{
    window->showCode(QStringLiteral("550"));
    trigger("copyAction");
    const QString text = QApplication::clipboard()->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("550 "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\nHow to fix\n")));
    trigger("copyMarkdownAction");
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(QStringLiteral("# 550 ")));
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("## How to fix")));

    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    trigger("copyAction");
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("Key differences")));
}

TEST_F(DesktopTest, ExportsThePageToPdf)
{
    QTemporaryDir directory;
    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    const QString path = directory.filePath(QStringLiteral("comparison.pdf"));
    ASSERT_TRUE(window->exportPdf(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 2000);
    EXPECT_FALSE(window->exportPdf(QStringLiteral("/nonexistent/directory/x.pdf")));
}

TEST_F(DesktopTest, RemembersLayoutFiltersAndPlace)
{
    window->resize(900, 600);
    window->findChild<QComboBox *>(QStringLiteral("kindFilter"))->setCurrentIndex(1);
    window->findChild<QComboBox *>(QStringLiteral("classFilter"))->setCurrentIndex(4);
    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    const QList<int> sizes{250, 650};
    window->findChild<QSplitter *>(QStringLiteral("splitter"))->setSizes(sizes);
    window->close();

    MainWindow next(Testing::catalog());
    next.restoreSession(AppSettings(), true);
    next.show();
    EXPECT_TRUE(next.isComparing());
    EXPECT_EQ(next.comparisonView()->leftCode(), QStringLiteral("354"));
    EXPECT_EQ(next.comparisonView()->rightCode(), QStringLiteral("551"));
    EXPECT_EQ(next.findChild<QComboBox *>(QStringLiteral("kindFilter"))->currentIndex(), 1);
    EXPECT_EQ(next.findChild<QComboBox *>(QStringLiteral("classFilter"))->currentIndex(), 4);
    EXPECT_EQ(next.size(), QSize(900, 600));
}

TEST_F(DesktopTest, CorruptSettingsFallBackToDefaults)
{
    AppSettings settings;
    const QString path = settings.raw().fileName();
    settings.raw().sync();
    QDir().mkpath(QFileInfo(path).path());
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[window]\ngeometry=@ByteArray(\\x01\\xff garbage)\nsplitter=12345\n[filter]\nkind=99\n"
                   "class=-7\nlastPlace=compare:999,\xff\xfe\ncolorScheme=neon\nlanguage=../../x\n\x00\x01\x02",
                   150);
    }
    AppSettings corrupt;
    EXPECT_EQ(corrupt.kindFilter(), 0);
    EXPECT_EQ(corrupt.classFilter(), 0);
    EXPECT_EQ(corrupt.colorScheme(), QStringLiteral("system"));
    EXPECT_TRUE(corrupt.language().isEmpty());
    MainWindow next(Testing::catalog());
    next.restoreSession(corrupt, true);
    next.show();
    EXPECT_FALSE(next.isComparing());
    EXPECT_EQ(next.codeList()->kindFilter(), 0);

    QFile random(path);
    ASSERT_TRUE(random.open(QIODevice::WriteOnly));
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    random.write(noise);
    random.close();
    MainWindow third(Testing::catalog());
    third.restoreSession(AppSettings(), true);
    third.show();
    third.showCode(QStringLiteral("550"));
    EXPECT_EQ(third.detailPanel()->code(), QStringLiteral("550"));
}

TEST_F(DesktopTest, EveryActionHasAShortcutAndTheDialogListsThem)
{
    int withShortcut = 0;
    for (QAction *action : window->actions()) {
        if (action->objectName() == u"aboutAction")
            continue;
        EXPECT_FALSE(action->shortcut().isEmpty()) << action->objectName().toStdString();
        ++withShortcut;
    }
    Widgets::ShortcutsDialog dialog(window->actions(), window.get());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), withShortcut);
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, 0)->text());
    EXPECT_TRUE(texts.contains(QStringLiteral("Compare…")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Back")));
}

TEST_F(DesktopTest, ListPanelsAndButtonsHaveAccessibleNames)
{
    window->comparisonView();
    window->analyzerPane();
    for (const char *name : {"searchField", "codeList", "detailView", "comparisonView", "analysisView", "classFilter",
                             "kindFilter", "leftPicker", "rightPicker"}) {
        auto *widget = window->findChild<QWidget *>(QString::fromLatin1(name));
        ASSERT_NE(widget, nullptr) << name;
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
    }
}

TEST_F(DesktopTest, DarkAndLightColorSchemes)
{
    window->setColorScheme(QStringLiteral("dark"));
    EXPECT_LT(QApplication::palette().color(QPalette::Base).lightness(), 80);
    EXPECT_EQ(AppSettings().colorScheme(), QStringLiteral("dark"));
    window->setColorScheme(QStringLiteral("light"));
    EXPECT_GT(QApplication::palette().color(QPalette::Base).lightness(), 180);
    window->setColorScheme(QStringLiteral("system"));
}
