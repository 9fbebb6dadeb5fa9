#include "recipientreader.h"

#include "bouncetext.h"
#include "codesyntax.h"
#include "replyscanner.h"

#include <QHash>
#include <QRegularExpression>

namespace SmtpCodes::Core {

namespace {

bool isFailure(const ScannedReply &reply)
{
    const QChar first =
        !reply.reply.isEmpty() ? reply.reply.front() : (reply.enhanced.isEmpty() ? QChar() : reply.enhanced.front());
    return first == u'4' || first == u'5';
}

/// The reply part of a line that holds one: "550 5.1.1 …" out of "<bob@example.com>: host … said: 550 5.1.1 …".
QString replyPart(const ScannedReply &reply)
{
    if (reply.reply.isEmpty())
        return reply.text;
    const QString &text = reply.text;
    for (qsizetype at = text.indexOf(reply.reply); at >= 0; at = text.indexOf(reply.reply, at + 1)) {
        QChar separator;
        if (CodeSyntax::replyAt(text, at, &separator)) {
            QString part = text.mid(at);
            // Postfix closes the reply with "(in reply to RCPT TO command)", Microsoft with "'".
            static const QRegularExpression tail(QStringLiteral("\\s*\\(in reply to [^)]*\\)\\s*$|'\\s*$"));
            return part.remove(tail).trimmed();
        }
    }
    return text;
}

/// The first failing reply in @p text, else the first reply; nothing when there is none.
std::optional<ScannedReply> decisiveReply(const QString &text)
{
    const QList<ScannedReply> replies = ReplyScanner::scan(text);
    for (const ScannedReply &reply : replies) {
        if (isFailure(reply))
            return reply;
    }
    if (!replies.isEmpty())
        return replies.first();
    return std::nullopt;
}

/// Reads codes, the reply and the command out of @p context (what the bounce says about one recipient).
void readDiagnostic(RecipientResult &recipient, const QString &context)
{
    if (const std::optional<ScannedReply> reply = decisiveReply(context)) {
        if (recipient.reply.isEmpty())
            recipient.reply = reply->reply;
        // A DSN's generic "Status: 5.0.0" gives way to the reply's own, more exact code.
        if (!reply->enhanced.isEmpty() && (recipient.enhanced.isEmpty() || recipient.enhanced.endsWith(u".0.0")))
            recipient.enhanced = reply->enhanced;
        if (recipient.diagnostic.isEmpty())
            recipient.diagnostic = replyPart(*reply);
        if (recipient.command.isEmpty())
            recipient.command = reply->command;
    }
    if (recipient.diagnostic.isEmpty())
        recipient.diagnostic = context.simplified().left(2000);
    if (recipient.command.isEmpty())
        recipient.command = BounceText::command(context);
    if (recipient.remoteMta.isEmpty())
        recipient.remoteMta = BounceText::remoteMta(context);
}

RecipientResult recipientOf(const QString &address, const QString &reason = {})
{
    RecipientResult recipient;
    recipient.recipient = address;
    recipient.reason = reason;
    return recipient;
}

QString bareAddress(QString text)
{
    const QStringList found = BounceText::addresses(text);
    return found.isEmpty() ? text.trimmed() : found.first();
}

/// The first line of @p text that is the field @p name ("Subject: …"), its value decoded.
QString headerField(const QString &text, const QString &name)
{
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(start, end - start);
        if (line.size() > name.size() && line.at(name.size()) == u':' && line.startsWith(name, Qt::CaseInsensitive)) {
            return MailMessage::decodeHeader(line.mid(name.size() + 1).trimmed().toUtf8());
        }
        start = end + 1;
    }
    return {};
}

/// A multi-line reply as one line of words, for matching phrases: "550-5.7.26 This mail …\n550-5.7.26 Gmail
/// requires …" -> "550-5.7.26 This mail … Gmail requires …".
QString flat(const QString &diagnostic)
{
    static const QRegularExpression continuation(
        QStringLiteral("\\n\\s*(?:<<<|<--|<-|S:)?\\s*(?:[2-5][0-5][0-9][- ](?:[245]\\.[0-9]{1,3}\\.[0-9]{1,3}\\s)?)?"));
    return QString(diagnostic).replace(continuation, QStringLiteral(" ")).simplified();
}

QString reportingMtaOf(const MailMessage &message)
{
    const QString from = message.header(QStringLiteral("from"));
    static const QRegularExpression daemon(QStringLiteral("(?:mailer-daemon|postmaster)@([\\w.-]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = daemon.match(from); match.hasMatch())
        return match.captured(1).toLower();
    static const QRegularExpression by(QStringLiteral("\\bby\\s+([\\w.-]+\\.[a-z]{2,})"),
                                       QRegularExpression::CaseInsensitiveOption);
    return by.match(message.header(QStringLiteral("received"))).captured(1).toLower();
}

bool autoReply(const MailMessage &message)
{
    const QString submitted = message.header(QStringLiteral("auto-submitted")).toLower();
    if (submitted.startsWith(u"auto-replied"))
        return true;
    if (!message.header(QStringLiteral("x-autoreply")).isEmpty() ||
        !message.header(QStringLiteral("x-autorespond")).isEmpty())
        return true;
    const QString precedence = message.header(QStringLiteral("precedence")).toLower();
    static const QRegularExpression subject(
        QStringLiteral("^(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|"
                       "abwesenheitsnotiz|automatische antwort|réponse automatique|absence|respuesta automática|"
                       "resposta automática|不在|自動応答|自动回复)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return precedence == u"auto_reply" || subject.match(message.header(QStringLiteral("subject"))).hasMatch();
}

} // namespace

BounceParts BounceParts::of(const MailMessage &message)
{
    BounceParts parts;
    for (const MailPart &part : message.parts) {
        if (part.role == MailPart::Role::DeliveryStatus) {
            const DeliveryStatus parsed = DeliveryStatus::parse(part.text);
            if (parts.dsn.reportingMta.isEmpty())
                parts.dsn.reportingMta = parsed.reportingMta;
            parts.dsn.recipients += parsed.recipients;
            parts.dsnText += part.text + u'\n';
        } else if (part.role == MailPart::Role::FeedbackReport) {
            parts.feedbackText += part.text + u'\n';
        } else {
            const QString text = BounceText::ownText(part.text);
            parts.own += text + u'\n';
            // A returned original quoted inline still says which message it was.
            const QString quoted = part.text.mid(text.size());
            if (parts.messageId.isEmpty())
                parts.messageId = headerField(quoted, QStringLiteral("Message-ID"));
            if (parts.subject.isEmpty())
                parts.subject = headerField(quoted, QStringLiteral("Subject"));
        }
    }
    if (!message.returnedMessageId.isEmpty())
        parts.messageId = message.returnedMessageId;
    if (!message.returnedSubject.isEmpty())
        parts.subject = message.returnedSubject;
    // A pasted delivery report without MIME around it.
    if (!message.isMessage && parts.dsn.recipients.isEmpty() &&
        parts.own.contains(u"Final-Recipient:", Qt::CaseInsensitive))
        parts.dsn = DeliveryStatus::parse(parts.own);
    return parts;
}

QString RecipientReader::replyText(const ScannedReply &reply)
{
    return replyPart(reply);
}

QString RecipientReader::replyText(const QString &text, const QString &reply)
{
    ScannedReply scanned;
    scanned.text = text;
    scanned.reply = reply;
    return replyPart(scanned);
}

QString RecipientReader::flatText(const QString &diagnostic)
{
    return flat(diagnostic);
}

QString RecipientReader::header(const QString &text, const QString &name)
{
    return headerField(text, name);
}

bool RecipientReader::isAutoReply(const MailMessage &message)
{
    return autoReply(message) &&
           !BounceText::isBounceSubject(message.header(QStringLiteral("subject")),
                                        message.header(QStringLiteral("from"))) &&
           message.header(QStringLiteral("x-failed-recipients")).isEmpty();
}

QString RecipientReader::reportingMta(const MailMessage &message, const BounceParts &parts)
{
    QString reporting = parts.dsn.reportingMta;
    if (reporting.isEmpty())
        reporting = BounceText::reportingMta(parts.feedbackText + parts.own);
    if (reporting.isEmpty())
        reporting = reportingMtaOf(message);
    return reporting.section(u' ', 0, 0);
}

QList<RecipientResult> RecipientReader::fromDeliveryStatus(const DeliveryStatus &dsn, const QString &own)
{
    const QList<TextRecipient> textRecipients = BounceText::recipients(own);
    auto contextOf = [&textRecipients](const QString &address) {
        for (const TextRecipient &candidate : textRecipients) {
            if (candidate.address.compare(address, Qt::CaseInsensitive) == 0)
                return candidate.diagnostic;
        }
        return QString();
    };
    QList<RecipientResult> recipients;
    for (const DeliveryStatusRecipient &entry : dsn.recipients) {
        RecipientResult recipient = recipientOf(entry.finalRecipient);
        recipient.originalRecipient = entry.originalRecipient;
        recipient.action = entry.action;
        recipient.enhanced = entry.status;
        recipient.remoteMta = entry.remoteMta;
        recipient.retryUntil = entry.willRetryUntil;
        const QString context = contextOf(entry.finalRecipient);
        if (!entry.diagnostic.isEmpty()) {
            const std::optional<ScannedReply> reply = decisiveReply(u"Diagnostic-Code: smtp; " + entry.diagnostic);
            recipient.reply = reply ? reply->reply : QString();
            if (reply && !reply->enhanced.isEmpty())
                recipient.enhanced = reply->enhanced;
            recipient.diagnostic = entry.diagnostic;
        }
        readDiagnostic(recipient, context.isEmpty() ? entry.diagnostic : context + u'\n' + entry.diagnostic);
        if (recipient.action.isEmpty())
            recipient.action = recipient.enhanced.startsWith(u'2')   ? QStringLiteral("delivered")
                               : recipient.enhanced.startsWith(u'4') ? QStringLiteral("delayed")
                                                                     : QStringLiteral("failed");
        recipients.append(recipient);
    }
    return recipients;
}

QList<RecipientResult> RecipientReader::fromTranscript(const QString &own)
{
    QList<RecipientResult> recipients;
    QStringList accepted;
    auto action = [](const QString &reply) {
        return reply.startsWith(u'2')   ? QStringLiteral("delivered")
               : reply.startsWith(u'4') ? QStringLiteral("delayed")
                                        : QStringLiteral("failed");
    };
    for (const ScannedReply &reply : ReplyScanner::scan(own)) {
        QStringList addresses;
        if (reply.command == u"RCPT" && !reply.argument.isEmpty()) {
            // An accepted recipient's outcome is the reply to the end of the message data.
            if (reply.reply.startsWith(u'2')) {
                accepted.append(reply.argument);
                continue;
            }
            addresses = {reply.argument};
        } else if (reply.command == u"END-OF-DATA") {
            addresses = std::exchange(accepted, {});
        }
        for (const QString &address : std::as_const(addresses)) {
            RecipientResult recipient = recipientOf(address);
            recipient.action = action(reply.reply);
            recipient.command = reply.command;
            recipient.line = reply.line;
            readDiagnostic(recipient, reply.text);
            recipients.append(recipient);
        }
    }
    return recipients;
}

QList<RecipientResult> RecipientReader::fromLog(const QList<LogDelivery> &deliveries,
                                                const ReasonClassifier &classifier)
{
    QList<RecipientResult> recipients;
    recipients.reserve(deliveries.size());
    // A log repeats the same diagnostics: each distinct one is read once.
    QHash<QString, RecipientResult> read;
    for (const LogDelivery &delivery : deliveries) {
        auto known = read.constFind(delivery.diagnostic + u'\x1f' + delivery.remoteMta);
        if (known == read.cend()) {
            RecipientResult reading;
            reading.remoteMta = delivery.remoteMta;
            readDiagnostic(reading, delivery.diagnostic);
            known = read.insert(delivery.diagnostic + u'\x1f' + delivery.remoteMta, reading);
        }
        RecipientResult recipient = *known;
        recipient.recipient = delivery.recipient;
        recipient.action = delivery.action;
        recipient.line = delivery.line;
        if (!delivery.earlier.isEmpty() && recipient.action == u"delayed") {
            const ReasonClassifier::Verdict verdict =
                classifier.classify(flat(delivery.earlier), {}, CodeSyntax::enhancedAt(delivery.earlier, 0));
            recipient.reason = verdict.reason;
            recipient.evidence = verdict.evidence;
        }
        recipients.append(std::move(recipient));
    }
    return recipients;
}

QList<RecipientResult> RecipientReader::fromText(const MailMessage &message, const QString &own, bool failed,
                                                 const ReasonClassifier &classifier)
{
    QList<RecipientResult> recipients;
    for (const TextRecipient &found : BounceText::recipients(own)) {
        RecipientResult recipient = recipientOf(found.address);
        recipient.line = found.line;
        readDiagnostic(recipient, found.diagnostic);
        if (recipient.reply.isEmpty() && recipient.enhanced.isEmpty() &&
            classifier.classify(found.diagnostic, {}, {}).reason == u"onhold")
            continue; // an address the text only mentions
        recipients.append(recipient);
    }
    // A bounce that names its recipient only in a sentence, or in a header.
    if (recipients.isEmpty() && (message.isMessage || failed)) {
        QString address = message.header(QStringLiteral("x-failed-recipients")).section(u',', 0, 0).trimmed();
        const QString sender = bareAddress(message.header(QStringLiteral("to")));
        for (const QString &candidate : BounceText::addresses(own)) {
            if (address.isEmpty() && candidate.compare(sender, Qt::CaseInsensitive) != 0 &&
                !BounceText::isServiceAddress(candidate))
                address = candidate;
        }
        if (address.isEmpty())
            address = bareAddress(message.returnedTo);
        if (!address.isEmpty() || failed) {
            RecipientResult recipient = recipientOf(address);
            readDiagnostic(recipient, own.trimmed());
            recipients.append(recipient);
        }
    }
    return recipients;
}

RecipientResult RecipientReader::named(const QString &address, const QString &reason)
{
    return recipientOf(bareAddress(address), reason);
}

} // namespace SmtpCodes::Core
