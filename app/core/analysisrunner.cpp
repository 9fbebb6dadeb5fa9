#include "analysisrunner.h"

#include "analysisbatch.h"
#include "analyzer.h"

#include <QThread>

namespace SmtpCodes::Core {

AnalysisRunner::AnalysisRunner(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(&catalog)
{
}

AnalysisRunner::~AnalysisRunner()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
    // Threads whose finished signal has not been delivered yet are not deleted later any more: delete them now.
    qDeleteAll(m_threads);
}

void AnalysisRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

template <typename Work> void AnalysisRunner::start(Work work)
{
    cancel();
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    const int generation = ++m_generation;
    m_running = true;
    // Everything the thread reports goes through here, on this object's thread, and only while it is current.
    auto report = [this, generation](auto deliver) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, deliver] {
                if (generation == m_generation)
                    deliver();
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([work, flag, report, this, generation] {
        work(flag.get(), report);
        report([this, flag, generation] {
            Q_UNUSED(generation)
            m_running = false;
            emit finished(flag->load());
        });
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void AnalysisRunner::analyze(const QByteArray &input, const QString &source)
{
    const Catalog *catalog = m_catalog;
    start([this, catalog, input, source](const std::atomic_bool *cancel, auto report) {
        const Analyzer analyzer(*catalog);
        Analysis analysis = analyzer.analyze(
            input, cancel, [this, report](int percent) { report([this, percent] { emit progressed(percent); }); });
        analysis.source = source;
        if (!cancel->load())
            report([this, analysis] { emit analyzed(analysis); });
    });
}

void AnalysisRunner::analyzeBatch(const QStringList &paths)
{
    const Catalog *catalog = m_catalog;
    start([this, catalog, paths](const std::atomic_bool *cancel, auto report) {
        qsizetype done = 0;
        AnalysisBatch::run(
            *catalog, paths,
            [&](const Analysis &analysis, const QByteArray &) {
                ++done;
                report([this, analysis, done] {
                    emit analyzed(analysis);
                    emit counted(done);
                });
            },
            cancel);
    });
}

} // namespace SmtpCodes::Core
