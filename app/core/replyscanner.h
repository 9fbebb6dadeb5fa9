#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <atomic>
#include <functional>

namespace SmtpCodes::Core {

/// One server reply found in text.
struct ScannedReply
{
    int line = 0;     ///< 1-based number of the reply's first line in the scanned text
    QString text;     ///< the reply as it stands; lines of a multi-line reply joined by '\n'
    QString reply;    ///< "550", or empty when only an enhanced code was found (DSN "Status:", "dsn=")
    QString enhanced; ///< "5.1.1", or empty
    QString command;  ///< in a transcript: the client command it answers ("RCPT", "DATA", "END-OF-DATA")
    QString argument; ///< in a transcript: the address of that MAIL or RCPT command
};

/// Finds every SMTP server reply in text: bounce text, a delivery status notification (RFC 3464), an SMTP
/// transcript (S:/C:, swaks' <- and ->, or a plain session) or MTA log lines (Postfix, Exim, Sendmail, OpenSMTPD).
///
/// Only what stands where a reply stands is taken: at the start of a line, or after "said:", "Diagnostic-Code:",
/// "returned '"… Dates, times, addresses, ports, sizes, queue ids and version numbers are never taken for codes.
/// Outside transcripts, an indented line continues the line before it (Postfix wraps "said: 554" and "5.7.1 …").
/// @code
/// ReplyScanner::scan(u"host mx.example.com said: 550 5.1.1 <a@example.com>: User unknown").first().enhanced;
/// // "5.1.1"
/// @endcode
class ReplyScanner final
{
public:
    /// Reports progress as the share of the text done, 0 to 100.
    using Progress = std::function<void(int percent)>;

    /// Whether @p text is an SMTP session: client commands on lines of their own, or a server greeting first.
    static bool isTranscript(QStringView text);

    /// Every reply in @p text, in order. Returns early (what was found so far) when @p cancel becomes true.
    static QList<ScannedReply> scan(QStringView text, const std::atomic_bool *cancel = nullptr,
                                    const Progress &progress = {});
};

} // namespace SmtpCodes::Core
