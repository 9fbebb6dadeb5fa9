#include "analyzer.h"

#include "bouncetext.h"
#include "codesyntax.h"
#include "deliverystatus.h"
#include "logreader.h"
#include "mailmessage.h"
#include "recipientreader.h"
#include "replyexplanation.h"
#include "replyscanner.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace SmtpCodes::Core {

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
    const BounceParts parts = BounceParts::of(message);
    analysis.messageId = parts.messageId;
    analysis.subject = parts.subject;
    const QString &own = parts.own;
    const bool transcript = !message.isMessage && ReplyScanner::isTranscript(own);
    const bool log = !message.isMessage && !transcript && LogReader::isLog(own);

    // Every reply the input holds; in a message each once, as its text part and its DSN often repeat the same one
    // (a log or a session lists every reply as often as it came).
    QSet<QString> seen;
    const QString analyzed = parts.dsnText.isEmpty() ? own : own + parts.dsnText; // a log is not copied
    for (const ScannedReply &reply : ReplyScanner::scan(analyzed, cancel, progress)) {
        if (!transcript && !log) {
            const QString key =
                reply.reply + u'|' + reply.enhanced + u'|' +
                RecipientReader::replyText(reply).mid(reply.reply.size()).remove(reply.enhanced).simplified().left(40);
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        Finding finding{reply.line, reply.text, reply.reply, reply.enhanced, {}, -1, {}, {}};
        explain(finding);
        analysis.findings.append(std::move(finding));
    }
    const bool failed = std::any_of(analysis.findings.cbegin(), analysis.findings.cend(), [](const Finding &f) {
        const QChar first =
            !f.reply.isEmpty() ? f.reply.front() : (f.enhanced.isEmpty() ? QChar() : f.enhanced.front());
        return first == u'4' || first == u'5';
    });

    // The recipients, from the most exact source there is.
    QSet<QString> localDomains; // the reporting server's own domains, where a log shows them
    if (!parts.feedbackText.isEmpty() || message.reportType == u"feedback-report") {
        analysis.kind = MessageKind::Feedback;
        QString address = RecipientReader::header(parts.feedbackText, QStringLiteral("Original-Rcpt-To"));
        analysis.recipients.append(
            RecipientReader::named(address.isEmpty() ? message.returnedTo : address, QStringLiteral("feedback")));
    } else if (message.isMessage && parts.dsn.recipients.isEmpty() && RecipientReader::isAutoReply(message)) {
        analysis.kind = MessageKind::AutoReply;
        analysis.messageId.clear();
        analysis.subject.clear();
        analysis.recipients.append(
            RecipientReader::named(message.header(QStringLiteral("from")), QStringLiteral("vacation")));
    } else if (!parts.dsn.recipients.isEmpty()) {
        analysis.kind = message.isMessage ? MessageKind::Dsn : MessageKind::Text;
        analysis.recipients = RecipientReader::fromDeliveryStatus(parts.dsn, own);
    } else if (transcript) {
        analysis.kind = MessageKind::Transcript;
        analysis.recipients = RecipientReader::fromTranscript(own);
    } else if (log) {
        analysis.kind = MessageKind::Log;
        const QList<LogDelivery> deliveries = LogReader::deliveries(own);
        for (const LogDelivery &delivery : deliveries) {
            if (delivery.local)
                localDomains.insert(delivery.recipient.section(u'@', 1).toLower());
        }
        analysis.recipients = RecipientReader::fromLog(deliveries, m_classifier);
    } else {
        analysis.kind = !message.isMessage                ? MessageKind::Text
                        : BounceText::isDelayWarning(own) ? MessageKind::Delay
                                                          : MessageKind::Bounce;
        analysis.recipients = RecipientReader::fromText(message, own, failed, m_classifier);
        for (RecipientResult &recipient : analysis.recipients) {
            if (recipient.action.isEmpty())
                recipient.action = analysis.kind == MessageKind::Delay ? QStringLiteral("delayed")
                                   : recipient.reply.startsWith(u'2')  ? QStringLiteral("delivered")
                                                                       : QStringLiteral("failed");
        }
    }

    if (message.isMessage && analysis.kind != MessageKind::AutoReply)
        analysis.reportingMta = RecipientReader::reportingMta(message, parts);
    // Exim says "delivered" of a message it passed to a server without DSN, and "relayed" in its words.
    const bool relayedToNonDsn =
        message.isMessage && own.contains(u"relayed to non-DSN-aware mailer", Qt::CaseInsensitive);
    for (RecipientResult &recipient : analysis.recipients) {
        explain(recipient);
        // "Unrouteable address" for a domain of the reporting server's own is an unknown user there.
        const QString domain = recipient.recipient.section(u'@', 1).toLower();
        if (recipient.reason == u"hostunknown" && !domain.isEmpty() &&
            recipient.evidence.contains(u"unrouteable", Qt::CaseInsensitive) &&
            (localDomains.contains(domain) || analysis.reportingMta.toLower() == domain ||
             analysis.reportingMta.toLower().endsWith(u'.' + domain)))
            recipient.reason = QStringLiteral("userunknown");
        if (recipient.action == u"delivered" && relayedToNonDsn)
            recipient.action = QStringLiteral("relayed");
    }
    if (analysis.kind == MessageKind::Dsn && !analysis.recipients.isEmpty() &&
        std::all_of(analysis.recipients.cbegin(), analysis.recipients.cend(),
                    [](const RecipientResult &r) { return r.action == u"delayed"; }))
        analysis.kind = MessageKind::Delay;
}

