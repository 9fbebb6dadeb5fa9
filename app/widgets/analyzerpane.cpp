#include "analyzerpane.h"

#include "actiontext.h"
#include "rerender.h"
#include "textview.h"

#include <core/analysisdocument.h>
#include <core/analysisrunner.h>
#include <core/languages.h>
#include <core/mailmessage.h>
#include <core/mailsource.h>
#include <core/recipientmodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace SmtpCodes::Widgets {

namespace {

// Text larger than this is analyzed without being shown in the editor, which would take seconds to lay it out.
constexpr qsizetype EditorLimit = 512 * 1024;
// Past analyses kept for Back and Forward.
constexpr int KeptAnalyses = 20;

} // namespace

AnalyzerPane::AnalyzerPane(const Core::Catalog &catalog, const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
    , m_catalog(&catalog)
    , m_analyzer(catalog)
    , m_runner(new Core::AnalysisRunner(catalog, this))
    , m_recipients(new Core::RecipientModel(m_analyzer, this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_input(new QPlainTextEdit(this))
    , m_origin(new QLabel(this))
    , m_analyze(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_copySuppress(new QPushButton(this))
    , m_view(new TextView(this))
{
    setAcceptDrops(true);
    m_input->setObjectName(QStringLiteral("analyzerInput"));
    m_analyze->setObjectName(QStringLiteral("analyzeButton"));
    m_cancel->setObjectName(QStringLiteral("cancelAnalysisButton"));
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_view->setObjectName(QStringLiteral("analysisView"));
    m_origin->setObjectName(QStringLiteral("analysisOrigin"));
    m_filter->setObjectName(QStringLiteral("recipientFilter"));
    m_table->setObjectName(QStringLiteral("recipientTable"));
    m_copySuppress->setObjectName(QStringLiteral("copySuppressButton"));
    m_view->setReadingWidth(110);
    // Bounces, transcripts and logs read left to right whatever the interface language.
    m_input->setLayoutDirection(Qt::LeftToRight);
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setTabChangesFocus(true);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->hide();
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filtered->setSourceModel(m_recipients);
    m_filtered->setSortRole(Qt::UserRole);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_filtered);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Each column as wide as its content (judged on the first rows, so that a folder's thousands stay quick).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_analyze);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_input, 1);
    topLayout->addWidget(m_origin);
    topLayout->addLayout(buttons);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_copySuppress);
    middleLayout->addLayout(tools);
    middleLayout->addWidget(m_table, 1);

    // Three parts the reader can resize: the input, the recipients, the explanation.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("analyzerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(middle);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_analyze, &QPushButton::clicked, this, [this] { analyzeText(m_input->toPlainText()); });
    connect(m_cancel, &QPushButton::clicked, this, &AnalyzerPane::cancel);
    connect(m_view, &TextView::codeActivated, this, [this](const QString &code) {
        if (const qsizetype index = m_catalog->indexOf(code); index >= 0)
            emit entryRequested(index);
    });
    // Text edited by hand is no longer the file it came from.
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingInput && m_records.contains(m_current) && !m_records[m_current].origin.isEmpty()) {
            m_records[m_current].origin.clear();
            render();
        }
    });
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { render(); });
    connect(m_copySuppress, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(addressesToSuppress().join(u'\n')); });
    connect(m_runner, &Core::AnalysisRunner::progressed, m_progress, &QProgressBar::setValue);
    connect(m_runner, &Core::AnalysisRunner::counted, this,
            [this](qsizetype messages) { m_progress->setFormat(tr("%Ln message(s)", "", int(messages))); });
    connect(m_runner, &Core::AnalysisRunner::analyzed, this, [this](const Core::Analysis &analysis) {
        m_results[m_running].append(analysis);
        if (m_current == m_running) {
            m_recipients->append(analysis);
            if (m_results[m_running].size() == 1)
                render();
        }
    });
    connect(m_runner, &Core::AnalysisRunner::finished, this, [this] {
        m_running = 0;
        m_progress->hide();
        m_cancel->hide();
        render();
        emit analysisFinished();
    });

    onRerender(this, [this] {
        m_input->setPlaceholderText(tr("Paste a bounce message, a delivery status notification, an SMTP transcript "
                                       "or mail log lines here, or drop .eml files, mbox files or folders."));
        m_input->setAccessibleName(tr("Text to analyze"));
        m_analyze->setText(tr("&Analyze"));
        m_analyze->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        m_analyze->setToolTip(
            withShortcut(tr("Read every recipient and server reply in the text"), m_analyze->shortcut()));
        m_cancel->setText(tr("&Cancel"));
        m_filter->setPlaceholderText(tr("Filter recipients"));
        m_filter->setAccessibleName(tr("Filter recipients"));
        m_table->setAccessibleName(tr("Recipients"));
        m_copySuppress->setText(tr("Copy Addresses to &Remove"));
        m_copySuppress->setToolTip(tr("Copy the hard-bounced, suppressed and complaining addresses, one per line"));
        m_view->setAccessibleName(tr("Analysis"));
        m_progress->setAccessibleName(tr("Analysis progress"));
        m_recipients->retranslate();
        render();
    });
}

AnalyzerPane::~AnalyzerPane() = default;

void AnalyzerPane::setInput(const QString &text)
{
    const QScopedValueRollback setting(m_settingInput, true);
    if (m_input->toPlainText() != text)
        m_input->setPlainText(text);
}

