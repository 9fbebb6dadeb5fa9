#include "logreader.h"

#include <QHash>
#include <QRegularExpression>

namespace SmtpCodes::Core {

namespace {

const QRegularExpression &postfix()
{
    // Postfix and Sendmail: "to=<bob@example.com>, … relay=host[ip]:25, … dsn=5.1.1, status=bounced (…)" and
    // Sendmail's "stat=User unknown".
    static const QRegularExpression pattern(
        QStringLiteral("\\bto=<?([^>,\\s]+@[^>,\\s]+)>?,.*?(?:relay=([^\\[,\\s]+)[^,]*,)?.*?"
                       "\\b(?:status|stat)=(sent|bounced|deferred|expired|[^\\s(][^(]*?)(?:\\s*\\((.*)\\))?\\s*$"));
    return pattern;
}

const QRegularExpression &exim()
{
    // Exim: "2026-11-24 10:00:00 1abc-000 ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.com [ip]: …"
    static const QRegularExpression pattern(
        QStringLiteral("\\s(\\*\\*|==|=>|->)\\s+(?:[^\\s@]+\\s+<([^\\s<>]+@[^\\s<>]+)>|<?([^\\s<>]+@[^\\s<>:]+)>?)"
                       "(?:\\s+<[^>]*>)?(.*)$"));
    return pattern;
}

const QRegularExpression &opensmtpd()
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\bdelivery\\b.*?\\bto=<([^>]+)>.*?(?:relay=([^\\s,]+).*?)?result=\"?(Ok|TempFail|PermFail|Loop)\"?"
        "(?:.*?stat=\"?(.*?)\"?\\s*$)?"));
    return pattern;
}

QString postfixAction(const QString &status, const QString &detail)
{
    if (status == u"sent" || status.startsWith(u"Sent"))
        return QStringLiteral("delivered");
    if (status == u"deferred" || status.startsWith(u"Deferred"))
        return QStringLiteral("delayed");
    Q_UNUSED(detail)
    return QStringLiteral("failed");
}

} // namespace

bool LogReader::isLog(QStringView text)
{
    static const QRegularExpression line(
        QStringLiteral("(?:postfix/|sendmail\\[|\\bsmtpd\\[|\\bexim\\b|\\s(?:\\*\\*|==|=>|<=)\\s|\\bmta delivery\\b|"
                       "\\bsmtp (?:failed-command|message|connected))"));
    int lines = 0;
    int matching = 0;
    for (QStringView raw : text.split(u'\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        matching += line.match(raw).hasMatch() ? 1 : 0;
        if (++lines >= 50)
            break;
    }
    return lines > 0 && matching * 2 >= lines;
}

QList<LogDelivery> LogReader::deliveries(QStringView text)
{
    QList<LogDelivery> found = lines(text);
    // Exim's "retry time not reached" says nothing of why: what the recipient's last real attempt said does.
    QHash<QString, QString> last;
    for (LogDelivery &delivery : found) {
        if (delivery.diagnostic.contains(u"retry time not reached"))
            delivery.earlier = last.value(delivery.recipient);
        else
            last.insert(delivery.recipient, delivery.diagnostic);
    }
    return found;
}

QList<LogDelivery> LogReader::lines(QStringView text)
{
    QList<LogDelivery> found;
    int number = 0;
    for (QStringView raw : text.split(u'\n')) {
        ++number;
        if (!raw.contains(u'@'))
            continue;
        const QStringView line = raw.trimmed(); // matched in place: most lines are no delivery
        if (line.contains(u"to=<") || line.contains(u"to=")) {
            if (const QRegularExpressionMatch match = opensmtpd().match(line); match.hasMatch()) {
                const QString result = match.captured(3);
                const QString action = result == u"Ok"         ? QStringLiteral("delivered")
                                       : result == u"TempFail" ? QStringLiteral("delayed")
                                                               : QStringLiteral("failed");
                found.append({match.captured(1),
                              action,
                              match.captured(4).isEmpty() ? line.toString() : match.captured(4),
                              match.captured(2),
                              {},
                              false,
                              number});
                continue;
            }
            if (const QRegularExpressionMatch match = postfix().match(line); match.hasMatch()) {
                const QString status = match.captured(3).trimmed();
                const qsizetype dsn = line.indexOf(u"dsn=");
                found.append({match.captured(1),
                              postfixAction(status, match.captured(4)),
                              (dsn >= 0 ? line.mid(dsn) : line).toString(),
                              match.captured(2),
                              {},
                              line.contains(u"relay=local"),
                              number});
                continue;
            }
        }
        if (const QRegularExpressionMatch match = exim().match(line); match.hasMatch()) {
            const QString flag = match.captured(1);
            const QString action = flag == u"**"   ? QStringLiteral("failed")
                                   : flag == u"==" ? QStringLiteral("delayed")
                                                   : QStringLiteral("delivered");
            static const QRegularExpression host(QStringLiteral("\\bH=([^\\s\\[]+)"));
            // A local delivery names its file or folder first, then the address: "=> /var/mail/ann/ <ann@…>".
            const QString address = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
            found.append({address,
                          action,
                          match.captured(4).trimmed(),
                          host.match(match.captured(4)).captured(1),
                          {},
                          !match.captured(2).isEmpty() || match.captured(4).contains(u" T=local"),
                          number});
        }
    }
    return found;
}

} // namespace SmtpCodes::Core
