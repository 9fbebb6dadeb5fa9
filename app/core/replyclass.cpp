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

QString ReplyClasses::consequence(ReplyClass replyClass, const QString &code)
{
    switch (replyClass) {
    case ReplyClass::PositiveCompletion:
        return tr("%1 reports success: the requested action is done and the client can go on with its next command.")
            .arg(code);
    case ReplyClass::PositiveIntermediate:
        return tr("%1 is a go-ahead: the server has accepted the command so far and waits for more input from the "
                  "client.")
            .arg(code);
    case ReplyClass::TransientNegative:
        return tr("%1 is temporary: the client keeps the message and tries again later, when the condition may have "
                  "cleared.")
            .arg(code);
    case ReplyClass::PermanentNegative:
        return tr("%1 is permanent: repeating the same request unchanged will fail again, so something has to be "
                  "corrected first.")
            .arg(code);
    case ReplyClass::Unknown:
        break;
    }
    return {};
}

QString ReplyClasses::sharedConsequence(ReplyClass replyClass, const QString &first, const QString &second)
{
    switch (replyClass) {
    case ReplyClass::PositiveCompletion:
        return tr("Both %1 and %2 report success, so neither needs any action from the client.").arg(first, second);
    case ReplyClass::PositiveIntermediate:
        return tr("Both %1 and %2 are go-aheads that wait for more input from the client.").arg(first, second);
    case ReplyClass::TransientNegative:
        return tr("Both %1 and %2 are temporary: the client keeps the message and retries later.").arg(first, second);
    case ReplyClass::PermanentNegative:
        return tr("Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.")
            .arg(first, second);
    case ReplyClass::Unknown:
        break;
    }
    return {};
}

} // namespace SmtpCodes::Core
