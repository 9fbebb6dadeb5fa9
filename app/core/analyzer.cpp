#include "analyzer.h"

#include "enhancedstatus.h"
#include "entrydocument.h"
#include "headings.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <iterator>

#include <optional>

namespace SmtpCodes::Core {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype skipSpaces(QStringView s, qsizetype i)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i;
}

bool startsWithAt(QStringView s, qsizetype i, QStringView prefix, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return s.size() - i >= prefix.size() && s.mid(i, prefix.size()).compare(prefix, cs) == 0;
}

/// A reply code at @p i: [2-5][0-5][0-9] standing alone, followed by a space, a '-' or the end of the line.
bool replyAt(QStringView s, qsizetype i, QChar *separator)
{
    if (i < 0 || s.size() - i < 3)
        return false;
    if (s[i] < u'2' || s[i] > u'5' || s[i + 1] < u'0' || s[i + 1] > u'5' || !isDigit(s[i + 2]))
        return false;
    if (i > 0 && (s[i - 1].isLetterOrNumber() || s[i - 1] == u'.' || s[i - 1] == u'-' || s[i - 1] == u':'))
        return false;
    if (s.size() - i == 3) {
        *separator = u' ';
        return true;
    }
    const QChar next = s[i + 3];
    if (isSpace(next) || next == u'-') {
        *separator = isSpace(next) ? u' ' : u'-';
        return true;
    }
    return false;
}

/// An enhanced code starting at @p i ("5.1.1", "#5.1.0", "5.7.26,"); empty when there is none.
QString enhancedAt(QStringView s, qsizetype i)
{
    i = skipSpaces(s, i);
    if (i < s.size() && s[i] == u'#')
        ++i;
    qsizetype end = i;
    while (end < s.size() && (isDigit(s[end]) || s[end] == u'.'))
        ++end;
    if (end < s.size() && s[end].isLetter())
        return {};
    QStringView token = s.mid(i, end - i);
    while (token.endsWith(u'.'))
        token.chop(1);
    const std::optional<EnhancedCode> code = EnhancedCode::parse(token);
    return code ? code->toString() : QString();
}

struct Candidate
{
    QString reply;
    QChar separator = u' ';
    QString enhanced;
};

/// Texts right before which a reply stands in mail logs, bounces and DSNs, as the servers write them.
const QList<QStringView> &replyMarkers()
{
    static const QList<QStringView> markers{
        u"said:",      // Postfix: host mx.example.com[192.0.2.1] said: 550 …
        u"returned '", // Microsoft: Remote Server returned '550 5.1.10 …'
        u"returned \"",
        u"refused to talk to me:", // Postfix
        u"status=sent (",          // Postfix: status=sent (250 2.0.0 Ok: queued as …)
        u"stat=Deferred:",         // Sendmail
        u"reply=",                 // Sendmail
        u"result=\"",              // OpenSMTPD: failed-command command="RCPT TO:<…>" result="550 …"
        u"returned was:",          // "The error that the other server returned was:"
        u"remote server was:",     // Gmail: "The response from the remote server was:"
    };
    return markers;
}

const QList<QStringView> &clientPrefixes()
{
    static const QList<QStringView> prefixes{u"C:", u"->", u"~>", u"**>", u"send:"};
    return prefixes;
}

const QList<QStringView> &serverPrefixes()
{
    static const QList<QStringView> prefixes{u"S:", u"<**", u"<-", u"<~", u"<<<", u"reply:"};
    return prefixes;
}

const QList<QStringView> &smtpCommands()
{
    static const QList<QStringView> commands{u"EHLO",     u"HELO", u"MAIL FROM", u"RCPT TO", u"DATA", u"QUIT", u"RSET",
                                             u"STARTTLS", u"AUTH", u"NOOP",      u"VRFY",    u"EXPN", u"BDAT", u"HELP"};
    return commands;
}

/// The start of a line without indentation and e-mail quoting ("> > ").
qsizetype contentStart(QStringView line)
{
    qsizetype i = skipSpaces(line, 0);
    while (i + 1 < line.size() && line[i] == u'>' && (isSpace(line[i + 1]) || line[i + 1] == u'>'))
        i = skipSpaces(line, i + 1);
    return i;
}

