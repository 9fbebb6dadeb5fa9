#pragma once

#include <QCoreApplication>
#include <QString>

namespace SmtpCodes::Core {

/// What the sending side should do about a bounce, as the tokens JSON carries ("suppress", "retry"…) and as people
/// read them. A reason decides its verdict (see the catalog's reasons); a delay warning always says "wait".
class Verdicts final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Verdicts)

public:
    /// The verdict as an instruction, in the interface language: "retry" -> "Retry later". @p until is when the
    /// sending server stops retrying, for "wait", if the bounce says so.
    static QString text(const QString &token, const QString &until = {});
};

} // namespace SmtpCodes::Core