Analyzer::Judgement Analyzer::judge(const QString &text, const QString &host, const QString &enhanced,
                                    const QString &reply, const QString &command) const
{
    // A log repeats the same replies thousands of times: each distinct one is judged once.
    const QString key = text + u'\x1f' + host + u'\x1f' + enhanced + u'\x1f' + reply + u'\x1f' + command;
    if (const auto it = m_judged.constFind(key); it != m_judged.cend())
        return *it;
    Judgement judgement;
    judgement.provider = m_matcher.provider(text, host);
    judgement.response = m_matcher.response(text, enhanced, judgement.provider);
    if (judgement.response >= 0) {
        const CodeEntry &response = m_catalog->at(judgement.response);
        judgement.reason = response.reason;
        judgement.provider = response.provider;
        for (const QString &phrase : response.match) {
            if (judgement.evidence.isEmpty() && text.contains(phrase, Qt::CaseInsensitive))
                judgement.evidence = phrase;
        }
    } else {
        const ReasonClassifier::Verdict verdict = m_classifier.classify(text, reply, enhanced, command);
        judgement.reason = verdict.reason;
        judgement.evidence = verdict.evidence;
    }
    if (m_judged.size() > 20000)
        m_judged.clear();
    m_judged.insert(key, judgement);
    return judgement;
}

void Analyzer::explain(RecipientResult &recipient) const
{
    const bool success =
        recipient.action == u"delivered" || recipient.action == u"relayed" || recipient.action == u"expanded";
    const QString text = RecipientReader::flatText(recipient.diagnostic);
    if (recipient.reason.isEmpty() && success) {
        recipient.provider = m_matcher.provider(text, recipient.remoteMta);
        recipient.reason = QStringLiteral("delivered");
    } else if (recipient.reason.isEmpty()) {
        const Judgement judgement =
            judge(text, recipient.remoteMta, recipient.enhanced, recipient.reply, recipient.command);
        recipient.provider = judgement.provider;
        recipient.response = judgement.response;
        recipient.reason = judgement.reason;
        recipient.evidence = judgement.evidence;
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
    const QChar first = !finding.reply.isEmpty() ? finding.reply.front()
                                                 : (finding.enhanced.isEmpty() ? QChar() : finding.enhanced.front());
    // The reply itself decides, not the rest of its line (a log's queue ids and times).
    const QString text = RecipientReader::flatText(RecipientReader::replyText(finding.text, finding.reply));
    const Judgement judgement = judge(text, {}, finding.enhanced, finding.reply);
    finding.provider = judgement.provider;
    if (first == u'2' || first == u'3') {
        finding.reason = QStringLiteral("delivered");
        finding.verdict = QStringLiteral("none");
        return;
    }
    finding.response = judgement.response;
    finding.reason = judgement.reason;
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
