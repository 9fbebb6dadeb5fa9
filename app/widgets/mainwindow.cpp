#include "mainwindow.h"

#include "analyzerpane.h"
#include "appsettings.h"
#include "codelist.h"
#include "colorscheme.h"
#include "comparisonview.h"
#include "detailpanel.h"
#include "documentoutput.h"
#include "languagemenu.h"
#include "navigator.h"
#include "rerender.h"
#include "shortcutsdialog.h"

#include <core/languages.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace SmtpCodes::Widgets {

using Core::Place;

MainWindow::MainWindow(const Core::Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(&catalog)
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createActions();
    m_codeList = new CodeList(catalog, m_findAction, this);
    m_navigator =
        new Navigator(catalog, {m_swapAction, {m_pasteAnalyzeAction, m_openAction, m_openFolderAction}}, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_codeList);
    m_splitter->addWidget(m_navigator->pages());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 740});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    createMenus();

    connect(m_codeList, &CodeList::entryChosen, this,
            [this](qsizetype index) { m_navigator->go(Place::ofEntry(index)); });
    connect(m_codeList, &CodeList::lookupRequested, this,
            [this](const QString &text) { m_navigator->go(Place::ofLookup(text)); });
    connect(m_codeList, &CodeList::compareRequested, this, &MainWindow::startComparison);
    connect(m_navigator, &Navigator::placeChanged, this, &MainWindow::placeChanged);
    // The mouse's back and forward buttons work anywhere in the window.
    qApp->installEventFilter(this);

    onRerender(this, [this] { retranslate(); });
    setLocale(Core::Languages::locale(Core::Languages::current()));
    resize(1100, 720);
    placeChanged(m_navigator->current());
    m_codeList->searchField()->setFocus();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

DetailPanel *MainWindow::detailPanel() const
{
    return m_navigator->detailPanel();
}

ComparisonView *MainWindow::comparisonView()
{
    return m_navigator->comparisonView();
}

AnalyzerPane *MainWindow::analyzerPane()
{
    return m_navigator->analyzerPane();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_navigator->hasAnalyzerPane())
        m_navigator->analyzerPane()->cancel();
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
            button == Qt::BackButton ? m_navigator->back() : m_navigator->forward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (analyzerPane()->analyzeDropped(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::placeChanged(const Place &place)
{
    // The window system adds the program's name to the title; the title says only where the reader is.
    setWindowTitle(place.kind == Place::Kind::None ? QString()
                                                   : Core::withoutBidiControls(m_navigator->document().title));
    m_backAction->setEnabled(m_navigator->canGoBack());
    m_forwardAction->setEnabled(m_navigator->canGoForward());
    m_swapAction->setEnabled(place.kind == Place::Kind::Comparison && place.entry >= 0 && place.other >= 0);
    const qsizetype last = m_navigator->lastEntry();
    m_detailAction->setEnabled(last >= 0 && !(place.kind == Place::Kind::Entry && place.entry == last));
    m_codeList->follow(place);
}

void MainWindow::showAnalyzer()
{
    AnalyzerPane *pane = analyzerPane();
    m_navigator->go(Place::ofAnalysis(pane->current()));
    pane->findChild<QWidget *>(QStringLiteral("analyzerInput"))->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showCode(const QString &text)
{
    const QList<qsizetype> found = m_catalog->lookup(text);
    if (found.size() == 1) {
        m_navigator->go(Place::ofEntry(found.first()));
    } else if (found.size() > 1) {
        m_navigator->go(Place::ofLookup(text.trimmed()));
    } else {
        m_navigator->go(Place::ofUnknown(text));
        statusBar()->showMessage(
            tr("Unknown code %1; the nearest codes are listed instead.").arg(Core::shortened(text)), 8000);
    }
}

bool MainWindow::compare(const QString &first, const QString &second)
{
    QList<qsizetype> sides;
    for (const QString &code : {first, second}) {
        const QList<qsizetype> found = m_catalog->lookup(code);
        if (found.isEmpty()) {
            showCode(code);
            return false;
        }
        sides.append(found.first());
    }
    m_navigator->go(Place::ofComparison(sides.at(0), sides.at(1)));
    return true;
}

void MainWindow::startComparison(qsizetype entry)
{
    if (entry < 0) {
        m_navigator->go(Place::ofComparison(-1, -1));
        return;
    }
    // Start from the first related code: the pair most people want to tell apart.
    const QStringList related = m_catalog->at(entry).related;
    const qsizetype other = related.isEmpty() ? -1 : m_catalog->indexOf(related.first());
    m_navigator->go(Place::ofComparison(entry, other));
    comparisonView()->focusSecondPicker();
}

void MainWindow::copyCurrent(bool markdown)
{
    DocumentOutput::copy(m_navigator->document(), markdown);
    statusBar()->showMessage(markdown ? tr("Copied as Markdown.") : tr("Copied as text."), 4000);
}

bool MainWindow::exportPdf(const QString &path)
{
    QString error;
    if (!DocumentOutput::exportPdf(m_navigator->document(), path, &error)) {
        statusBar()->showMessage(tr("Cannot write %1: %2").arg(path, error), 10000);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(path), 6000);
    return true;
}

void MainWindow::askExportPdf()
{
    QString place = m_navigator->current().toString(*m_catalog);
    for (QChar separator : {u':', u',', u' '})
        place.replace(separator, u'-');
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
        m_languageMenu->setCurrent(Core::Languages::current());
        statusBar()->showMessage(error, 10000);
        return false;
    }
    setLocale(Core::Languages::locale(code));
    m_languageMenu->setCurrent(code);
    if (remember)
        AppSettings().setLanguage(code);
    // A missing or damaged catalog text shows English, and says so.
    if (const QString problem = m_catalog->translationProblem(code); !problem.isEmpty())
        statusBar()->showMessage(tr("The reference is shown in English: %1").arg(problem), 10000);
    return true;
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
    if (restorePlace)
        m_navigator->go(Place::fromString(*m_catalog, settings.lastPlace()));
}

void MainWindow::saveSession(AppSettings &settings) const
{
    settings.setWindowLayout(saveGeometry(), saveState(), m_splitter->saveState());
    settings.setFilters(m_codeList->kindFilter(), m_codeList->classFilter());
    settings.setLastPlace(m_navigator->current().toString(*m_catalog));
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
        tr("<h3>SMTP Codes %1</h3><p>An offline reference of SMTP reply codes, enhanced status codes and what mail "
           "providers mean by them, with a bounce reader.</p><p>Facts come from RFC 5321, RFC 3463, the IANA SMTP "
           "Enhanced Status Codes registry, the RFCs they cite, mail servers' sources and providers' own "
           "documentation; every explanation is written for this program.</p><p>Licensed under the GNU GPL, "
           "version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace SmtpCodes::Widgets
