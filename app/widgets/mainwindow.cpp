#include "mainwindow.h"

#include "codelist.h"
#include "comparisonview.h"
#include "analyzerpane.h"
#include "appsettings.h"
#include "detailpanel.h"
#include "languagemenu.h"

#include <core/entrydocument.h>
#include <core/languages.h>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace SmtpCodes::Widgets {

MainWindow::MainWindow(const Core::Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(&catalog)
    , m_codeList(new CodeList(catalog, this))
    , m_pages(new QStackedWidget(this))
    , m_detail(new DetailPanel(catalog, this))
    , m_comparison(new ComparisonView(catalog, this))
    , m_analyzer(new AnalyzerPane(catalog, this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_detail);
    m_pages->addWidget(m_comparison);
    m_pages->addWidget(m_analyzer);
    m_splitter->addWidget(m_codeList);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 780});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();

    connect(m_codeList, &CodeList::currentCodeChanged, this, [this](const QString &code) {
        m_detail->showCode(code);
        m_pages->setCurrentWidget(m_detail);
        updateTitle();
    });
    connect(m_codeList, &CodeList::compareRequested, this, &MainWindow::startComparison);
    connect(m_codeList, &CodeList::combinedLookup, this, [this](const QString &text) {
        m_detail->showAnalysis(text);
        m_pages->setCurrentWidget(m_detail);
        updateTitle();
    });
    connect(m_detail, &DetailPanel::codeActivated, this, &MainWindow::showCode);
    connect(m_comparison, &ComparisonView::codeActivated, this, &MainWindow::showCode);
    connect(m_comparison, &ComparisonView::codesChanged, this, &MainWindow::updateTitle);
    connect(m_analyzer, &AnalyzerPane::codeActivated, this, &MainWindow::showCode);

    retranslateUi();
    resize(1100, 720);
    m_codeList->searchField()->setFocus();
}

