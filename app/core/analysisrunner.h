#pragma once

#include "analysis.h"
#include "catalog.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace SmtpCodes::Core {

/// Runs analyses off the calling thread: one pasted or opened message, or a batch of files, folders and mailboxes.
/// Reports progress and results as signals on the object's own thread; a newer run, cancel() or the runner's end
/// stop the older one, whose results are then never reported.
class AnalysisRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisRunner)

public:
    /// @p catalog must outlive the runner.
    explicit AnalysisRunner(const Catalog &catalog, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    /// Analyzes one message or text, @p input; @p source names it (a file, or empty).
    void analyze(const QByteArray &input, const QString &source);

    /// Analyzes every message of @p paths (see MailSource).
    void analyzeBatch(const QStringList &paths);

    void cancel();
    bool isRunning() const { return m_running; }

signals:
    /// The share of a single message done, 0 to 100.
    void progressed(int percent);
    /// How many messages of a batch are done.
    void counted(qsizetype messages);
    /// One message's analysis (a batch reports each, in order).
    void analyzed(const SmtpCodes::Core::Analysis &analysis);
    /// The run ended, finished or not.
    void finished(bool cancelled);

private:
    template <typename Work> void start(Work work);

    const Catalog *m_catalog;
    bool m_running = false;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QThread *> m_threads;
};

} // namespace SmtpCodes::Core
