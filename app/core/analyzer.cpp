#include "analyzer.h"

#include "bouncetext.h"
#include "codesyntax.h"
#include "deliverystatus.h"
#include "logreader.h"
#include "mailmessage.h"
#include "replyexplanation.h"
#include "replyscanner.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

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

QString headerField(const QString &text, const QString &name)
{
    const QRegularExpression field(u"^" + QRegularExpression::escape(name) + u":[ \\t]*(.*)$",
                                   QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return MailMessage::decodeHeader(field.match(text).captured(1).trimmed().toUtf8());
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

bool isAutoReply(const MailMessage &message)
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

Analyzer::Analyzer(const Catalog &catalog)
    : m_catalog(&catalog)
    , m_matcher(catalog)
    , m_classifier(catalog)
{
}

QString Analyzer::kindToken(MessageKind kind)
{
    static const char16_t *const tokens[] = {u"dsn",      u"bounce",     u"delay", u"autoreply",
                                             u"feedback", u"transcript", u"log",   u"text"};
    return QString::fromUtf16(tokens[int(kind)]);
}

Analysis Analyzer::analyze(const QByteArray &input, const std::atomic_bool *cancel, const Progress &progress) const
{
    Analysis analysis;
    auto refuse = [&analysis](Analysis::Problem problem, const QString &message) {
        analysis.problem = problem;
        analysis.message = message;
        return analysis;
    };
    if (input.trimmed().isEmpty())
        return refuse(Analysis::Problem::Empty, tr("There is nothing to analyze: the input is empty."));
    if (input.size() > MaxInputBytes)
        return refuse(Analysis::Problem::TooLarge,
                      tr("The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that "
                         "holds the bounce.")
                          .arg(QLocale().toString(double(input.size()) / (1024 * 1024), 'f', 1))
                          .arg(MaxInputBytes / (1024 * 1024)));
    if (input.contains('\0'))
        return refuse(Analysis::Problem::Binary, tr("This is binary data, not text: it holds NUL bytes. Give the "
                                                    "text of a bounce, a delivery report, a transcript or a mail "
                                                    "log."));
    const MailMessage message = MailMessage::read(input);
    readMessage(message, analysis, cancel, progress);
    if (cancel && cancel->load())
        return refuse(Analysis::Problem::Cancelled, tr("The analysis was cancelled."));
    if (message.isMessage)
        numberByInputLines(analysis, input);
    return analysis;
}

void Analyzer::numberByInputLines(Analysis &analysis, const QByteArray &input)
{
    // Where a reply stands as it is in the file (not base64 or quoted-printable), its line is the file's line.
    const QString raw = MailMessage::decode(input);
    const QList<QStringView> lines = QStringView(raw).split(u'\n');
    auto lineOf = [&lines](QStringView text, qsizetype from) -> qsizetype {
        const QStringView needle = text.left(text.indexOf(u'\n')).trimmed().left(60);
        if (needle.size() < 6)
            return -1;
        for (qsizetype i = std::max<qsizetype>(from, 0); i < lines.size(); ++i) {
            if (lines.at(i).contains(needle))
                return i;
        }
        return -1;
    };
    qsizetype from = 0;
    for (Finding &finding : analysis.findings) {
        if (const qsizetype at = lineOf(finding.text, from); at >= 0) {
            finding.line = int(at + 1);
            from = at;
        }
    }
    for (RecipientResult &recipient : analysis.recipients) {
        qsizetype at = lineOf(recipient.diagnostic, 0);
        if (at < 0)
            at = lineOf(recipient.recipient, 0);
        recipient.line = at >= 0 ? int(at + 1) : 0;
    }
}

void Analyzer::readMessage(const MailMessage &message, Analysis &analysis, const std::atomic_bool *cancel,
                           const Progress &progress) const
{
    QString own;
    QString dsnText;
    QString feedbackText;
    DeliveryStatus dsn;
    for (const MailPart &part : message.parts) {
        if (part.role == MailPart::Role::DeliveryStatus) {
            const DeliveryStatus parsed = DeliveryStatus::parse(part.text);
            if (dsn.reportingMta.isEmpty())
                dsn.reportingMta = parsed.reportingMta;
            dsn.recipients += parsed.recipients;
            dsnText += part.text + u'\n';
        } else if (part.role == MailPart::Role::FeedbackReport) {
            feedbackText += part.text + u'\n';
        } else {
            const QString text = BounceText::ownText(part.text);
            own += text + u'\n';
            // A returned original quoted inline still says which message it was.
            const QString quoted = part.text.mid(text.size());
            if (analysis.messageId.isEmpty())
                analysis.messageId = headerField(quoted, QStringLiteral("Message-ID"));
            if (analysis.subject.isEmpty())
                analysis.subject = headerField(quoted, QStringLiteral("Subject"));
        }
    }
    if (!message.returnedMessageId.isEmpty())
        analysis.messageId = message.returnedMessageId;
    if (!message.returnedSubject.isEmpty())
        analysis.subject = message.returnedSubject;

    const bool transcript = !message.isMessage && ReplyScanner::isTranscript(own);
    const bool log = !message.isMessage && !transcript && LogReader::isLog(own);

    // Every reply the input holds; in a message each once, as its text part and its DSN often repeat the same one
    // (a log or a session lists every reply as often as it came).
    const QString analyzed = own + dsnText;
    QSet<QString> seen;
    for (const ScannedReply &reply : ReplyScanner::scan(analyzed, cancel, progress)) {
        const QString key = reply.reply + u'|' + reply.enhanced + u'|' +
                            replyPart(reply).mid(reply.reply.size()).remove(reply.enhanced).simplified().left(40);
        if (!transcript && !log && seen.contains(key))
            continue;
        seen.insert(key);
        Finding finding{reply.line, reply.text, reply.reply, reply.enhanced, {}, -1, {}, {}};
        explain(finding);
        analysis.findings.append(finding);
    }

    // The recipients, from the most exact source there is.
    const QList<TextRecipient> textRecipients = BounceText::recipients(own);
    auto contextOf = [&textRecipients](const QString &address) {
        for (const TextRecipient &candidate : textRecipients) {
            if (candidate.address.compare(address, Qt::CaseInsensitive) == 0)
                return candidate.diagnostic;
        }
        return QString();
    };
    QSet<QString> localDomains; // the reporting server's own domains, where a log shows them
    if (!message.isMessage && dsn.recipients.isEmpty() && own.contains(u"Final-Recipient:", Qt::CaseInsensitive))
        dsn = DeliveryStatus::parse(own);

    if (!feedbackText.isEmpty() || message.reportType == u"feedback-report") {
        analysis.kind = MessageKind::Feedback;
        QString address = headerField(feedbackText, QStringLiteral("Original-Rcpt-To"));
        if (address.isEmpty())
            address = message.returnedTo;
        analysis.recipients.append(recipientOf(bareAddress(address), QStringLiteral("feedback")));
    } else if (message.isMessage && dsn.recipients.isEmpty() && isAutoReply(message) &&
               !BounceText::isBounceSubject(message.header(QStringLiteral("subject")),
                                            message.header(QStringLiteral("from"))) &&
               message.header(QStringLiteral("x-failed-recipients")).isEmpty()) {
        analysis.kind = MessageKind::AutoReply;
        analysis.messageId.clear();
        analysis.subject.clear();
        analysis.recipients.append(
            recipientOf(bareAddress(message.header(QStringLiteral("from"))), QStringLiteral("vacation")));
    } else if (!dsn.recipients.isEmpty()) {
        analysis.kind = message.isMessage ? MessageKind::Dsn : MessageKind::Text;
        for (const DeliveryStatusRecipient &entry : std::as_const(dsn.recipients)) {
            RecipientResult recipient;
            recipient.recipient = entry.finalRecipient;
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
            analysis.recipients.append(recipient);
        }
    } else if (transcript) {
        analysis.kind = MessageKind::Transcript;
        QStringList accepted;
        for (const ScannedReply &reply : ReplyScanner::scan(own)) {
            if (reply.command == u"RCPT" && !reply.argument.isEmpty()) {
                if (reply.reply.startsWith(u'2')) {
                    accepted.append(reply.argument);
                    continue;
                }
                RecipientResult recipient = recipientOf(reply.argument);
                recipient.action = reply.reply.startsWith(u'4') ? QStringLiteral("delayed") : QStringLiteral("failed");
                recipient.command = reply.command;
                recipient.line = reply.line;
                readDiagnostic(recipient, reply.text);
                analysis.recipients.append(recipient);
            } else if (reply.command == u"END-OF-DATA") {
                for (const QString &address : std::as_const(accepted)) {
                    RecipientResult recipient = recipientOf(address);
                    recipient.action = reply.reply.startsWith(u'2')   ? QStringLiteral("delivered")
                                       : reply.reply.startsWith(u'4') ? QStringLiteral("delayed")
                                                                      : QStringLiteral("failed");
                    recipient.command = reply.command;
                    recipient.line = reply.line;
                    readDiagnostic(recipient, reply.text);
                    analysis.recipients.append(recipient);
                }
                accepted.clear();
            }
        }
    } else if (log) {
        analysis.kind = MessageKind::Log;
        const QList<LogDelivery> deliveries = LogReader::deliveries(own);
        for (const LogDelivery &delivery : deliveries) {
            if (delivery.local)
                localDomains.insert(delivery.recipient.section(u'@', 1).toLower());
        }
        for (const LogDelivery &delivery : deliveries) {
            RecipientResult recipient = recipientOf(delivery.recipient);
            recipient.action = delivery.action;
            recipient.remoteMta = delivery.remoteMta;
            recipient.line = delivery.line;
            readDiagnostic(recipient, delivery.diagnostic);
            if (!delivery.earlier.isEmpty() && recipient.action == u"delayed") {
                const ReasonClassifier::Verdict verdict =
                    m_classifier.classify(flat(delivery.earlier), {}, CodeSyntax::enhancedAt(delivery.earlier, 0));
                recipient.reason = verdict.reason;
                recipient.evidence = verdict.evidence;
            }
            analysis.recipients.append(recipient);
        }
    } else {
        const bool bounce = message.isMessage;
        analysis.kind = !bounce                           ? MessageKind::Text
                        : BounceText::isDelayWarning(own) ? MessageKind::Delay
                                                          : MessageKind::Bounce;
        for (const TextRecipient &found : textRecipients) {
            RecipientResult recipient = recipientOf(found.address);
            recipient.line = found.line;
            readDiagnostic(recipient, found.diagnostic);
            if (recipient.reply.isEmpty() && recipient.enhanced.isEmpty() &&
                m_classifier.classify(found.diagnostic, {}, {}).reason == u"onhold")
                continue; // an address the text only mentions
            analysis.recipients.append(recipient);
        }
        const bool failed = std::any_of(analysis.findings.cbegin(), analysis.findings.cend(), [](const Finding &f) {
            return f.reply.startsWith(u'4') || f.reply.startsWith(u'5') || f.enhanced.startsWith(u'4') ||
                   f.enhanced.startsWith(u'5');
        });
        // A bounce that names its recipient only in a sentence, or in a header.
        if (analysis.recipients.isEmpty() && (bounce || failed)) {
            QString address = message.header(QStringLiteral("x-failed-recipients")).section(u',', 0, 0).trimmed();
            const QString sender = bareAddress(message.header(QStringLiteral("to")));
            for (const QString &candidate : BounceText::addresses(own)) {
                if (address.isEmpty() && candidate.compare(sender, Qt::CaseInsensitive) != 0 &&
                    !BounceText::recipients(u'<' + candidate + u">: x").isEmpty())
                    address = candidate;
            }
            if (address.isEmpty())
                address = bareAddress(message.returnedTo);
            if (!address.isEmpty() || failed) {
                RecipientResult recipient = recipientOf(address);
                readDiagnostic(recipient, own.trimmed());
                analysis.recipients.append(recipient);
            }
        }
        for (RecipientResult &recipient : analysis.recipients) {
            if (recipient.action.isEmpty())
                recipient.action = analysis.kind == MessageKind::Delay ? QStringLiteral("delayed")
                                   : recipient.reply.startsWith(u'2')  ? QStringLiteral("delivered")
                                                                       : QStringLiteral("failed");
        }
    }

    if (message.isMessage && analysis.kind != MessageKind::AutoReply) {
        QString reporting = dsn.reportingMta;
        if (reporting.isEmpty())
            reporting = BounceText::reportingMta(feedbackText + own);
        if (reporting.isEmpty())
            reporting = reportingMtaOf(message);
        analysis.reportingMta = reporting.section(u' ', 0, 0);
    }
    for (RecipientResult &recipient : analysis.recipients) {
        explain(recipient);
        // "Unrouteable address" for a domain of the reporting server's own is an unknown user there.
        const QString domain = recipient.recipient.section(u'@', 1).toLower();
        if (recipient.reason == u"hostunknown" && !domain.isEmpty() &&
            recipient.evidence.contains(u"unrouteable", Qt::CaseInsensitive) &&
            (localDomains.contains(domain) || analysis.reportingMta.toLower() == domain ||
             analysis.reportingMta.toLower().endsWith(u'.' + domain)))
            recipient.reason = QStringLiteral("userunknown");
        // Exim says "delivered" of a message it passed to a server without DSN, and "relayed" in its words.
        if (recipient.action == u"delivered" && own.contains(u"relayed to non-DSN-aware mailer", Qt::CaseInsensitive))
            recipient.action = QStringLiteral("relayed");
    }
    if (analysis.kind == MessageKind::Dsn && !analysis.recipients.isEmpty() &&
        std::all_of(analysis.recipients.cbegin(), analysis.recipients.cend(),
                    [](const RecipientResult &r) { return r.action == u"delayed"; }))
        analysis.kind = MessageKind::Delay;
}

void Analyzer::explain(RecipientResult &recipient) const
{
    const bool success =
        recipient.action == u"delivered" || recipient.action == u"relayed" || recipient.action == u"expanded";
    const QString text = flat(recipient.diagnostic);
    if (recipient.reason.isEmpty()) {
        recipient.provider = m_matcher.provider(text, recipient.remoteMta);
        recipient.response = success ? -1 : m_matcher.response(text, recipient.enhanced, recipient.provider);
        if (recipient.response >= 0) {
            const CodeEntry &response = m_catalog->at(recipient.response);
            recipient.reason = response.reason;
            recipient.provider = response.provider;
            for (const QString &phrase : response.match) {
                if (recipient.evidence.isEmpty() && text.contains(phrase, Qt::CaseInsensitive))
                    recipient.evidence = phrase;
            }
        } else if (success) {
            recipient.reason = QStringLiteral("delivered");
        } else {
            const ReasonClassifier::Verdict verdict =
                m_classifier.classify(text, recipient.reply, recipient.enhanced, recipient.command);
            recipient.reason = verdict.reason;
            recipient.evidence = verdict.evidence;
        }
    }
    // A "delay" that says the message expired (OpenSMTPD reports its expiry so) is the end of the delivery.
    static const QRegularExpression expiry(QStringLiteral("envelope expired|retry timeout exceeded|too long in queue"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (recipient.action == u"delayed" && expiry.match(text).hasMatch())
        recipient.action = QStringLiteral("failed");
    // A temporary failure that ends a delivery means the sending server gave up retrying.
    const bool temporary =
        recipient.reply.startsWith(u'4') || (recipient.reply.isEmpty() && recipient.enhanced.startsWith(u'4'));
    if (recipient.action == u"failed" && temporary && recipient.response < 0 && recipient.reason != u"expired") {
        recipient.evidence = recipient.reply.isEmpty() ? recipient.enhanced : recipient.reply;
        recipient.reason = QStringLiteral("expired");
    }
    const CodeEntry *reason = m_catalog->find(recipient.reason);
    recipient.hardBounce = reason && reason->hardBounce && recipient.action != u"delayed";
    recipient.verdict = recipient.action == u"delayed" ? QStringLiteral("wait")
                        : reason                       ? reason->verdict
                                                       : QStringLiteral("contact");
}

void Analyzer::explain(Finding &finding) const
{
    const QString text = flat(finding.text);
    finding.provider = m_matcher.provider(text);
    finding.response = m_matcher.response(text, finding.enhanced, finding.provider);
    const QChar first = !finding.reply.isEmpty() ? finding.reply.front()
                                                 : (finding.enhanced.isEmpty() ? QChar() : finding.enhanced.front());
    if (first == u'2' || first == u'3') {
        finding.reason = QStringLiteral("delivered");
        finding.verdict = QStringLiteral("none");
        return;
    }
    if (finding.response >= 0) {
        finding.reason = m_catalog->at(finding.response).reason;
        finding.provider = m_catalog->at(finding.response).provider;
    } else {
        finding.reason = m_classifier.classify(text, finding.reply, finding.enhanced).reason;
    }
    const CodeEntry *reason = m_catalog->find(finding.reason);
    finding.verdict = reason ? reason->verdict : QStringLiteral("contact");
    // A temporary reply is never a reason to give the address up.
    if (first == u'4' && finding.verdict == u"suppress")
        finding.verdict = QStringLiteral("retry");
}

QString Analyzer::advice(const RecipientResult &recipient, const QString &language) const
{
    if (recipient.response >= 0)
        return m_catalog->text(m_catalog->at(recipient.response), Field::Sender, language);
    if (const CodeEntry *reason = m_catalog->find(recipient.reason))
        return m_catalog->text(*reason, Field::HowToFix, language);
    return {};
}

QStringList Analyzer::explanationSentences(const Finding &finding, const QString &language) const
{
    const ReplyExplanation explanation(*m_catalog, finding.reply, finding.enhanced, finding.response);
    QStringList sentences = explanation.sentences(language);
    if (finding.response < 0 && !finding.provider.isEmpty())
        sentences.append(tr("The wording shows that this reply comes from %1.").arg(providerName(finding.provider)));
    return sentences;
}

QString Analyzer::providerName(const QString &id) const
{
    const Provider *provider = m_catalog->provider(id);
    return provider ? provider->name : id;
}

} // namespace SmtpCodes::Core
