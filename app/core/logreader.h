#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace SmtpCodes::Core {

/// One delivery attempt that an MTA's log line records for one recipient.
struct LogDelivery
{
    QString recipient;
    QString action;     ///< "delivered", "delayed" or "failed"
    QString diagnostic; ///< what the line says about it, from the status or error text on
    QString remoteMta;
    QString earlier;    ///< for a line without a code: the last diagnostic with one for the same recipient
    bool local = false; ///< delivered to a local mailbox (a file or folder), so its domain is the server's own
    int line = 0;       ///< 1-based
};

/// Reads per-recipient delivery lines of MTA logs: Postfix and Sendmail ("to=<bob@example.com>, … dsn=5.1.1,
/// status=bounced (…)"), Exim ("** bob@example.com …", "== …", "=> …") and OpenSMTPD ("mta delivery … to=<…> …
/// result=\"PermFail\" stat=\"550 …\"").
///
/// @code
/// LogReader::deliveries(u"… postfix/smtp[1]: 4Bq: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, "
///                       u"dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 …)");
/// // one delivery: bob@example.com, failed
/// @endcode
class LogReader final
{
public:
    /// Whether @p text is mostly MTA log lines.
    static bool isLog(QStringView text);

    static QList<LogDelivery> deliveries(QStringView text);

private:
    static QList<LogDelivery> lines(QStringView text);
};

} // namespace SmtpCodes::Core
