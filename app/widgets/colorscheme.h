#pragma once

#include <QString>
#include <QStringList>

namespace SmtpCodes::Widgets {

/// The window's colours: "system" follows the desktop's palette, "light" and "dark" choose one, which helps on
/// desktops whose dark theme Qt does not pick up.
class ColorScheme final
{
public:
    static QStringList names(); ///< "system", "light", "dark"

    /// Applies @p name to the whole application; false (and nothing changes) for an unknown name.
    static bool apply(const QString &name);
};

} // namespace SmtpCodes::Widgets