void AnalyzerPane::begin(const Record &record)
{
    const int id = m_nextId++;
    m_records.insert(id, record);
    m_results.insert(id, {});
    while (m_records.size() > KeptAnalyses) {
        m_results.remove(m_records.firstKey());
        m_records.remove(m_records.firstKey());
    }
    m_running = id;
    m_progress->setValue(0);
    m_progress->setFormat(record.batch ? tr("%Ln message(s)", "", 0) : QStringLiteral("%p%"));
    m_progress->show();
    m_cancel->show();
    emit analysisReady(id);
}

void AnalyzerPane::analyzeText(const QString &text)
{
    const bool tooLong = text.size() > EditorLimit;
    setInput(tooLong ? QString() : text);
    begin({QString(), tooLong ? QString() : text, false});
    if (tooLong)
        m_origin->setText(
            tr("Analyzing %1 of text that is too long to show here.").arg(QLocale().formattedDataSize(text.size())));
    m_runner->analyze(text.toUtf8(), QString());
}

void AnalyzerPane::pasteAndAnalyze()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_origin->setText(tr("The clipboard holds no text to analyze."));
        return;
    }
    analyzeText(text);
}

void AnalyzerPane::analyzePaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QFileInfo info(paths.first());
    if (paths.size() == 1 && info.isFile()) {
        QFile file(paths.first());
        if (!file.open(QIODevice::ReadOnly)) {
            m_origin->setText(tr("Cannot read %1: %2")
                                  .arg(Core::isolateLeftToRight(QDir::toNativeSeparators(paths.first()),
                                                                layoutDirection() == Qt::RightToLeft),
                                       file.errorString()));
            return;
        }
        const QByteArray firstLine = file.peek(1024).split('\n').value(0) + '\n';
        if (!Core::MailSource::isMboxSeparator(firstLine)) {
            const QByteArray input = file.read(Core::Analyzer::MaxInputBytes + 1);
            const bool showable = input.size() <= EditorLimit && !input.contains('\0');
            const QString text = showable ? Core::MailMessage::decode(input) : QString();
            setInput(text);
            begin({paths.first(), text, false});
            m_runner->analyze(input, paths.first());
            return;
        }
    }
    setInput(QString());
    begin({paths.join(QStringLiteral(", ")), QString(), true});
    m_runner->analyzeBatch(paths);
}

void AnalyzerPane::openFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Bounces, Mailboxes or Logs"), QString(),
        tr("Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)"));
    analyzePaths(paths);
}

void AnalyzerPane::openFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Bounces (a Maildir)"));
    if (!path.isEmpty())
        analyzePaths({path});
}

void AnalyzerPane::show(int id)
{
    if (!m_records.contains(id))
        id = 0;
    m_current = id;
    setInput(m_records.value(id).input);
    m_recipients->setAnalyses(m_results.value(id));
    m_filter->clear();
    m_table->setColumnHidden(Core::RecipientModel::Source, !m_records.value(id).batch);
    render();
}

void AnalyzerPane::cancel()
{
    m_runner->cancel();
}

bool AnalyzerPane::isRunning() const
{
    return m_runner->isRunning();
}

QList<Core::Analysis> AnalyzerPane::analyses() const
{
    return m_results.value(m_current);
}

QStringList AnalyzerPane::addressesToSuppress() const
{
    return Core::AnalysisDocument::addressesToSuppress(analyses());
}

Core::Document AnalyzerPane::document() const
{
    const QString language = Core::Languages::current();
    const QList<Core::Analysis> shown = analyses();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const auto [analysis, recipient] = m_recipients->position(m_filtered->mapToSource(current).row());
        if (analysis >= 0 && analysis < shown.size())
            return Core::AnalysisDocument::build(m_analyzer, shown.at(analysis), language, recipient);
    }
    if (shown.size() == 1)
        return Core::AnalysisDocument::build(m_analyzer, shown.first(), language);
    if (m_records.value(m_current).batch)
        return Core::AnalysisDocument::summary(m_analyzer, shown, language);
    Core::Document page;
    page.title = tr("Bounce analyzer");
    page.rightToLeft = Core::isRightToLeftLanguage(language);
    page.blocks.push_back(Core::Document::paragraph(
        tr("Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For "
           "every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every "
           "server reply with its basic and enhanced code.")));
    return page;
}

void AnalyzerPane::render()
{
    const Record record = m_records.value(m_current);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QString origin = Core::isolateLeftToRight(QDir::toNativeSeparators(record.origin), rtl);
    if (!record.origin.isEmpty())
        m_origin->setText(record.batch ? tr("Messages from: %1").arg(origin) : tr("File: %1").arg(origin));
    else if (m_running == 0)
        m_origin->clear();
    const bool hasRecipients = m_recipients->rowCount() > 0;
    m_table->parentWidget()->setVisible(hasRecipients);
    m_copySuppress->setEnabled(!addressesToSuppress().isEmpty());
    m_view->showDocument(document());
}

void AnalyzerPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AnalyzerPane::dropEvent(QDropEvent *event)
{
    if (analyzeDropped(event->mimeData()))
        event->acceptProposedAction();
}

bool AnalyzerPane::analyzeDropped(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty())
        analyzePaths(paths);
    else if (data->hasText())
        analyzeText(data->text());
    else
        return false;
    return true;
}

} // namespace SmtpCodes::Widgets
