#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace SmtpCodes::Core::SessionLines {

/// How the lines of SMTP sessions look, as transcripts write them: the client's commands ("C: RCPT TO:<…>", swaks'
/// "-> ", a plain "RCPT TO:<…>"), the server's lines ("S: ", "<- ") and the quoting around them.
///
/// @code
/// SessionLines::clientCommand(u"C: RCPT TO:<bob@example.com>");   // {"RCPT", ":<bob@example.com>"}
/// SessionLines::addressOf(u":<bob@example.com> SIZE=100");        // "bob@example.com"
/// @endcode

bool isSpace(QChar c);
qsizetype skipSpaces(QStringView s, qsizetype i);
bool startsWithAt(QStringView s, qsizetype i, QStringView prefix, Qt::CaseSensitivity cs = Qt::CaseSensitive);

/// The prefixes that mark a server's line in a transcript: "S:", "<-", "<<<"…
const QList<QStringView> &serverPrefixes();

/// The start of a line without indentation and e-mail quoting ("> > ").
qsizetype contentStart(QStringView line);

/// The SMTP command a client line gives ("RCPT", "MAIL", "DATA"…), with its argument; an empty command when the
/// line is none.
std::pair<QStringView, QStringView> clientCommand(QStringView line);

/// Whether @p line carries a client prefix ("C:", "->", ">>>"…).
bool isClientLine(QStringView line);

/// "bob@example.com" out of ":<bob@example.com> SIZE=100".
QString addressOf(QStringView argument);

} // namespace SmtpCodes::Core::SessionLines
