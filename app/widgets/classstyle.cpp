#include "classstyle.h"

namespace SmtpCodes::Widgets {

QColor badgeColor(Core::ReplyClass replyClass)
{
    switch (replyClass) {
    case Core::ReplyClass::PositiveCompletion:
        return QColor(0x2e, 0x7d, 0x32);
    case Core::ReplyClass::PositiveIntermediate:
        return QColor(0x15, 0x65, 0xc0);
    case Core::ReplyClass::TransientNegative:
        return QColor(0xb2, 0x6a, 0x00);
    case Core::ReplyClass::PermanentNegative:
        return QColor(0xc6, 0x28, 0x28);
    case Core::ReplyClass::Unknown:
        break;
    }
    return QColor(0x60, 0x60, 0x70);
}

} // namespace SmtpCodes::Widgets