/// The SMTP command a client line gives ("DATA"), or empty when the line is no client command.
QStringView clientCommand(QStringView line)
{
    qsizetype i = contentStart(line);
    for (QStringView prefix : clientPrefixes()) {
        if (startsWithAt(line, i, prefix)) {
            i = skipSpaces(line, i + prefix.size());
            break;
        }
    }
    if (i >= line.size() || !QStringView(u"EHMRDQSANVBehmrdqsanvb").contains(line[i]))
        return {};
    for (QStringView command : smtpCommands()) {
        if (startsWithAt(line, i, command, Qt::CaseInsensitive)) {
            const qsizetype end = i + command.size();
            if (end == line.size() || isSpace(line[end]) || line[end] == u':')
                return command;
        }
    }
    return {};
}

bool isClientLine(QStringView line)
{
    const qsizetype i = contentStart(line);
    for (QStringView prefix : clientPrefixes()) {
        if (startsWithAt(line, i, prefix))
            return true;
    }
    return false;
}

/// The reply on @p line, if one stands where replies stand. @p transcript: the input is an SMTP session, so a
/// bare code at the start of a line is a reply even without an enhanced code.
std::optional<Candidate> extract(QStringView line, bool transcript)
{
    qsizetype i = contentStart(line);
    if (isClientLine(line))
        return std::nullopt;
    bool strong = false;
    for (QStringView prefix : serverPrefixes()) {
        if (startsWithAt(line, i, prefix)) {
            i = skipSpaces(line, i + prefix.size());
            strong = true;
            break;
        }
    }
    if (i < line.size() && line[i] == u'#') // Microsoft: "#550 5.1.1 RESOLVER.ADR… ##"
        ++i;

    Candidate candidate;
    if (replyAt(line, i, &candidate.separator)) {
        candidate.reply = line.mid(i, 3).toString();
        candidate.enhanced = enhancedAt(line, i + 4);
        if (strong || transcript || candidate.separator == u'-' || !candidate.enhanced.isEmpty())
            return candidate;
    }

    auto dsnField = [&line]() -> QString {
        const qsizetype at = line.indexOf(u"dsn=");
        return at < 0 ? QString() : enhancedAt(line, at + 4);
    };
    auto replyAfter = [&](qsizetype j) -> bool {
        j = skipSpaces(line, j);
        while (j < line.size() && (line[j] == u'\'' || line[j] == u'"' || line[j] == u'('))
            ++j;
        if (!replyAt(line, j, &candidate.separator))
            return false;
        candidate.reply = line.mid(j, 3).toString();
        candidate.enhanced = enhancedAt(line, j + 4);
        if (candidate.enhanced.isEmpty())
            candidate.enhanced = dsnField();
        return true;
    };

    // Elsewhere in the line, a reply counts only right after what introduces one: look at what stands before each
    // code-shaped number.
    const bool diagnostic = startsWithAt(line, i, u"Diagnostic-Code:", Qt::CaseInsensitive);
    for (qsizetype j = i; j + 2 < line.size(); ++j) {
        if (line[j] < u'2' || line[j] > u'5' || !replyAt(line, j, &candidate.separator))
            continue;
        qsizetype before = j;
        while (before > 0 && isSpace(line[before - 1]))
            --before;
        const QStringView prefix = line.left(before);
        bool introduced = false;
        for (QStringView marker : replyMarkers())
            introduced = introduced || prefix.endsWith(marker);
        // RFC 3464: "Diagnostic-Code: smtp; 550 5.1.1 …"; Exim: "SMTP error from remote mail server after RCPT
        // TO:<bob@example.com>: 550 5.1.1 …"
        introduced = introduced || (diagnostic && prefix.endsWith(u';')) ||
                     (prefix.endsWith(u':') && prefix.contains(u"SMTP error from remote mail server after"));
        if (introduced && replyAfter(j))
            return candidate;
    }

    // Postfix and Sendmail logs name the delivery status without a reply: "dsn=4.4.1, status=deferred (…)".
    if (const QString dsn = dsnField(); !dsn.isEmpty()) {
        candidate.reply.clear();
        candidate.enhanced = dsn;
        return candidate;
    }
    return std::nullopt;
}

