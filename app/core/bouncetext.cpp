#include "bouncetext.h"

#include <QRegularExpression>
#include <QStringList>

namespace SmtpCodes::Core {

namespace {

const QString &addressPattern()
{
    static const QString pattern =
        QStringLiteral("[\\w!#$%&*+/=?^`{|}~-][\\w.!#$%&'*+/=?^`{|}~-]*@(?:[\\w-]+\\.)+[\\w-]{2,}");
    return pattern;
}

/// Lines after which a bounce quotes the returned original: nothing from there on is the bounce's own text.
const QRegularExpression &originalMarker()
{
    static const QRegularExpression marker(QStringLiteral("^[ \\t]*(?:-+[ \\t]*)?(?:"
                                                          "this is a copy of the message|"
                                                          "below this line is a copy of the message|"
                                                          "original message (?:follows|headers)|"
                                                          "-*\\s*original message\\s*-*$|"
                                                          "unsent message follows|"
                                                          "the (?:original|returned) message|"
                                                          "a copy of the original message|"
                                                          "the following is a copy of the message|"
                                                          "message headers follow|"
                                                          "returned message|"
                                                          "original message text|"
                                                          "encabezados del mensaje original|"
                                                          "en-têtes du message d'origine|"
                                                          "kopfzeilen der ursprünglichen nachricht|"
                                                          "cabeçalhos da mensagem original|"
                                                          "заголовки исходного сообщения|"
                                                          "ursprüngliche nachricht|"
                                                          "message d'origine|"
                                                          "mensaje original|"
                                                          "mensagem original|"
                                                          "исходное сообщение|"
                                                          "原始邮件|"
                                                          "元のメッセージ|"
                                                          "content-type: message/rfc822)"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption |
                                               QRegularExpression::UseUnicodePropertiesOption);
    return marker;
}

} // namespace

bool BounceText::isServiceAddress(const QString &address)
{
    static const QRegularExpression service(
        QStringLiteral("^(?:postmaster|mailer-daemon|mail-daemon|mailerdaemon|noreply|no-reply|abuse|"
                       "double-bounce|bounce)[@+]"),
        QRegularExpression::CaseInsensitiveOption);
    return service.match(address).hasMatch();
}

namespace {

/// A line that names a recipient: the address alone (in brackets, with a colon, with "(generated from …)" or
/// Outlook's "<mailto:…>" after it), or Postfix's and qmail's "<address>: text".
QString recipientOnLine(const QString &line)
{
    static const QRegularExpression alone(
        QStringLiteral("^\\s{0,12}(?:\\*+\\s*)?<?(%1)>?(?:<mailto:[^>]*>)?\\s*:?\\s*(?:\\(.*\\))?\\s*$")
            .arg(addressPattern()),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression leading(QStringLiteral("^<(%1)>:?\\s").arg(addressPattern()),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression transcript(
        QStringLiteral("^\\s*(?:>>>|->|C:)?\\s*RCPT TO:\\s*<(%1)>").arg(addressPattern()),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // OpenSMTPD: "bob@example.com: 550 5.1.1 …", "bob@example.com: Domain does not exist"
    static const QRegularExpression bare(QStringLiteral("^(%1):\\s+\\S").arg(addressPattern()),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (const QRegularExpression *pattern : {&alone, &leading, &transcript, &bare}) {
        const QRegularExpressionMatch match = pattern->match(line);
        if (match.hasMatch() && !BounceText::isServiceAddress(match.captured(1)))
            return match.captured(1);
    }
    return {};
}

} // namespace

QString BounceText::ownText(const QString &text)
{
    const QRegularExpressionMatch found = originalMarker().match(text);
    return found.hasMatch() ? text.left(found.capturedStart()) : text;
}

QStringList BounceText::addresses(const QString &text)
{
    static const QRegularExpression pattern(addressPattern(), QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QString address = it.next().captured(0);
        if (!found.contains(address, Qt::CaseInsensitive))
            found.append(address);
    }
    return found;
}

QList<TextRecipient> BounceText::recipients(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QList<TextRecipient> found;
    QList<QStringList> blocks;
    qsizetype current = -1;
    bool contentSeen = false;
    int blanksAfterContent = 0;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        const QString address = recipientOnLine(line);
        if (!address.isEmpty()) {
            // The same address named twice (a summary, then the details) is one recipient.
            current = -1;
            for (qsizetype i = 0; i < found.size(); ++i) {
                if (found.at(i).address.compare(address, Qt::CaseInsensitive) == 0)
                    current = i;
            }
            if (current < 0) {
                found.append(TextRecipient{address, {}, int(n + 1)});
                blocks.append(QStringList());
                current = found.size() - 1;
            }
            blocks[current].append(line.trimmed());
            contentSeen = line.trimmed().size() > address.size() + 4;
            blanksAfterContent = 0;
            continue;
        }
        if (current < 0)
            continue;
        if (line.trimmed().isEmpty()) {
            if (contentSeen)
                ++blanksAfterContent;
            // The explanation of a recipient ends with the second paragraph after its own text.
            if (blanksAfterContent >= 2)
                current = -1;
            continue;
        }
        if (blocks[current].size() >= 24) {
            current = -1;
            continue;
        }
        // Indentation stays: it tells a wrapped reply's continuation lines.
        QString kept = line;
        while (kept.endsWith(u' ') || kept.endsWith(u'\r'))
            kept.chop(1);
        blocks[current].append(kept);
        contentSeen = true;
    }
    for (qsizetype i = 0; i < found.size(); ++i)
        found[i].diagnostic = blocks.at(i).join(u'\n');
    return found;
}

bool BounceText::isDelayWarning(const QString &text)
{
    static const QRegularExpression warning(
        QStringLiteral("this is a warning only|delay(?:ed)? (?:warning|mail)|has been delayed|not yet been delivered|"
                       "will (?:continue|keep) (?:trying|to try)|still (?:trying|being retried)|message .* delayed|"
                       "could not be delivered for .* hours|warning: could not send message for past|"
                       "temporarily deferred|delivery is delayed|zustellung verzögert|remise différée|"
                       "retrasad|遅延"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return warning.match(text).hasMatch();
}

bool BounceText::isBounceSubject(const QString &subject, const QString &from)
{
    static const QRegularExpression words(
        QStringLiteral("undeliver|undelivered|returned mail|delivery status notification|mail delivery fail|"
                       "failure notice|delivery fail|non-?delivery|nondeliverable|could not be delivered|"
                       "delivery (?:has )?failed|warning: could not send|delayed mail|delivery delayed|"
                       "unzustellbar|nicht zugestellt|non remis|non distribuable|no se puede entregar|"
                       "no entregado|não entregue|não foi possível entregar|недоставлен|не доставлено|"
                       "配信不能|配送エラー|退信|未送达|无法投递|系统退信"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression daemon(QStringLiteral("mailer-daemon|postmaster|mail delivery (?:sub)?system"),
                                           QRegularExpression::CaseInsensitiveOption);
    return words.match(subject).hasMatch() || daemon.match(from).hasMatch();
}

QString BounceText::command(const QString &diagnostic)
{
    static const QList<std::pair<QRegularExpression, QString>> patterns = [] {
        const auto options = QRegularExpression::CaseInsensitiveOption;
        return QList<std::pair<QRegularExpression, QString>>{
            {QRegularExpression(QStringLiteral("end of (?:data|message)|after data:|in reply to end of data"), options),
             QStringLiteral("END-OF-DATA")},
            {QRegularExpression(QStringLiteral("rcpt to|in reply to rcpt|>>> rcpt"), options), QStringLiteral("RCPT")},
            {QRegularExpression(QStringLiteral("mail from|in reply to mail|>>> mail"), options),
             QStringLiteral("MAIL")},
            {QRegularExpression(QStringLiteral("in reply to data|after data|>>> data"), options),
             QStringLiteral("DATA")},
            {QRegularExpression(QStringLiteral("\\behlo\\b"), options), QStringLiteral("EHLO")},
            {QRegularExpression(QStringLiteral("\\bhelo\\b"), options), QStringLiteral("HELO")},
            {QRegularExpression(QStringLiteral("starttls"), options), QStringLiteral("STARTTLS")},
            {QRegularExpression(QStringLiteral("initial connection|greeting|refused to talk to me|banner"), options),
             QStringLiteral("CONNECT")},
        };
    }();
    for (const auto &[pattern, token] : patterns) {
        if (pattern.match(diagnostic).hasMatch())
            return token;
    }
    return {};
}

QString BounceText::reportingMta(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:mail system at host|qmail-send program at|generating server:|reporting-mta:\\s*dns;|"
                       "servidor de generación:|serveur de génération\\s*:|generierender server:|servidor gerador:|"
                       "reporting server:|generated by|mail delivery (?:software|system) at)\\s*"
                       "([a-z0-9][a-z0-9.-]*\\.[a-z]{2,})|<([a-z0-9][a-z0-9.-]*\\.[a-z]{2,}) #[245]\\.[0-9]"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

QString BounceText::remoteMta(const QString &diagnostic)
{
    static const QRegularExpression host(
        QStringLiteral("(?:\\bhost |while talking to |remote server at |remote host |^\\s*)"
                       "([a-z0-9][a-z0-9.-]*\\.[a-z]{2,})\\.?\\s*\\[[0-9a-f.:]+\\]"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression talking(QStringLiteral("while talking to ([a-z0-9][a-z0-9.-]*\\.[a-z]{2,})"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = host.match(diagnostic); match.hasMatch())
        return match.captured(1).toLower();
    if (const QRegularExpressionMatch match = talking.match(diagnostic); match.hasMatch())
        return match.captured(1).toLower();
    return {};
}

} // namespace SmtpCodes::Core
