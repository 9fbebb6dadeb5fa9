#pragma once

#include "analysis.h"
#include "catalog.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace SmtpCodes::Core {

/// Analyzes many messages (files, folders, Maildirs, mbox files; see MailSource) on every core, and hands the
/// results back in input order on the calling thread, as they become ready. At most a few messages per core are
/// in memory at once, whatever the size of the input.
///
/// @code
/// AnalysisBatch::run(catalog, {"Maildir/"}, [](const Analysis &analysis) { print(analysis); });
/// @endcode
class AnalysisBatch final
{
public:
    using Output = std::function<void(const Analysis &analysis)>;

    /// Analyzes @p paths with @p threads workers (0: one per core). Stops early when @p cancel becomes true.
    /// Returns how many messages were read.
    static qsizetype run(const Catalog &catalog, const QStringList &paths, const Output &output,
                         const std::atomic_bool *cancel = nullptr, int threads = 0);
};

} // namespace SmtpCodes::Core