/// A DSN "Status: 5.1.1" field (RFC 3464): its enhanced code, or empty.
QString dsnStatus(QStringView line)
{
    const qsizetype i = contentStart(line);
    if (!startsWithAt(line, i, u"Status:", Qt::CaseInsensitive))
        return {};
    return enhancedAt(line, i + 7);
}

struct Provider
{
    QStringView needle;
    QStringView name;
};

QString providerOf(QStringView text)
{
    static const Provider providers[] = {
        {u"gsmtp", u"Gmail"},
        {u"google.com", u"Gmail"},
        {u"gmail.com", u"Gmail"},
        {u"outlook.com", u"Microsoft"},
        {u"resolver.", u"Microsoft"},
        {u"hotmail.com", u"Microsoft"},
        {u"microsoft", u"Microsoft"},
        {u"yahoo", u"Yahoo"},
        {u"icloud.com", u"Apple iCloud"},
        {u"me.com", u"Apple iCloud"},
        {u"mimecast", u"Mimecast"},
        {u"pphosted", u"Proofpoint"},
        {u"zoho", u"Zoho"},
        {u"yandex", u"Yandex"},
        {u"mail.ru", u"Mail.ru"},
        {u"aol.com", u"Yahoo"},
        {u"messagelabs", u"Broadcom MessageLabs"},
    };
    // One pass of one compiled pattern instead of a search per provider: this runs for every finding of a log.
    static const QRegularExpression pattern = [] {
        QStringList alternatives;
        for (const Provider &provider : providers)
            alternatives.append(QRegularExpression::escape(provider.needle.toString()));
        QRegularExpression compiled(alternatives.join(u'|'), QRegularExpression::CaseInsensitiveOption);
        compiled.optimize();
        return compiled;
    }();
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QString found = match.captured(0).toCaseFolded();
    for (const Provider &provider : providers) {
        if (found == provider.needle)
            return provider.name.toString();
    }
    return {};
}

