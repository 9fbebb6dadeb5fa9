#include "enhancedstatus.h"

namespace SmtpCodes::Core {

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
