#include "firstpaint.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QWidget>
#include <QWindow>

#include <chrono>

namespace SmtpCodes::Widgets {

bool reportFirstPaint(QWidget &window)
{
    if (!qEnvironmentVariableIsSet("SMTPCODES_EXIT_AFTER_SHOW"))
        return false;
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    window.repaint();
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 launched = qEnvironmentVariable("SMTPCODES_LAUNCH_NS").toLongLong();
    QTextStream(stdout) << "shown-after-us " << (std::chrono::nanoseconds(now).count() - launched) / 1000 << Qt::endl;
    return true;
}

} // namespace SmtpCodes::Widgets
