#include "sessionlines.h"

namespace SmtpCodes::Core::SessionLines {

namespace {

const QList<QStringView> &clientPrefixes()
{
    static const QList<QStringView> prefixes{u"C:", u"->", u"~>", u"**>", u"send:", u">>>"};
    return prefixes;
}

/// A client command and how it is shown: "RCPT TO" -> "RCPT".
struct Command
{
    QStringView typed;
    QStringView token;
};

const QList<Command> &smtpCommands()
{
    static const QList<Command> commands{
        {u"EHLO", u"EHLO"}, {u"HELO", u"HELO"}, {u"MAIL FROM", u"MAIL"},    {u"RCPT TO", u"RCPT"}, {u"DATA", u"DATA"},
        {u"QUIT", u"QUIT"}, {u"RSET", u"RSET"}, {u"STARTTLS", u"STARTTLS"}, {u"AUTH", u"AUTH"},    {u"NOOP", u"NOOP"},
        {u"VRFY", u"VRFY"}, {u"EXPN", u"EXPN"}, {u"BDAT", u"BDAT"},         {u"HELP", u"HELP"}};
    return commands;
}

} // namespace

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

bool startsWithAt(QStringView s, qsizetype i, QStringView prefix, Qt::CaseSensitivity cs)
{
    return s.size() - i >= prefix.size() && s.mid(i, prefix.size()).compare(prefix, cs) == 0;
}

const QList<QStringView> &serverPrefixes()
{
    static const QList<QStringView> prefixes{u"S:", u"<**", u"<-", u"<~", u"<<<", u"reply:"};
    return prefixes;
}

qsizetype contentStart(QStringView line)
{
    qsizetype i = skipSpaces(line, 0);
    while (i + 1 < line.size() && line[i] == u'>' && (isSpace(line[i + 1]) || line[i + 1] == u'>') &&
           !startsWithAt(line, i, u">>>"))
        i = skipSpaces(line, i + 1);
    return i;
}

std::pair<QStringView, QStringView> clientCommand(QStringView line)
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
    for (const Command &command : smtpCommands()) {
        if (startsWithAt(line, i, command.typed, Qt::CaseInsensitive)) {
            const qsizetype end = i + command.typed.size();
            if (end == line.size() || isSpace(line[end]) || line[end] == u':')
                return {command.token, line.mid(end).trimmed()};
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

QString addressOf(QStringView argument)
{
    const qsizetype open = argument.indexOf(u'<');
    const qsizetype close = argument.indexOf(u'>', open + 1);
    if (open >= 0 && close > open)
        return argument.mid(open + 1, close - open - 1).trimmed().toString();
    if (argument.startsWith(u':'))
        argument = argument.mid(1);
    return argument.trimmed().split(u' ').value(0).toString();
}

} // namespace SmtpCodes::Core::SessionLines
