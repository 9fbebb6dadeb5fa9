#include "mainwindow.h"

#include "analyzerpane.h"
#include "appsettings.h"
#include "codelist.h"
#include "colorscheme.h"
#include "comparisonview.h"
#include "detailpanel.h"
#include "documentoutput.h"
#include "languagemenu.h"
#include "shortcutsdialog.h"

#include <core/entrydocument.h>
#include <core/languages.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace SmtpCodes::Widgets {

MainWindow::MainWindow(const Core::Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(&catalog)
    , m_codeList(new CodeList(catalog, this))
    , m_pages(new QStackedWidget(this))
    , m_detail(new DetailPanel(catalog, this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_detail);
    m_splitter->addWidget(m_codeList);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 740});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();

    connect(m_codeList, &CodeList::currentCodeChanged, this, [this](const QString &code) {
        m_detail->showCode(code);
        m_pages->setCurrentWidget(m_detail);
        pageChanged();
    });
    connect(m_codeList, &CodeList::compareRequested, this, &MainWindow::startComparison);
    connect(m_codeList, &CodeList::combinedLookup, this, [this](const QString &text) {
        m_detail->showAnalysis(text);
        m_pages->setCurrentWidget(m_detail);
        pageChanged();
    });
    connect(m_detail, &DetailPanel::codeActivated, this, &MainWindow::showCode);
    // The mouse's back and forward buttons work anywhere in the window.
    qApp->installEventFilter(this);

    retranslateUi();
    resize(1100, 720);
    m_codeList->searchField()->setFocus();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

ComparisonView *MainWindow::comparisonView()
{
    if (!m_comparison) {
        m_comparison = new ComparisonView(*m_catalog, this);
        m_comparison->setLanguage(m_language);
        m_pages->addWidget(m_comparison);
        connect(m_comparison, &ComparisonView::codeActivated, this, &MainWindow::showCode);
        connect(m_comparison, &ComparisonView::codesChanged, this, &MainWindow::pageChanged);
    }
    return m_comparison;
}

