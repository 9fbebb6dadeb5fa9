#pragma once

#include "analysis.h"
#include "catalog.h"

#include <QByteArray>
#include <QStringList>

#include <atomic>
#include <functional>

namespace SmtpCodes::Core {

class Analyzer;

/// Analyzes many messages (files, folders, Maildirs, mbox files; see MailSource) on every core, and hands the
/// results back in input order on the calling thread, as they become ready. At most a few messages per core are
/// in memory at once, whatever the size of the input.
///
/// @code
/// AnalysisBatch::run(catalog, {"Maildir/"}, [](const Analysis &analysis, const QByteArray &) { print(analysis); });
/// @endcode
class AnalysisBatch final
{
public:
    /// Receives each analysis, in input order, with what @p render made of it (empty without one).
    using Output = std::function<void(const Analysis &analysis, const QByteArray &rendered)>;
    /// Turns an analysis into output (JSON, text) on the worker that made it, with that worker's analyzer.
    using Render = std::function<QByteArray(const Analyzer &analyzer, const Analysis &analysis)>;

    /// Analyzes @p paths with @p threads workers (0: one per core). Stops early when @p cancel becomes true.
    /// Returns how many messages were read.
    static qsizetype run(const Catalog &catalog, const QStringList &paths, const Output &output,
                         const std::atomic_bool *cancel = nullptr, int threads = 0, const Render &render = {});
};

} // namespace SmtpCodes::Core
