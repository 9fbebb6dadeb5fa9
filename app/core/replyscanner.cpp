#include "replyscanner.h"

#include "codesyntax.h"
#include "sessionlines.h"

#include <QHash>
#include <QStringTokenizer>

#include <algorithm>
#include <optional>

namespace SmtpCodes::Core {

namespace {

using CodeSyntax::enhancedAt;
using CodeSyntax::replyAt;
using namespace SessionLines;

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
        u"said:",      // Postfix: host mx.example.com[192.0.2.1] said: 550 …; qmail: Remote host said: 550 …
        u"returned '", // Microsoft: Remote Server returned '550 5.1.10 …'
        u"returned \"",
        u"refused to talk to me:", // Postfix
        u"status=sent (",          // Postfix: status=sent (250 2.0.0 Ok: queued as …)
        u"stat=Deferred:",         // Sendmail
        u"reply=",                 // Sendmail
        u"result=\"",              // OpenSMTPD: failed-command command="RCPT TO:<…>" result="550 …"
        u"stat=\"",                // OpenSMTPD: mta delivery … stat="550 …"
        u"C=\"",                   // Exim: => bob@example.com … C="250 2.0.0 Ok: queued as …"
        u"returned was:",          // "The error that the other server returned was:"
        u"remote server was:",     // Gmail: "The response from the remote server was:"
        u"(reason:",               // Sendmail: (reason: 550 5.1.1 User unknown)
        u"<<<",                    // Sendmail and Courier transcripts: <<< 550 …
        u"<--",                    // MDaemon's session log: <-- 554 …
        u"reason:",                // GMX: "… host: mx.example.net (192.0.2.1) reason: 550 5.1.1 …"
        u"response:",              // "Response: 554 5.7.1 …"
        u"error:",                 // "SMTP error: 550 …"
    };
    return markers;
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
            introduced = introduced || prefix.endsWith(marker, Qt::CaseInsensitive);
        // RFC 3464: "Diagnostic-Code: smtp; 550 5.1.1 …"; Exim: "SMTP error from remote mail server after RCPT
        // TO:<bob@example.com>: 550 5.1.1 …"
        introduced = introduced || (diagnostic && prefix.endsWith(u';')) ||
                     (prefix.endsWith(u':') && prefix.contains(u"error from remote mail server after"));
        if (introduced && replyAfter(j))
            return candidate;
        // "Server reply mx.example.net[192.0.2.1]: 552 5.2.2 …": after a colon, a reply with its enhanced code.
        if (!introduced && (prefix.endsWith(u':') || prefix.endsWith(u';')) && replyAfter(j) &&
            !candidate.enhanced.isEmpty() && candidate.enhanced != dsnField())
            return candidate;
    }

    // Exchange's "<mx.example.com #5.1.1>" and qmail's "(#5.1.1)" name the status without a reply.
    for (qsizetype at = line.indexOf(u'#'); at > 0; at = line.indexOf(u'#', at + 1)) {
        if (line[at - 1] != u' ' && line[at - 1] != u'(')
            continue;
        const QString enhanced = enhancedAt(line, at);
        const qsizetype after = at + 1 + enhanced.size();
        if (!enhanced.isEmpty() && after < line.size() && (line[after] == u'>' || line[after] == u')')) {
            candidate.reply.clear();
            candidate.enhanced = enhanced;
            return candidate;
        }
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
        if (c == u'#' && i + 5 < line.size() && (line[i + 1] == u'4' || line[i + 1] == u'5') && line[i + 2] == u'.')
            return true;
        if (c == u':' && i >= 6 && (line[i - 6] == u'S' || line[i - 6] == u's') &&
            line.mid(i - 6, 6).compare(u"Status", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// A logical line: physical lines joined where an indented line continues the one before.
struct LogicalLine
{
    int number;       ///< 1-based, of the first physical line
    QStringView line; ///< the physical line, without its line end, inside the scanned text
    QString joined;   ///< when continuation lines were joined to it: the whole, else null
    bool blank;

    QStringView text() const { return joined.isNull() ? line : QStringView(joined); }
};

qsizetype indentation(QStringView line)
{
    qsizetype width = 0;
    for (QChar c : line) {
        if (c == u' ')
            ++width;
        else if (c == u'\t')
            width += 8;
        else
            break;
    }
    return width;
}

/// Postfix wraps a reply onto lines indented under the first ("said: 554" / "    5.7.1 …"), Exim puts a
/// recipient's details under it; a line indented by two or more, and more than the line before (or as much, when
/// it continues a reply or a line ending with ':'), continues that line. Logs and session records whose every line
/// is indented alike stay apart.
QList<LogicalLine> logicalLines(QStringView text, bool unfold)
{
    QList<LogicalLine> lines;
    int number = 0;
    qsizetype previousIndent = 0;
    for (QStringView line : qTokenize(text, u'\n')) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const bool blank = line.trimmed().isEmpty();
        const qsizetype indent = blank ? 0 : indentation(line);
        bool continues = false;
        if (unfold && !blank && indent >= 2 && !lines.isEmpty() && !lines.last().blank) {
            const QStringView sofar = lines.last().text();
            continues = indent > previousIndent ||
                        (indent == previousIndent && (sofar.trimmed().endsWith(u':') || mayHoldReply(sofar)));
        }
        if (continues) {
            LogicalLine &last = lines.last();
            if (last.joined.isNull())
                last.joined = last.line.toString();
            last.joined.append(u' ').append(line.trimmed());
        } else {
            lines.append({number, line, QString(), blank});
        }
        previousIndent = indent;
    }
    return lines;
}

} // namespace

bool ReplyScanner::isTranscript(QStringView text)
{
    int seen = 0;
    for (QStringView raw : text.split(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (seen++ == 0 && (line.startsWith(u"220 ") || line.startsWith(u"220-") || line.startsWith(u"S: 220") ||
                            line.startsWith(u"<-  220") || line.startsWith(u"<- 220")))
            return true;
        if (!clientCommand(line).first.isEmpty() && isClientLine(line))
            return true;
        if (seen > 400)
            break;
    }
    return false;
}

QList<ScannedReply> ReplyScanner::scan(QStringView text, const std::atomic_bool *cancel, const Progress &progress)
{
    const bool transcript = isTranscript(text);
    const QList<LogicalLine> lines = logicalLines(text, !transcript);
    QList<ScannedReply> found;
    qsizetype openGroup = -1; // the reply a '-' continuation line joins
    int block = 0;            // paragraphs: a DSN's per-recipient fields stand between blank lines
    QList<int> foundBlocks;
    struct Status
    {
        int line;
        int block;
        QString enhanced;
        QString text;
    };
    QList<Status> statuses;
    QString lastCommand;
    QString lastArgument;
    bool inMessage = false; // message content of a transcript: no replies until the lone "."

    for (qsizetype n = 0; n < lines.size(); ++n) {
        if ((n & 0xfff) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return found;
            if (progress)
                progress(int(n * 100 / std::max<qsizetype>(lines.size(), 1)));
        }
        const LogicalLine &logical = lines.at(n);
        const QStringView line = logical.text();
        const QStringView trimmed = line.trimmed();
        if (logical.blank) {
            ++block;
            openGroup = -1;
            continue;
        }
        if (transcript) {
            if (inMessage) {
                const QStringView content = isClientLine(trimmed) ? trimmed.mid(2).trimmed() : trimmed;
                if (content == u".") {
                    inMessage = false;
                    lastCommand = QStringLiteral("END-OF-DATA");
                }
                continue;
            }
            if (const auto [command, argument] = clientCommand(trimmed); !command.isEmpty()) {
                lastCommand = command.toString();
                lastArgument = command == u"RCPT" || command == u"MAIL" ? addressOf(argument) : QString();
                openGroup = -1;
                continue;
            }
        }
        if (!mayHoldReply(line)) {
            openGroup = -1;
            continue;
        }
        if (const QString status = dsnStatus(line); !status.isEmpty()) {
            statuses.append({logical.number, block, status, trimmed.toString()});
            continue;
        }
        const std::optional<Candidate> candidate = extract(line, transcript);
        if (!candidate) {
            openGroup = -1;
            continue;
        }
        if (openGroup >= 0 && !candidate->reply.isEmpty() && found[openGroup].reply == candidate->reply) {
            ScannedReply &reply = found[openGroup];
            reply.text += u'\n' + trimmed.toString();
            if (reply.enhanced.isEmpty())
                reply.enhanced = candidate->enhanced;
            if (candidate->separator != u'-')
                openGroup = -1;
            continue;
        }
        ScannedReply reply{logical.number,
                           trimmed.toString(),
                           candidate->reply,
                           candidate->enhanced,
                           transcript ? lastCommand : QString(),
                           transcript ? lastArgument : QString()};
        if (transcript && lastCommand.isEmpty() && found.isEmpty())
            reply.command = QStringLiteral("CONNECT");
        found.append(std::move(reply));
        foundBlocks.append(block);
        openGroup = candidate->separator == u'-' && !candidate->reply.isEmpty() ? found.size() - 1 : -1;
        if (transcript && lastCommand == u"DATA" && candidate->reply == u"354")
            inMessage = true;
    }

    // A DSN's Status field belongs to the Diagnostic-Code of the same recipient; alone it is a reply of its own.
    if (!statuses.isEmpty()) {
        QHash<int, QList<qsizetype>> byBlock;
        for (qsizetype i = 0; i < found.size(); ++i)
            byBlock[foundBlocks.at(i)].append(i);
        QList<ScannedReply> alone;
        for (const Status &status : std::as_const(statuses)) {
            bool merged = false;
            for (qsizetype i : byBlock.value(status.block)) {
                ScannedReply &reply = found[i];
                if (reply.reply.isEmpty())
                    continue;
                if (reply.enhanced.isEmpty())
                    reply.enhanced = status.enhanced;
                merged = true;
            }
            if (!merged)
                alone.append({status.line, status.text, {}, status.enhanced, {}, {}});
        }
        QList<ScannedReply> all;
        all.reserve(found.size() + alone.size());
        std::merge(found.cbegin(), found.cend(), alone.cbegin(), alone.cend(), std::back_inserter(all),
                   [](const ScannedReply &a, const ScannedReply &b) { return a.line < b.line; });
        found = std::move(all);
    }
    if (progress)
        progress(100);
    return found;
}

} // namespace SmtpCodes::Core
