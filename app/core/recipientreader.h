#pragma once

#include "analysis.h"
#include "deliverystatus.h"
#include "logreader.h"
#include "mailmessage.h"
#include "reasonclassifier.h"

namespace SmtpCodes::Core {

struct ScannedReply;

/// A message's parts sorted for reading: its own text (the returned original cut away), its delivery status and
/// feedback parts, and what it says of the returned original.
struct BounceParts
{
    QString own;
    QString dsnText;
    QString feedbackText;
    DeliveryStatus dsn;
    QString messageId; ///< of the returned original
    QString subject;   ///< of the returned original

    static BounceParts of(const MailMessage &message);
};

/// Who a message names as recipients and what it says about each, from the most exact source it has: a delivery
/// status part, a transcript's RCPT commands, a log's delivery lines, or a bounce's own words. The reasons are
/// decided afterwards (Analyzer::explain), except where a log's later line only refers to an earlier one.
class RecipientReader final
{
public:
    static QList<RecipientResult> fromDeliveryStatus(const DeliveryStatus &dsn, const QString &own);
    static QList<RecipientResult> fromTranscript(const QString &own);
    static QList<RecipientResult> fromLog(const QList<LogDelivery> &deliveries, const ReasonClassifier &classifier);
    /// @p failed: the text holds a failing reply, so a recipient it names only in a sentence is looked for.
    static QList<RecipientResult> fromText(const MailMessage &message, const QString &own, bool failed,
                                           const ReasonClassifier &classifier);

    /// A recipient named by an address field ("Ann <ann@example.com>") with its reason already known.
    static RecipientResult named(const QString &address, const QString &reason);

    /// Whether @p message is an automatic reply (RFC 3834 Auto-Submitted, X-Autoreply, out-of-office subjects) and
    /// not a bounce.
    static bool isAutoReply(const MailMessage &message);

    /// The host that wrote the bounce: the DSN's Reporting-MTA, the host its text names, the domain of its
    /// MAILER-DAEMON sender, the host that received it.
    static QString reportingMta(const MailMessage &message, const BounceParts &parts);

    /// The reply part of a scanned line: "550 5.1.1 …" out of "<bob@example.com>: host … said: 550 5.1.1 …".
    static QString replyText(const ScannedReply &reply);
    static QString replyText(const QString &text, const QString &reply);

    /// A multi-line reply as one line of words, for matching phrases.
    static QString flatText(const QString &diagnostic);

    /// The value of header field @p name written in @p text (a quoted original, a feedback report), decoded.
    static QString header(const QString &text, const QString &name);
};

} // namespace SmtpCodes::Core
