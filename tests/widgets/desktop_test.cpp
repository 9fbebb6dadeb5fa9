#include "support/windowfixture.h"

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
#include <QKeySequence>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpCodes;
using Widgets::AppSettings;
using Widgets::MainWindow;

namespace {

class DesktopTest : public Testing::WindowTest
{
};

} // namespace

TEST_F(DesktopTest, BackAndForwardThroughCodesComparisonsAndAnalyses)
{
    window->showCode(QStringLiteral("250"));
    window->showCode(QStringLiteral("550"));
    window->compare(QStringLiteral("354"), QStringLiteral("551"));
    window->analyzerPane()->analyzeText(QStringLiteral("550 5.1.1 first bounce\n"));
    ASSERT_TRUE(waitForAnalysis());
    const int first = window->analyzerPane()->current();
    window->showCode(QStringLiteral("421"));
    window->analyzerPane()->analyzeText(QStringLiteral("452 4.2.2 second bounce\n"));
    ASSERT_TRUE(waitForAnalysis());

    // Back shows the analysis the reader had then, with its own input.
    trigger("backAction");
    trigger("backAction");
    EXPECT_EQ(place(), Core::Place::ofAnalysis(first));
    EXPECT_EQ(find<QPlainTextEdit>("analyzerInput")->toPlainText(), QStringLiteral("550 5.1.1 first bounce\n"));
    EXPECT_TRUE(analysisText().contains(QStringLiteral("5.1.1")));
    trigger("backAction");
    EXPECT_EQ(place(), Core::Place::ofComparison(index(u"354"), index(u"551")));
    trigger("backAction");
    EXPECT_EQ(place(), Core::Place::ofEntry(index(u"550")));
    // Alt+Left is the shortcut.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(place(), Core::Place::ofEntry(index(u"250")));
    trigger("forwardAction");
    EXPECT_EQ(place(), Core::Place::ofEntry(index(u"550")));
    window->showCode(QStringLiteral("421")); // a new place: nothing ahead any more
    EXPECT_FALSE(find<QAction>("forwardAction")->isEnabled());
}

TEST_F(DesktopTest, DetailsGoesBackToTheCodeLastShown)
{
    EXPECT_FALSE(find<QAction>("detailAction")->isEnabled());
    window->showCode(QStringLiteral("550"));
    EXPECT_FALSE(find<QAction>("detailAction")->isEnabled());
    window->showAnalyzer();
    EXPECT_TRUE(find<QAction>("detailAction")->isEnabled());
    trigger("detailAction");
    EXPECT_EQ(place(), Core::Place::ofEntry(index(u"550")));
}

TEST_F(DesktopTest, MouseBackButtonGoesBack)
{
    window->showCode(QStringLiteral("250"));
    window->showCode(QStringLiteral("550"));
    QTest::mouseClick(window->centralWidget(), Qt::BackButton);
    EXPECT_EQ(place(), Core::Place::ofEntry(index(u"250")));
    QTest::mouseClick(window->centralWidget(), Qt::ForwardButton);
    EXPECT_EQ(place(), Core::Place::ofEntry(index(u"550")));
}

TEST_F(DesktopTest, CopiesTheCodeAsTextAndMarkdown)
{
    window->showCode(QStringLiteral("550"));
    trigger("copyAction");
    const QString text = QApplication::clipboard()->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("550 "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\nHow to fix\n")));
    trigger("copyMarkdownAction");
    const QString markdown = QApplication::clipboard()->text();
    EXPECT_TRUE(markdown.startsWith(QStringLiteral("# 550 ")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("## How to fix")));
    // Server replies in fenced code blocks, RFC references as links, no double blank lines.
    EXPECT_TRUE(markdown.contains(QStringLiteral("```text\n550 ")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("](https://www.rfc-editor.org/rfc/rfc5321")));
    EXPECT_FALSE(markdown.contains(QStringLiteral("\n\n\n")));

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
    EXPECT_EQ(next.navigator()->current(), Core::Place::ofComparison(index(u"354"), index(u"551")));
    EXPECT_EQ(next.findChild<QComboBox *>(QStringLiteral("kindFilter"))->currentIndex(), 1);
    EXPECT_EQ(next.findChild<QComboBox *>(QStringLiteral("classFilter"))->currentIndex(), 4);
    EXPECT_EQ(next.size(), QSize(900, 600));
}

TEST_F(DesktopTest, CorruptSettingsFallBackToDefaults)
{
    const QString path = Testing::rawSettings().fileName();
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
    EXPECT_EQ(next.navigator()->current().kind, Core::Place::Kind::None);
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
    EXPECT_EQ(third.navigator()->current(), Core::Place::ofEntry(index(u"550")));
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
    // At its own size the dialog shows every row without scrolling.
    dialog.show();
    QCoreApplication::processEvents();
    EXPECT_FALSE(table->verticalScrollBar()->isVisible());
}

TEST_F(DesktopTest, TooltipsAreBuiltFromTheShortcuts)
{
    EXPECT_TRUE(find<QAction>("findAction")
                    ->toolTip()
                    .endsWith(u" (" + QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText) + u')'));
    EXPECT_TRUE(find<QLineEdit>("searchField")->placeholderText().contains(u"Ctrl+F"));
}

TEST_F(DesktopTest, ListPanelsAndButtonsHaveAccessibleNames)
{
    window->comparisonView();
    window->analyzerPane();
    for (const char *name : {"searchField", "codeList", "detailView", "comparisonView", "analysisView", "classFilter",
                             "kindFilter", "firstPicker", "secondPicker", "recipientTable", "recipientFilter"}) {
        auto *widget = window->findChild<QWidget *>(QString::fromLatin1(name));
        ASSERT_NE(widget, nullptr) << name;
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
    }
}

TEST_F(DesktopTest, DarkAndLightColorSchemes)
{
    window->showCode(QStringLiteral("550"));
    window->setColorScheme(QStringLiteral("dark"));
    QCoreApplication::processEvents();
    EXPECT_LT(QApplication::palette().color(QPalette::Base).lightness(), 80);
    // The page is drawn again at once: links in the dark palette's link colour, not dark blue on black.
    const QString link = QApplication::palette().color(QPalette::Link).name();
    EXPECT_TRUE(find<Widgets::TextView>("detailView")->toHtml().contains(link, Qt::CaseInsensitive))
        << link.toStdString();
    EXPECT_EQ(AppSettings().colorScheme(), QStringLiteral("dark"));
    window->setColorScheme(QStringLiteral("light"));
    EXPECT_GT(QApplication::palette().color(QPalette::Base).lightness(), 180);
    window->setColorScheme(QStringLiteral("system"));
}
