#pragma once

#include <QList>
#include <QString>

namespace SmtpCodes::Core {

/// A recipient that the text of a bounce without a delivery status part names, with what it says about it.
struct TextRecipient
{
    QString address;
    QString diagnostic; ///< the lines that explain its failure, joined by '\n'
    int line = 0;       ///< 1-based line of the address in the text
};

/// Reads the human-readable text of bounces as MTAs and providers write it when there is no (or besides a)
/// machine-readable delivery status: Exim ("The following address(es) failed"), Postfix's notification, Sendmail,
/// qmail ("Remote host said:"), Courier, OpenSMTPD, Exchange and Microsoft 365 ("Remote Server returned '…'"),
/// Gmail ("The response from the remote server was:"), Lotus Domino, and templates in other languages.
///
/// @code
/// BounceText::recipients(u"<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown"_s);
/// // {"bob@example.com", "<bob@example.com>: host … said: 550 5.1.1 User unknown", 1}
/// @endcode
class BounceText final
{
public:
    /// @p text without the copy of the returned original that many bounces quote after their own words ("------
    /// This is a copy of the message, including all the headers. ------", "Original message headers:"…).
    static QString ownText(const QString &text);

    /// The recipients @p text names with the lines about each. Addresses the text only mentions (the postmaster's,
    /// links) are not recipients.
    static QList<TextRecipient> recipients(const QString &text);

    /// Whether @p text reads as a warning that delivery is only delayed.
    static bool isDelayWarning(const QString &text);

    /// Whether a message with @p subject, from @p from, reads as a delivery failure report.
    static bool isBounceSubject(const QString &subject, const QString &from);

    /// The client command a failure answered, from the diagnostic's own words ("in reply to RCPT TO command",
    /// "after end of data", "<<< … / >>> MAIL From:"): "RCPT", "MAIL", "DATA", "END-OF-DATA", "CONNECT"…
    static QString command(const QString &diagnostic);

    /// The host that @p text says wrote the bounce: "This is the mail system at host mx.example.net",
    /// "Generating server: EXSRV01.example.org", "<EXSRV2.example.com #5.1.1>"; empty when it names none.
    static QString reportingMta(const QString &text);

    /// The remote server named in a diagnostic: "mx.example.net" out of "host mx.example.net[192.0.2.1] said:".
    static QString remoteMta(const QString &diagnostic);

    /// Whether @p address is a mail system's own (postmaster, MAILER-DAEMON, no-reply), never a recipient.
    static bool isServiceAddress(const QString &address);

    /// The addresses in @p text, in order, once each.
    static QStringList addresses(const QString &text);
};

} // namespace SmtpCodes::Core
