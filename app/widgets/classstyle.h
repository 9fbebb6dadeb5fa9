#pragma once

#include <core/replyclass.h>

#include <QColor>

namespace SmtpCodes::Widgets {

/// The colour of a class badge: green for success, blue for go-ahead, amber for temporary, red for permanent,
/// grey for enhanced codes. The one place colours are chosen.
QColor badgeColor(Core::ReplyClass replyClass);

} // namespace SmtpCodes::Widgets