/// Whether a line can hold a reply at all: a code standing alone, a log's "dsn=" or a DSN field. Most lines of a
/// long log are ruled out here with one pass over their characters.
bool mayHoldReply(QStringView line)
{
    for (qsizetype i = 0; i + 2 < line.size(); ++i) {
        const QChar c = line[i];
        QChar separator;
        if (c >= u'2' && c <= u'5' && replyAt(line, i, &separator))
            return true;
        if (c == u'=' && i >= 3 && line.mid(i - 3, 3) == u"dsn")
            return true;
        if (c == u':' && i >= 6 && (line[i - 6] == u'S' || line[i - 6] == u's') &&
            line.mid(i - 6, 6).compare(u"Status", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Verdict verdictFor(const QString &reply, const QString &enhanced)
{
    const QChar digit = !reply.isEmpty() ? reply.front() : (!enhanced.isEmpty() ? enhanced.front() : u'5');
    switch (digit.unicode()) {
    case u'2':
        return Verdict::Success;
    case u'3':
        return Verdict::Intermediate;
    case u'4':
        return Verdict::Temporary;
    default:
        return Verdict::Permanent;
    }
}

} // namespace

Analyzer::Result Analyzer::analyze(const QByteArray &input, const std::atomic_bool *cancel,
                                   const Progress &progress) const
{
    Result result;
    auto refuse = [&result](Problem problem, const QString &message) {
        result.problem = problem;
        result.message = message;
        return result;
    };
    if (input.size() > MaxInputBytes)
        return refuse(Problem::TooLarge,
                      tr("The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that "
                         "holds the bounce.")
                          .arg(QLocale().toString(double(input.size()) / (1024 * 1024), 'f', 1))
                          .arg(MaxInputBytes / (1024 * 1024)));
    if (input.contains('\0'))
        return refuse(Problem::Binary, tr("This is binary data, not text: it holds NUL bytes. Paste or open the "
                                          "text of a bounce, a delivery report, a transcript or a mail log."));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(input);
    if (decoder.hasError())
        return refuse(Problem::InvalidUtf8, tr("This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) "
                                               "and try again."));

    const QList<QStringView> lines = QStringView(text).split(u'\n');

    // An SMTP session: client commands on their own lines, or a server greeting first.
    bool transcript = false;
    for (QStringView raw : lines) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!clientCommand(line).isEmpty()) {
            transcript = true;
            break;
        }
    }
    for (QStringView raw : lines) {
        const QStringView line = raw.trimmed();
        if (!line.isEmpty()) {
            transcript = transcript || line.startsWith(u"220 ") || line.startsWith(u"220-");
            break;
        }
    }

    qsizetype openGroup = -1; // the finding a '-' continuation line joins
    int block = 0;            // paragraphs: a DSN's per-recipient fields stand between blank lines
    QList<int> findingBlocks;
    struct Status
    {
        int line;
        int block;
        QString enhanced;
        QString text;
    };
    QList<Status> statuses;
    bool awaitingData = false; // the client sent DATA
    bool inMessage = false;    // message content of a transcript: no replies until the lone "."
    qsizetype done = 0;

    for (qsizetype n = 0; n < lines.size(); ++n) {
        QStringView line = lines[n];
        done += line.size() + 1;
        if ((n & 0xfff) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return refuse(Problem::Cancelled, tr("The analysis was cancelled."));
            if (progress)
                progress(int(done * 100 / std::max<qsizetype>(text.size(), 1)));
        }
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            ++block;
            openGroup = -1;
            continue;
        }
        if (transcript) {
            if (inMessage) {
                const QStringView content = isClientLine(trimmed) ? trimmed.mid(2).trimmed() : trimmed;
                if (content == u".")
                    inMessage = false;
                continue;
            }
            if (const QStringView command = clientCommand(trimmed); !command.isEmpty()) {
                awaitingData = command == u"DATA";
                openGroup = -1;
                continue;
            }
        }
        if (!mayHoldReply(line)) {
            openGroup = -1;
            continue;
        }
        if (const QString status = dsnStatus(line); !status.isEmpty()) {
            statuses.append({int(n + 1), block, status, trimmed.toString()});
            continue;
        }
        const std::optional<Candidate> candidate = extract(line, transcript);
        if (!candidate) {
            openGroup = -1;
            continue;
        }
        if (openGroup >= 0 && !candidate->reply.isEmpty() && result.findings[openGroup].reply == candidate->reply) {
            Finding &finding = result.findings[openGroup];
            finding.text += u'\n' + trimmed.toString();
            if (finding.enhanced.isEmpty())
                finding.enhanced = candidate->enhanced;
            if (candidate->separator != u'-')
                openGroup = -1;
            continue;
        }
        Finding finding;
        finding.line = int(n + 1);
        finding.text = trimmed.toString();
        finding.reply = candidate->reply;
        finding.enhanced = candidate->enhanced;
        result.findings.append(finding);
        findingBlocks.append(block);
        openGroup = candidate->separator == u'-' && !candidate->reply.isEmpty() ? result.findings.size() - 1 : -1;
        if (transcript && awaitingData && candidate->reply == u"354")
            inMessage = true;
        awaitingData = false;
    }

    // A DSN's Status field belongs to the Diagnostic-Code of the same recipient; alone it is a finding of its own.
    if (!statuses.isEmpty()) {
        QHash<int, QList<qsizetype>> byBlock;
        for (qsizetype i = 0; i < result.findings.size(); ++i)
            byBlock[findingBlocks.at(i)].append(i);
        QList<Finding> alone;
        for (const Status &status : std::as_const(statuses)) {
            bool merged = false;
            for (qsizetype i : byBlock.value(status.block)) {
                Finding &finding = result.findings[i];
                if (finding.reply.isEmpty())
                    continue;
                if (finding.enhanced.isEmpty())
                    finding.enhanced = status.enhanced;
                merged = true;
            }
            if (!merged) {
                Finding finding;
                finding.line = status.line;
                finding.text = status.text;
                finding.enhanced = status.enhanced;
                alone.append(finding);
            }
        }
        // Both lists are in line order: merge them.
        QList<Finding> all;
        all.reserve(result.findings.size() + alone.size());
        std::merge(result.findings.cbegin(), result.findings.cend(), alone.cbegin(), alone.cend(),
                   std::back_inserter(all), [](const Finding &a, const Finding &b) { return a.line < b.line; });
        result.findings = std::move(all);
    }

    for (Finding &finding : result.findings) {
        finding.verdict = verdictFor(finding.reply, finding.enhanced);
        finding.provider = providerOf(finding.text);
    }
    if (progress)
        progress(100);
    return result;
}

