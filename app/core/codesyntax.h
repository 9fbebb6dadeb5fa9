#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpCodes::Core {

/// A concrete enhanced status code as it appears in a reply: class.subject.detail, "5.7.26".
struct EnhancedCode
{
    int statusClass = 0; ///< 2, 4 or 5
    int subject = 0;     ///< 0 to 7 in the registry
    int detail = 0;

    /// "5.7.26".
    QString toString() const;

    /// "X.7.26", the form the catalog stores.
    QString generic() const;
};

/// What someone copied from a bounce: a basic reply, an enhanced code, or both.
struct CodePair
{
    QString reply;    ///< "550", or empty
    QString enhanced; ///< "5.7.26" or "X.7.26", or empty
};

/// The one grammar of SMTP codes: every "is this a code?" question in the program is answered here.
namespace CodeSyntax {

/// A basic reply code: three digits, 2–5, 0–5, 0–9.
/// @code
/// isReplyCode(u"550"); // true
/// isReplyCode(u"560"); // false: the second digit of a reply is 0 to 5
/// @endcode
bool isReplyCode(QStringView text);

/// A concrete enhanced code, "5.1.1" (class 2, 4 or 5; subject and detail of one to three digits).
/// @code
/// parseEnhanced(u"5.7.26")->subject; // 7
/// parseEnhanced(u"6.1.1");           // nothing: no such class
/// @endcode
std::optional<EnhancedCode> parseEnhanced(QStringView text);

/// An enhanced code in the catalog's generic form, "X.1.1" (a lower-case x is accepted).
bool isGenericEnhanced(QStringView text);

/// "5.1.1" and "x.1.1" -> "X.1.1"; anything that is not an enhanced code is returned unchanged.
QString genericEnhanced(QStringView text);

/// What people copy from bounces, read as codes: "550", "5.1.1", "X.1.1", "#5.1.1", "550 5.7.26", "550-5.7.26",
/// "550 #5.7.26". Nothing for anything else.
/// @code
/// parseLookup(u"550-5.7.26"); // {"550", "5.7.26"}
/// parseLookup(u"#5.1.1");     // {"", "5.1.1"}
/// parseLookup(u"55");         // nothing: a partial code (see isPartialCode)
/// @endcode
std::optional<CodePair> parseLookup(QStringView text);

/// The beginning of a code being typed, or a whole one: "5", "55", "550", "5.", "5.7", "x.7.2".
/// @code
/// isPartialCode(u"5.7");  // true
/// isPartialCode(u"5a");   // false
/// @endcode
bool isPartialCode(QStringView text);

/// A reply code standing alone at @p position of @p text: not glued to a letter, digit, '.', '-' or ':' before
/// it, and followed by a space, a tab, '-' or the end. @p separator receives ' ' or '-' (a continued reply).
/// @code
/// replyAt(u"said: 550-5.7.26 …", 6, &separator); // true, separator '-'
/// replyAt(u"port 2550 open", 6, &separator);     // false: part of a longer number
/// @endcode
bool replyAt(QStringView text, qsizetype position, QChar *separator);

/// An enhanced code starting at @p position after optional spaces and one '#', ending before anything but a
/// letter ("5.1.1", "#5.1.0", "5.7.26,"); empty when there is none.
/// @code
/// enhancedAt(u"550 #5.1.1 user unknown", 3); // "5.1.1"
/// enhancedAt(u"version 5.1.1a", 8);          // "": glued to a letter
/// @endcode
QString enhancedAt(QStringView text, qsizetype position);

} // namespace CodeSyntax

} // namespace SmtpCodes::Core
