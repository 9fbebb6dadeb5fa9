#include "analyzerpane.h"

#include "textview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace SmtpCodes::Widgets {

namespace {

// Text larger than this is analyzed without being shown in the editor, which would take seconds to lay it out.
constexpr qsizetype EditorLimit = 512 * 1024;

} // namespace

AnalyzerPane::AnalyzerPane(const Core::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(&catalog)
    , m_input(new QPlainTextEdit(this))
    , m_origin(new QLabel(this))
    , m_analyze(new QPushButton(this))
    , m_buttons(new QHBoxLayout)
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_view(new TextView(this))
{
    m_input->setObjectName(QStringLiteral("analyzerInput"));
    m_analyze->setObjectName(QStringLiteral("analyzeButton"));
    m_cancel->setObjectName(QStringLiteral("cancelAnalysisButton"));
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_view->setObjectName(QStringLiteral("analysisView"));
    m_origin->setObjectName(QStringLiteral("analysisOrigin"));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setTabChangesFocus(true);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->hide();
    m_origin->setWordWrap(true);

    m_buttons->addWidget(m_analyze);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_progress, 1);
    m_buttons->addWidget(m_cancel);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_input, 1);
    topLayout->addWidget(m_origin);
    topLayout->addLayout(m_buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("analyzerSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_analyze, &QPushButton::clicked, this, [this] { analyzeText(m_input->toPlainText()); });
    connect(m_cancel, &QPushButton::clicked, this, &AnalyzerPane::cancel);
    connect(m_view, &TextView::codeActivated, this, &AnalyzerPane::codeActivated);

    retranslateUi();
    render();
}

AnalyzerPane::~AnalyzerPane()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
    // Threads whose finished signal has not been delivered yet are not deleted later any more: delete them now.
    qDeleteAll(m_threads);
}

void AnalyzerPane::retranslateUi()
{
    m_input->setPlaceholderText(
        tr("Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here."));
    m_input->setAccessibleName(tr("Text to analyze"));
    m_analyze->setText(tr("&Analyze"));
    m_analyze->setToolTip(tr("Find and explain every server reply in the text (Ctrl+Return)"));
    m_analyze->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel->setText(tr("&Cancel"));
    m_view->setAccessibleName(tr("Analysis"));
    m_progress->setAccessibleName(tr("Analysis progress"));
}

void AnalyzerPane::addActionButtons(const QList<QAction *> &actions)
{
    int position = m_buttons->indexOf(m_analyze) + 1;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->insertWidget(position++, button);
    }
}

void AnalyzerPane::changeEvent(QEvent *event)
{
    // The page itself was already rendered again by setLanguage(), which the window calls with the new language.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnalyzerPane::setLanguage(const QString &language)
{
    m_language = language;
    render();
}

void AnalyzerPane::analyzeText(const QString &text)
{
    if (text.size() > EditorLimit) {
        m_input->clear();
        start(text.toUtf8(),
              tr("Analyzing %1 of text that is too long to show here.").arg(QLocale().formattedDataSize(text.size())));
        return;
    }
    if (m_input->toPlainText() != text)
        m_input->setPlainText(text);
    start(text.toUtf8(), QString());
}

void AnalyzerPane::pasteAndAnalyze()
{
    const QString text = QApplication::clipboard()->text();
    if (text.isEmpty()) {
        m_origin->setText(tr("The clipboard holds no text to analyze."));
        return;
    }
    analyzeText(text);
}

bool AnalyzerPane::analyzeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_origin->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray input = file.read(Core::Analyzer::MaxInputBytes + 1);
    if (input.size() <= EditorLimit && !input.contains('\0'))
        m_input->setPlainText(QString::fromUtf8(input));
    else
        m_input->clear();
    start(input, tr("File: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AnalyzerPane::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Bounce or Log"), QString(),
                                                      tr("Mail and logs (*.eml *.txt *.log *.msg);;All files (*)"));
    if (!path.isEmpty())
        analyzeFile(path);
}

void AnalyzerPane::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void AnalyzerPane::start(const QByteArray &input, const QString &origin)
{
    cancel();
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = flag;
    const int generation = ++m_generation;
    m_running = true;
    m_origin->setText(origin);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();

    const Core::Catalog *catalog = m_catalog;
    QThread *thread = QThread::create([this, catalog, input, flag, generation] {
        const Core::Analyzer analyzer(*catalog);
        const Core::Analyzer::Result result = analyzer.analyze(input, flag.get(), [this, generation](int percent) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, percent] {
                    if (generation == m_generation)
                        m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this, [this, generation, result] { finish(generation, result); }, Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void AnalyzerPane::finish(int generation, const Core::Analyzer::Result &result)
{
    if (generation != m_generation)
        return; // a newer analysis replaced this one
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    m_result = result;
    m_hasResult = true;
    render();
    emit analysisFinished();
}

Core::Document AnalyzerPane::document() const
{
    if (m_hasResult)
        return Core::Analyzer(*m_catalog).document(m_result, m_language);
    Core::Document page;
    page.title = tr("Bounce analyzer");
    page.rightToLeft = Core::isRightToLeftLanguage(m_language);
    page.blocks.push_back(Core::Document::paragraph(
        tr("Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. "
           "Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.")));
    return page;
}

void AnalyzerPane::render()
{
    m_view->showDocument(document());
}

} // namespace SmtpCodes::Widgets