AnalyzerPane *MainWindow::analyzerPane()
{
    if (!m_analyzer) {
        m_analyzer = new AnalyzerPane(*m_catalog, this);
        m_analyzer->setLanguage(m_language);
        m_analyzer->addActionButtons({m_pasteAnalyzeAction, m_openAction});
        m_pages->addWidget(m_analyzer);
        connect(m_analyzer, &AnalyzerPane::codeActivated, this, &MainWindow::showCode);
    }
    return m_analyzer;
}

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

    m_backAction = action("backAction", QKeySequence(Qt::ALT | Qt::Key_Left), [this] { goBack(); });
    m_forwardAction = action("forwardAction", QKeySequence(Qt::ALT | Qt::Key_Right), [this] { goForward(); });
    m_findAction = action("findAction", QKeySequence::Find, [this] { m_codeList->focusSearch(); });
    m_copyAction = action("copyAction", QKeySequence::Copy, [this] { copyCurrent(false); });
    m_copyMarkdownAction =
        action("copyMarkdownAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyCurrent(true); });
    m_printAction =
        action("printAction", QKeySequence::Print, [this] { DocumentOutput::print(currentDocument(), this); });
    m_exportAction = action("exportAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { askExportPdf(); });
    m_compareAction = action("compareAction", QKeySequence(Qt::CTRL | Qt::Key_D),
                             [this] { startComparison(m_codeList->currentCode()); });
    m_swapAction = action("swapAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] {
        if (!isComparing())
            startComparison(m_codeList->currentCode());
        comparisonView()->swap();
    });
    m_detailAction = action("detailAction", QKeySequence(Qt::CTRL | Qt::Key_1), [this] {
        m_pages->setCurrentWidget(m_detail);
        pageChanged();
    });
    m_analyzeAction =
        action("analyzeAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { showAnalyzer(); });
    m_pasteAnalyzeAction = action("pasteAnalyzeAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] {
        showAnalyzer();
        analyzerPane()->pasteAndAnalyze();
    });
    m_openAction = action("openAction", QKeySequence::Open, [this] {
        showAnalyzer();
        analyzerPane()->openFile();
    });
    m_quitAction = action("quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); });
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_shortcutsAction = action("shortcutsAction", QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    m_aboutAction = action("aboutAction", QKeySequence(), [this] { about(); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_backAction->setEnabled(false);
    m_forwardAction->setEnabled(false);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_analyzeAction);
    m_fileMenu->addAction(m_pasteAnalyzeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_copyMarkdownAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_backAction);
    m_viewMenu->addAction(m_forwardAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_detailAction);
    m_viewMenu->addAction(m_compareAction);
    m_viewMenu->addAction(m_swapAction);
    m_viewMenu->addAction(m_analyzeAction);
    m_viewMenu->addSeparator();
    m_colorMenu = m_viewMenu->addMenu(QString());
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
    m_languageMenu->setCurrent(m_language);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, [this](const QString &code) { setLanguage(code); });
    menuBar()->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_forwardAction);
    m_toolBar->addSeparator();
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
    m_colorMenu->setTitle(tr("&Colors"));
    const QStringList schemeNames{tr("Follow the &System"), tr("&Light"), tr("&Dark")};
    for (qsizetype i = 0; i < schemeNames.size(); ++i)
        m_colorGroup->actions().at(i)->setText(schemeNames.at(i));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Go back to the previous code or comparison (Alt+Left)"));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Go forward again (Alt+Right)"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setToolTip(tr("Search the codes (Ctrl+F)"));
    m_copyAction->setText(tr("&Copy as Text"));
    m_copyAction->setToolTip(tr("Copy the code, comparison or analysis shown as plain text (Ctrl+C)"));
    m_copyMarkdownAction->setText(tr("Copy as &Markdown"));
    m_copyMarkdownAction->setToolTip(tr("Copy what is shown as Markdown (Ctrl+Shift+C)"));
    m_printAction->setText(tr("&Print…"));
    m_exportAction->setText(tr("&Export as PDF…"));
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
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About SMTP Codes"));
    pageChanged();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_analyzer)
        m_analyzer->cancel();
    AppSettings settings;
    saveSession(settings);
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const Qt::MouseButton button = static_cast<QMouseEvent *>(event)->button();
        if (widget && widget->window() == this && (button == Qt::BackButton || button == Qt::ForwardButton)) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

Core::Place MainWindow::currentPlace() const
{
    if (isAnalyzing())
        return {Core::Place::Kind::Analyzer, {}, {}};
    if (isComparing())
        return {Core::Place::Kind::Comparison, m_comparison->leftCode(), m_comparison->rightCode()};
    if (const Core::CodeEntry *entry = m_catalog->find(m_detail->code()))
        return {Core::Place::Kind::Code, entry->code, {}};
    return {};
}

void MainWindow::pageChanged()
{
    const Core::Place place = currentPlace();
    switch (place.kind) {
    case Core::Place::Kind::Analyzer:
        setWindowTitle(tr("Bounce analyzer — SMTP Codes"));
        break;
    case Core::Place::Kind::Comparison:
        setWindowTitle(tr("Comparison of %1 and %2 — SMTP Codes").arg(place.first, place.second));
        break;
    case Core::Place::Kind::Code:
        setWindowTitle(tr("Code %1 — SMTP Codes").arg(place.first));
        break;
    case Core::Place::Kind::None:
        setWindowTitle(tr("SMTP Codes — reference of SMTP replies"));
        break;
    }
    if (!m_travelling)
        m_history.visit(place);
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::goTo(const Core::Place &place)
{
    m_travelling = true;
    switch (place.kind) {
    case Core::Place::Kind::Code:
        showCode(place.first);
        break;
    case Core::Place::Kind::Comparison:
        compare(place.first, place.second);
        break;
    case Core::Place::Kind::Analyzer:
        showAnalyzer();
        break;
    case Core::Place::Kind::None:
        break;
    }
    m_travelling = false;
    pageChanged();
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        goTo(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        goTo(m_history.forward());
}

bool MainWindow::isComparing() const
{
    return m_comparison && m_pages->currentWidget() == m_comparison;
}

bool MainWindow::isAnalyzing() const
{
    return m_analyzer && m_pages->currentWidget() == m_analyzer;
}

void MainWindow::showAnalyzer()
{
    m_pages->setCurrentWidget(analyzerPane());
    m_analyzer->findChild<QWidget *>(QStringLiteral("analyzerInput"))->setFocus(Qt::ShortcutFocusReason);
    pageChanged();
}

void MainWindow::showCode(const QString &code)
{
    if (!m_codeList->selectCode(code)) {
        m_detail->showCode(code);
        statusBar()->showMessage(
            tr("Unknown code %1; the nearest codes are listed instead.").arg(Core::shortened(code)), 8000);
    }
    m_pages->setCurrentWidget(m_detail);
    pageChanged();
}

bool MainWindow::compare(const QString &left, const QString &right)
{
    for (const QString &code : {left, right}) {
        if (!m_catalog->find(code)) {
            showCode(code);
            return false;
        }
    }
    comparisonView()->setCodes(left, right);
    m_pages->setCurrentWidget(m_comparison);
    pageChanged();
    return true;
}

void MainWindow::startComparison(const QString &code)
{
    const Core::CodeEntry *entry = m_catalog->find(code);
    if (!entry)
        entry = &m_catalog->at(0);
    // Start from the first related code: the pair most people want to tell apart.
    QString other = comparisonView()->rightCode();
    if (other.isEmpty() || other == entry->code)
        other = entry->related.isEmpty() ? m_catalog->at(0).code : entry->related.first();
    m_comparison->setCodes(entry->code, other);
    m_pages->setCurrentWidget(m_comparison);
    m_comparison->focusRightPicker();
    pageChanged();
}

Core::Document MainWindow::currentDocument() const
{
    if (isAnalyzing())
        return m_analyzer->document();
    if (isComparing())
        return m_comparison->document();
    return m_detail->document();
}

void MainWindow::copyCurrent(bool markdown)
{
    DocumentOutput::copy(currentDocument(), markdown);
    statusBar()->showMessage(markdown ? tr("Copied as Markdown.") : tr("Copied as text."), 4000);
}

bool MainWindow::exportPdf(const QString &path)
{
    QString error;
    if (!DocumentOutput::exportPdf(currentDocument(), path, &error)) {
        statusBar()->showMessage(tr("Cannot write %1: %2").arg(path, error), 10000);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(path), 6000);
    return true;
}

void MainWindow::askExportPdf()
{
    const QString place = currentPlace().toString().replace(u':', u'-').replace(u',', u'-');
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/smtp-" +
                              (place.isEmpty() ? QStringLiteral("codes") : place) + u".pdf";
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
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
    if (m_comparison)
        m_comparison->setLanguage(language);
    if (m_analyzer)
        m_analyzer->setLanguage(language);
}

void MainWindow::setColorScheme(const QString &name)
{
    if (!ColorScheme::apply(name))
        return;
    for (QAction *scheme : m_colorGroup->actions())
        scheme->setChecked(scheme->data().toString() == name);
    AppSettings().setColorScheme(name);
}

void MainWindow::restoreSession(const AppSettings &settings, bool restorePlace)
{
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_splitter->restoreState(settings.splitterState());
    m_codeList->setFilters(settings.kindFilter(), settings.classFilter());
    const QString scheme = settings.colorScheme();
    ColorScheme::apply(scheme);
    for (QAction *action : m_colorGroup->actions())
        action->setChecked(action->data().toString() == scheme);
    if (!restorePlace)
        return;
    const Core::Place place = Core::Place::fromString(settings.lastPlace());
    // A remembered code the catalog no longer has is simply not restored.
    const bool known =
        m_catalog->find(place.first) && (place.kind != Core::Place::Kind::Comparison || m_catalog->find(place.second));
    if (place.kind == Core::Place::Kind::Analyzer || known)
        goTo(place);
}

void MainWindow::saveSession(AppSettings &settings) const
{
    settings.setWindowLayout(saveGeometry(), saveState(), m_splitter->saveState());
    settings.setFilters(m_codeList->kindFilter(), m_codeList->classFilter());
    settings.setLastPlace(currentPlace().toString());
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(actions(), this);
    dialog.exec();
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