QString Analyzer::verdictToken(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Success:
        return QStringLiteral("success");
    case Verdict::Intermediate:
        return QStringLiteral("intermediate");
    case Verdict::Temporary:
        return QStringLiteral("temporary");
    case Verdict::Permanent:
        break;
    }
    return QStringLiteral("permanent");
}

QString Analyzer::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Success:
        return tr("success");
    case Verdict::Intermediate:
        return tr("intermediate: the server waits for more");
    case Verdict::Temporary:
        return tr("temporary: retry later");
    case Verdict::Permanent:
        break;
    }
    return tr("permanent: do not retry unchanged");
}

QStringList Analyzer::catalogCodes(const Finding &finding) const
{
    QStringList codes;
    for (const QString &code : {finding.reply, finding.enhanced}) {
        if (const CodeEntry *entry = code.isEmpty() ? nullptr : m_catalog->find(code))
            codes.append(entry->code);
    }
    return codes;
}

QString Analyzer::explanation(const Finding &finding, const QString &language) const
{
    return explanationSentences(finding, language).join(u' ');
}

QStringList Analyzer::explanationSentences(const Finding &finding, const QString &language) const
{
    const bool rtl = isRightToLeftLanguage(language);
    auto code = [rtl](const QString &text) {
        return isolateLeftToRight(text, rtl);
    };
    auto quoted = [rtl](const LocalizedText &text, const QString &language) {
        return isolate(text.text(language), rtl);
    };
    const CodeEntry *reply = finding.reply.isEmpty() ? nullptr : m_catalog->find(finding.reply);
    const CodeEntry *enhanced = finding.enhanced.isEmpty() ? nullptr : m_catalog->find(finding.enhanced);
    const std::optional<EnhancedCode> parsed = EnhancedCode::parse(finding.enhanced);

    QStringList sentences;
    if (reply && enhanced)
        sentences.append(tr("%1 (%2) with %3 (%4): %5", "reply and enhanced code with their names, then what the "
                                                        "enhanced code means")
                             .arg(code(finding.reply), quoted(reply->name, language), code(finding.enhanced),
                                  quoted(enhanced->name, language), quoted(enhanced->description, language)));
    else if (enhanced)
        sentences.append(tr("%1 (%2): %3", "a code, its name, what it means")
                             .arg(code(finding.enhanced), quoted(enhanced->name, language),
                                  quoted(enhanced->description, language)));
    else if (reply)
        sentences.append(
            tr("%1 (%2): %3", "a code, its name, what it means")
                .arg(code(finding.reply), quoted(reply->name, language), quoted(reply->description, language)));

    if (!finding.reply.isEmpty() && !reply)
        sentences.append(tr("%1 is not a standard reply code; its first digit makes it a %2 %3 reply.")
                             .arg(code(finding.reply), ReplyClasses::label(ReplyClasses::fromCode(finding.reply)),
                                  ReplyClasses::name(ReplyClasses::fromCode(finding.reply))));
    if (parsed && !enhanced) {
        const QString subject = EnhancedStatus::subjectName(parsed->subject);
        if (subject.isEmpty())
            sentences.append(tr("%1 is not in the IANA registry, and its subject %2 is not defined either; only its "
                                "class %3 (%4) carries meaning.")
                                 .arg(code(finding.enhanced))
                                 .arg(parsed->subject)
                                 .arg(parsed->statusClass)
                                 .arg(EnhancedStatus::className(parsed->statusClass)));
        else
            sentences.append(tr("%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) "
                                "in class %4 (%5).")
                                 .arg(code(finding.enhanced))
                                 .arg(parsed->subject)
                                 .arg(subject)
                                 .arg(parsed->statusClass)
                                 .arg(EnhancedStatus::className(parsed->statusClass)));
    }
    if (parsed && !finding.reply.isEmpty() && QChar(u'0' + parsed->statusClass) != finding.reply.front())
        sentences.append(tr("The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply "
                            "decides what the client does.")
                             .arg(code(finding.reply), ReplyClasses::label(ReplyClasses::fromCode(finding.reply)),
                                  code(finding.enhanced))
                             .arg(parsed->statusClass)
                             .arg(EnhancedStatus::className(parsed->statusClass)));
    if (!finding.provider.isEmpty())
        sentences.append(tr("The wording shows that this reply comes from %1.").arg(finding.provider));

    const CodeEntry *advice = enhanced ? enhanced : reply;
    if (advice)
        sentences.append(tr("What to do: %1").arg(quoted(advice->howToFix, language)));
    else
        sentences.append(tr("What to do: read the server's text for the reason, and treat the message as %1.")
                             .arg(verdictText(finding.verdict)));
    return sentences;
}

