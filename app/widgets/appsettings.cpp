#include "appsettings.h"

#include <core/languages.h>

namespace SmtpCodes::Widgets {

AppSettings::AppSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("smtp-codes"), QStringLiteral("smtp-codes"))
{
}

QString AppSettings::language() const
{
    const QString code = m_settings.value(QStringLiteral("language")).toString();
    return Core::Languages::isAvailable(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("language"), code);
}

} // namespace SmtpCodes::Widgets
