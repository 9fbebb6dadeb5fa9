#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SmtpCodes::Core {

/// The class of a basic reply, given by its first digit (RFC 5321, section 4.2.1).
enum class ReplyClass
{
    Unknown = 0,
    PositiveCompletion = 2,
    PositiveIntermediate = 3,
    TransientNegative = 4,
    PermanentNegative = 5,
};

/// The one table of reply classes: their labels ("5xx"), translated names and what each means for a client.
class ReplyClasses final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::ReplyClasses)

public:
    /// The four classes in order: 2xx, 3xx, 4xx, 5xx.
    static QList<ReplyClass> all();

    /// The class a code's first character names: '5' -> PermanentNegative; Unknown for anything else.
    static ReplyClass fromCode(QStringView code);

    /// The class written as in the catalog, "5xx" -> PermanentNegative; Unknown when it is not one of the four.
    static ReplyClass fromLabel(QStringView label);

    /// "2xx", "3xx", "4xx" or "5xx"; empty for Unknown.
    static QString label(ReplyClass replyClass);

    /// The class name in the current interface language, for example "Permanent Negative".
    static QString name(ReplyClass replyClass);
};

} // namespace SmtpCodes::Core