Document Analyzer::document(const Result &result, const QString &language) const
{
    Document document;
    document.rightToLeft = isRightToLeftLanguage(language);
    if (result.problem != Problem::None) {
        document.title = tr("Nothing was analyzed");
        document.blocks.push_back(Document::paragraph(result.message));
        return document;
    }
    document.title = tr("%Ln server reply(s) found", "title of the analysis", int(result.findings.size()));
    if (result.findings.isEmpty()) {
        document.blocks.push_back(Document::paragraph(
            tr("No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an "
               "SMTP transcript or a mail log line.")));
        return document;
    }
    auto codesOf = [](const Finding &finding) {
        return QStringList{finding.reply, finding.enhanced}.join(u' ').trimmed();
    };

    // A long log repeats the same replies: say how often each one occurs before listing them.
    if (result.findings.size() > 1) {
        QList<QString> order;
        QHash<QString, std::pair<int, const Finding *>> groups;
        for (const Finding &finding : result.findings) {
            const QString key = codesOf(finding);
            auto it = groups.find(key);
            if (it == groups.end()) {
                order.append(key);
                groups.insert(key, {1, &finding});
            } else {
                ++it->first;
            }
        }
        QStringList summary;
        for (const QString &key : std::as_const(order)) {
            const auto &[count, first] = groups.value(key);
            summary.append(tr("%1: %Ln time(s), first on line %2; %3", "codes, how often, first line, verdict", count)
                               .arg(isolateLeftToRight(key, document.rightToLeft), QLocale().toString(first->line),
                                    verdictText(first->verdict)));
        }
        document.blocks.push_back(Document::heading(tr("Summary")));
        document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, summary));
    }

    const qsizetype listed = std::min<qsizetype>(result.findings.size(), MaxListedFindings);
    for (qsizetype i = 0; i < listed; ++i) {
        const Finding &finding = result.findings.at(i);
        const QString codes = codesOf(finding);
        document.blocks.push_back(Document::heading(
            tr("Line %1: %2", "line number, then the codes found on it")
                .arg(QLocale().toString(finding.line), isolateLeftToRight(codes, document.rightToLeft))));
        document.blocks.push_back(
            Document::pairs(DocumentBlock::Kind::Examples,
                            {{tr("Server reply"), isolateLeftToRight(finding.text, document.rightToLeft)}}));
        document.blocks.push_back(Document::paragraph(tr("Verdict: %1").arg(verdictText(finding.verdict))));
        document.blocks.push_back(
            Document::list(DocumentBlock::Kind::BulletList, explanationSentences(finding, language)));
        QList<DocumentItem> links;
        for (const QString &code : catalogCodes(finding))
            links.append({code, EntryDocument::label(*m_catalog->find(code), language)});
        if (!links.isEmpty())
            document.blocks.push_back(Document::pairs(DocumentBlock::Kind::Links, links));
    }
    if (const qsizetype rest = result.findings.size() - listed; rest > 0)
        document.blocks.push_back(Document::paragraph(
            tr("%Ln more reply(s) are not listed here; \"smtp-codes explain --format json\" lists them all.", "",
               int(rest))));
    return document;
}

QJsonArray Analyzer::toJson(const Result &result, const QString &language) const
{
    QJsonArray findings;
    for (const Finding &finding : result.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("line"), finding.line},
            {QStringLiteral("text"), finding.text},
            {QStringLiteral("reply"), finding.reply.isEmpty() ? QJsonValue() : QJsonValue(finding.reply)},
            {QStringLiteral("enhanced"), finding.enhanced.isEmpty() ? QJsonValue() : QJsonValue(finding.enhanced)},
            {QStringLiteral("verdict"), verdictToken(finding.verdict)},
            {QStringLiteral("explanation"), explanation(finding, language)},
            {QStringLiteral("provider"), finding.provider.isEmpty() ? QJsonValue() : QJsonValue(finding.provider)},
        });
    }
    return findings;
}

} // namespace SmtpCodes::Core
