#pragma once

class QWidget;

namespace SmtpCodes::Widgets {

/// For scripts/bench: when SMTPCODES_EXIT_AFTER_SHOW is set, waits until @p window is on screen and painted, prints
/// "shown-after-us N" (microseconds since the launch time SMTPCODES_LAUNCH_NS that the script passed) and returns
/// true: the program then quits. Returns false at once otherwise. The window and the baseline window both use it,
/// so they are measured the same way.
bool reportFirstPaint(QWidget &window);

} // namespace SmtpCodes::Widgets