void MainWindow::createActions()
{
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_codeList, &CodeList::focusSearch);

    m_compareAction = new QAction(this);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_compareAction, &QAction::triggered, this, [this] { startComparison(m_codeList->currentCode()); });

    m_swapAction = new QAction(this);
    m_swapAction->setObjectName(QStringLiteral("swapAction"));
    m_swapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_swapAction, &QAction::triggered, this, [this] {
        if (!isComparing())
            startComparison(m_codeList->currentCode());
        m_comparison->swap();
    });

    m_detailAction = new QAction(this);
    m_detailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_detailAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_detail);
        updateTitle();
    });

    m_analyzeAction = new QAction(this);
    m_analyzeAction->setObjectName(QStringLiteral("analyzeAction"));
    m_analyzeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_analyzeAction, &QAction::triggered, this, &MainWindow::showAnalyzer);

    m_pasteAnalyzeAction = new QAction(this);
    m_pasteAnalyzeAction->setObjectName(QStringLiteral("pasteAnalyzeAction"));
    m_pasteAnalyzeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAnalyzeAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_pasteAnalyzeAction, &QAction::triggered, this, [this] {
        showAnalyzer();
        m_analyzer->pasteAndAnalyze();
    });

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        showAnalyzer();
        m_analyzer->openFile();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_compareAction);
    m_fileMenu->addAction(m_analyzeAction);
    m_fileMenu->addAction(m_pasteAnalyzeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_detailAction);
    m_viewMenu->addAction(m_compareAction);
    m_viewMenu->addAction(m_swapAction);
    m_viewMenu->addAction(m_analyzeAction);
    m_languageMenu = new LanguageMenu(this);
    m_languageMenu->setCurrent(m_language);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, [this](const QString &code) { setLanguage(code); });
    menuBar()->addMenu(m_languageMenu);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_detailAction);
    m_toolBar->addAction(m_compareAction);
    m_toolBar->addAction(m_swapAction);
    m_toolBar->addAction(m_analyzeAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setToolTip(tr("Search the codes (Ctrl+F)"));
    m_compareAction->setText(tr("&Compare…"));
    m_compareAction->setToolTip(tr("Compare the current code with another one (Ctrl+D)"));
    m_swapAction->setText(tr("&Swap"));
    m_swapAction->setToolTip(tr("Exchange the two compared codes (Ctrl+Shift+S)"));
    m_detailAction->setText(tr("&Details"));
    m_detailAction->setToolTip(tr("Show the current code's details (Ctrl+1)"));
    m_analyzeAction->setText(tr("&Analyze…"));
    m_analyzeAction->setToolTip(tr("Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)"));
    m_pasteAnalyzeAction->setText(tr("&Paste and Analyze"));
    m_pasteAnalyzeAction->setToolTip(tr("Analyze the text on the clipboard (Ctrl+Shift+V)"));
    m_openAction->setText(tr("&Open Bounce or Log…"));
    m_openAction->setToolTip(tr("Analyze a saved bounce or mail log (Ctrl+O)"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About SMTP Codes"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    const Core::CodeEntry *entry = m_catalog->find(m_detail->code());
    if (isAnalyzing())
        setWindowTitle(tr("Bounce analyzer — SMTP Codes"));
    else if (isComparing())
        setWindowTitle(tr("Comparison of %1 and %2 — SMTP Codes")
                           .arg(m_comparison->leftCode(), m_comparison->rightCode()));
    else if (entry)
        setWindowTitle(tr("Code %1 — SMTP Codes").arg(entry->code));
    else
        setWindowTitle(tr("SMTP Codes — reference of SMTP replies"));
}

bool MainWindow::isAnalyzing() const
{
    return m_pages->currentWidget() == m_analyzer;
}

void MainWindow::showAnalyzer()
{
    m_pages->setCurrentWidget(m_analyzer);
    m_analyzer->findChild<QWidget *>(QStringLiteral("analyzerInput"))->setFocus(Qt::ShortcutFocusReason);
    updateTitle();
}

bool MainWindow::isComparing() const
{
    return m_pages->currentWidget() == m_comparison;
}

void MainWindow::showCode(const QString &code)
{
    if (!m_codeList->selectCode(code)) {
        m_detail->showCode(code);
        statusBar()->showMessage(tr("Unknown code %1; the nearest codes are listed instead.").arg(code.left(24)),
                                 8000);
    }
    m_pages->setCurrentWidget(m_detail);
    updateTitle();
}

bool MainWindow::compare(const QString &left, const QString &right)
{
    for (const QString &code : {left, right}) {
        if (!m_catalog->find(code)) {
            showCode(code);
            return false;
        }
    }
    m_codeList->selectCode(left);
    m_comparison->setCodes(left, right);
    m_pages->setCurrentWidget(m_comparison);
    updateTitle();
    return true;
}

void MainWindow::startComparison(const QString &code)
{
    const Core::CodeEntry *entry = m_catalog->find(code);
    if (!entry)
        entry = &m_catalog->at(0);
    // Start from the first related code: the pair most people want to tell apart.
    QString other = m_comparison->rightCode();
    if (other.isEmpty() || other == entry->code)
        other = entry->related.isEmpty() ? m_catalog->at(0).code : entry->related.first();
    m_comparison->setCodes(entry->code, other);
    m_pages->setCurrentWidget(m_comparison);
    m_comparison->focusRightPicker();
    updateTitle();
}

bool MainWindow::setLanguage(const QString &code, bool remember)
{
    QString error;
    if (!Core::Languages::install(code, &error)) {
        m_languageMenu->setCurrent(m_language);
        statusBar()->showMessage(error, 10000);
        return false;
    }
    m_language = code;
    setLocale(Core::Languages::locale(code));
    m_languageMenu->setCurrent(code);
    setCatalogLanguage(code);
    if (remember)
        AppSettings().setLanguage(code);
    return true;
}

void MainWindow::setCatalogLanguage(const QString &language)
{
    m_codeList->setLanguage(language);
    m_detail->setLanguage(language);
    m_comparison->setLanguage(language);
    m_analyzer->setLanguage(language);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About SMTP Codes"),
        tr("<h3>SMTP Codes %1</h3><p>An offline reference of SMTP reply codes and enhanced status codes.</p>"
           "<p>Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they "
           "cite; every explanation is written for this program.</p><p>Licensed under the GNU GPL, version 3 or "
           "later.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace SmtpCodes::Widgets
