#pragma once

#include <QList>
#include <QString>

namespace SmtpCodes::Core {

/// What a message is, as the analyzer reads it.
enum class MessageKind
{
    Dsn,        ///< a bounce with a delivery status part (RFC 3464)
    Bounce,     ///< a bounce without one
    Delay,      ///< a warning that delivery is only delayed
    AutoReply,  ///< an automatic reply, such as out of office (RFC 3834)
    Feedback,   ///< a complaint report (RFC 5965)
    Transcript, ///< an SMTP session
    Log,        ///< MTA log lines
    Text,       ///< anything else: a paste of a reply or of a bounce's text
};

/// One server reply found in the input, explained.
struct Finding
{
    int line = 0;            ///< 1-based line where the reply starts (in the decoded text of the message's own parts)
    QString text;            ///< the reply as it stands; lines of a multi-line reply joined by '\n'
    QString reply;           ///< "550", or empty when only an enhanced code was found (a DSN "Status:", a log's "dsn=")
    QString enhanced;        ///< "5.1.1", or empty
    QString provider;        ///< provider id, when the reply makes it plain, else empty
    qsizetype response = -1; ///< the catalog index of the provider reply it is, or -1
    QString reason;          ///< reason token
    QString verdict;         ///< verdict token
};

/// The outcome for one recipient of a message.
struct RecipientResult
{
    QString recipient;
    QString originalRecipient;
    QString action;     ///< "failed", "delayed", "delivered", "relayed", "expanded"; empty where none applies
    QString reply;      ///< "550" or empty
    QString enhanced;   ///< "5.1.1" or empty
    QString command;    ///< the command the reply answered: "CONNECT", "EHLO", "MAIL", "RCPT", "DATA", "END-OF-DATA"…
    QString remoteMta;  ///< the server that replied
    QString diagnostic; ///< the server's whole reply as it wrote it, continuation and wrapped lines joined
    QString reason;     ///< reason token
    QString evidence;   ///< the phrase, tag or code that decided the reason
    bool hardBounce = false;
    QString verdict;         ///< verdict token
    QString provider;        ///< provider id, or empty
    qsizetype response = -1; ///< the catalog index of the provider reply it is, or -1
    QString retryUntil;      ///< when the sending server stops retrying, as the bounce writes it
    int line = 0;            ///< 1-based line of the reply or of the address
};

/// Everything the analyzer says about one message or pasted text.
struct Analysis
{
    enum class Problem
    {
        None,
        TooLarge,
        Binary,
        Empty,
        Cancelled,
        Unreadable, ///< a file or folder could not be read
    };

    QString source; ///< the file, "FILE#3" for the third message of an mbox, empty for pasted text
    MessageKind kind = MessageKind::Text;
    QString reportingMta;
    QString messageId; ///< of the returned original
    QString subject;   ///< of the returned original
    QList<RecipientResult> recipients;
    QList<Finding> findings;
    Problem problem = Problem::None;
    QString message; ///< what is wrong with the input, for the user; empty when nothing is
};

} // namespace SmtpCodes::Core
