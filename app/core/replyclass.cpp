#include "replyclass.h"

namespace SmtpCodes::Core {

QList<ReplyClass> ReplyClasses::all()
{
    return {ReplyClass::PositiveCompletion, ReplyClass::PositiveIntermediate, ReplyClass::TransientNegative,
            ReplyClass::PermanentNegative};
}

ReplyClass ReplyClasses::fromCode(QStringView code)
{
    if (code.isEmpty())
        return ReplyClass::Unknown;
    switch (code.front().unicode()) {
    case u'2':
        return ReplyClass::PositiveCompletion;
    case u'3':
        return ReplyClass::PositiveIntermediate;
    case u'4':
        return ReplyClass::TransientNegative;
    case u'5':
        return ReplyClass::PermanentNegative;
    default:
        return ReplyClass::Unknown;
    }
}

ReplyClass ReplyClasses::fromLabel(QStringView label)
{
    for (ReplyClass c : all()) {
        if (label == ReplyClasses::label(c))
            return c;
    }
    return ReplyClass::Unknown;
}

QString ReplyClasses::label(ReplyClass replyClass)
{
    if (replyClass == ReplyClass::Unknown)
        return {};
    return QString::number(int(replyClass)) + u"xx";
}

QString ReplyClasses::name(ReplyClass replyClass)
{
    switch (replyClass) {
    case ReplyClass::PositiveCompletion:
        return tr("Positive Completion");
    case ReplyClass::PositiveIntermediate:
        return tr("Positive Intermediate");
    case ReplyClass::TransientNegative:
        return tr("Transient Negative");
    case ReplyClass::PermanentNegative:
        return tr("Permanent Negative");
    case ReplyClass::Unknown:
        break;
    }
    return tr("Unknown class");
}

} // namespace SmtpCodes::Core
