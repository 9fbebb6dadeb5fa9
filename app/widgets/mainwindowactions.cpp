// The window's actions, menus and tool bar, and the one place their texts are set.
#include "mainwindow.h"

#include "actiontext.h"
#include "analyzerpane.h"
#include "codelist.h"
#include "colorscheme.h"
#include "documentoutput.h"
#include "languagemenu.h"
#include "navigator.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QToolBar>

namespace SmtpCodes::Widgets {

void MainWindow::createActions()
{
    auto action = [this](const char *name, const QKeySequence &shortcut, auto slot) {
        auto *created = new QAction(this);
        created->setObjectName(QString::fromLatin1(name));
        created->setShortcut(shortcut);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };

    m_backAction = action("backAction", QKeySequence(Qt::ALT | Qt::Key_Left), [this] { m_navigator->back(); });
    m_forwardAction =
        action("forwardAction", QKeySequence(Qt::ALT | Qt::Key_Right), [this] { m_navigator->forward(); });
    m_findAction = action("findAction", QKeySequence::Find, [this] { m_codeList->focusSearch(); });
    m_copyAction = action("copyAction", QKeySequence::Copy, [this] { copyCurrent(false); });
    m_copyMarkdownAction =
        action("copyMarkdownAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyCurrent(true); });
    m_printAction =
        action("printAction", QKeySequence::Print, [this] { DocumentOutput::print(m_navigator->document(), this); });
    m_exportAction = action("exportAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { askExportPdf(); });
    m_compareAction = action("compareAction", QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        const qsizetype current = m_codeList->currentEntry();
        startComparison(current >= 0 ? current : m_navigator->lastEntry());
    });
    m_swapAction = action("swapAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] {
        const Core::Place place = m_navigator->current();
        if (place.kind == Core::Place::Kind::Comparison)
            m_navigator->go(Core::Place::ofComparison(place.other, place.entry));
    });
    m_detailAction = action("detailAction", QKeySequence(Qt::CTRL | Qt::Key_1), [this] {
        if (m_navigator->lastEntry() >= 0)
            m_navigator->go(Core::Place::ofEntry(m_navigator->lastEntry()));
    });
    m_analyzeAction =
        action("analyzeAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { showAnalyzer(); });
    m_pasteAnalyzeAction = action("pasteAnalyzeAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                                  [this] { analyzerPane()->pasteAndAnalyze(); });
    m_openAction = action("openAction", QKeySequence::Open, [this] { analyzerPane()->openFiles(); });
    m_openFolderAction = action("openFolderAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                [this] { analyzerPane()->openFolder(); });
    m_quitAction = action("quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); });
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_shortcutsAction = action("shortcutsAction", QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    m_aboutAction = action("aboutAction", QKeySequence(), [this] { about(); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addActions({m_openAction, m_openFolderAction, m_analyzeAction, m_pasteAnalyzeAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_printAction, m_exportAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addActions({m_copyAction, m_copyMarkdownAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions({m_backAction, m_forwardAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_detailAction, m_compareAction, m_swapAction, m_analyzeAction});
    m_viewMenu->addSeparator();
    m_colorMenu = m_viewMenu->addMenu(QString());
    m_colorMenu->setObjectName(QStringLiteral("colorMenu"));
    m_colorGroup = new QActionGroup(this);
    for (const QString &name : ColorScheme::names()) {
        QAction *scheme = m_colorMenu->addAction(QString());
        scheme->setCheckable(true);
        scheme->setData(name);
        scheme->setObjectName(QStringLiteral("colorScheme_") + name);
        scheme->setChecked(name == u"system");
        m_colorGroup->addAction(scheme);
    }
    connect(m_colorGroup, &QActionGroup::triggered, this,
            [this](QAction *scheme) { setColorScheme(scheme->data().toString()); });

    m_languageMenu = new LanguageMenu(this);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, [this](const QString &code) { setLanguage(code); });
    menuBar()->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addActions({m_shortcutsAction, m_aboutAction});

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_backAction, m_forwardAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_detailAction, m_compareAction, m_swapAction, m_analyzeAction});
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_colorMenu->setTitle(tr("C&olors"));
    const QStringList schemeNames{tr("Follow the &System"), tr("&Light"), tr("&Dark")};
    for (qsizetype i = 0; i < schemeNames.size(); ++i)
        m_colorGroup->actions().at(i)->setText(schemeNames.at(i));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    const std::pair<QAction *, QString> texts[] = {
        {m_backAction, tr("&Back")},
        {m_forwardAction, tr("&Forward")},
        {m_findAction, tr("&Find…")},
        {m_copyAction, tr("&Copy as Text")},
        {m_copyMarkdownAction, tr("Copy as &Markdown")},
        {m_printAction, tr("&Print…")},
        {m_exportAction, tr("&Export as PDF…")},
        {m_compareAction, tr("&Compare…")},
        {m_swapAction, tr("&Swap")},
        {m_detailAction, tr("&Details")},
        {m_analyzeAction, tr("&Analyze…")},
        {m_pasteAnalyzeAction, tr("Paste and Anal&yze")},
        {m_openAction, tr("&Open…")},
        {m_openFolderAction, tr("Open &Folder…")},
        {m_quitAction, tr("&Quit")},
        {m_shortcutsAction, tr("&Keyboard Shortcuts")},
        {m_aboutAction, tr("&About SMTP Codes")},
    };
    for (const auto &[action, text] : texts) {
        action->setText(text);
        // Tool buttons show the text without its mnemonic, also without the "(&B)" CJK translations add.
        action->setIconText(withoutMnemonic(text));
    }
    const std::pair<QAction *, QString> tips[] = {
        {m_backAction, tr("Go back to the previous page")},
        {m_forwardAction, tr("Go forward again")},
        {m_findAction, tr("Search the codes")},
        {m_copyAction, tr("Copy what is shown as plain text")},
        {m_copyMarkdownAction, tr("Copy what is shown as Markdown")},
        {m_compareAction, tr("Compare the current code with another one")},
        {m_swapAction, tr("Exchange the two compared codes")},
        {m_detailAction, tr("Show the current code's page")},
        {m_analyzeAction, tr("Read a bounce: who failed, why, and what to do")},
        {m_pasteAnalyzeAction, tr("Analyze the text on the clipboard")},
        {m_openAction, tr("Analyze saved bounces, mailboxes or logs")},
        {m_openFolderAction, tr("Analyze every message in a folder, such as a Maildir")},
    };
    for (const auto &[action, tip] : tips)
        action->setToolTip(withShortcut(tip, action));
    placeChanged(m_navigator->current());
}

} // namespace SmtpCodes::Widgets
