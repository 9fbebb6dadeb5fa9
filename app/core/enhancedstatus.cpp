#include "enhancedstatus.h"

namespace SmtpCodes::Core {

std::optional<EnhancedCode> EnhancedCode::parse(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
    }
    EnhancedCode code{parts[0].toInt(), parts[1].toInt(), parts[2].toInt()};
    if (parts[0].size() != 1 || (code.statusClass != 2 && code.statusClass != 4 && code.statusClass != 5))
        return std::nullopt;
    return code;
}

QString EnhancedCode::toString() const
{
    return QString::number(statusClass) + u'.' + QString::number(subject) + u'.' + QString::number(detail);
}

QString EnhancedCode::generic() const
{
    return u"X." + QString::number(subject) + u'.' + QString::number(detail);
}

QString EnhancedStatus::className(int statusClass)
{
    switch (statusClass) {
    case 2:
        return tr("Success");
    case 4:
        return tr("Persistent Transient Failure");
    case 5:
        return tr("Permanent Failure");
    default:
        return {};
    }
}

QString EnhancedStatus::subjectName(int subject)
{
    switch (subject) {
    case 0:
        return tr("Other or Undefined Status");
    case 1:
        return tr("Addressing Status");
    case 2:
        return tr("Mailbox Status");
    case 3:
        return tr("Mail System Status");
    case 4:
        return tr("Network and Routing Status");
    case 5:
        return tr("Mail Delivery Protocol Status");
    case 6:
        return tr("Message Content or Media Status");
    case 7:
        return tr("Security or Policy Status");
    default:
        return {};
    }
}

} // namespace SmtpCodes::Core
