#include "appsettings.h"

#include "colorscheme.h"

#include <core/languages.h>

namespace SmtpCodes::Widgets {

namespace {

constexpr qsizetype MaxStateBytes = 64 * 1024; // a window state is a few hundred bytes; more is not ours

} // namespace

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

QByteArray AppSettings::bytes(const QString &key) const
{
    const QVariant value = m_settings.value(key);
    if (value.typeId() != QMetaType::QByteArray)
        return {};
    const QByteArray data = value.toByteArray();
    return data.size() <= MaxStateBytes ? data : QByteArray();
}

QByteArray AppSettings::windowGeometry() const
{
    return bytes(QStringLiteral("window/geometry"));
}

QByteArray AppSettings::windowState() const
{
    return bytes(QStringLiteral("window/state"));
}

QByteArray AppSettings::splitterState() const
{
    return bytes(QStringLiteral("window/splitter"));
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
    m_settings.setValue(QStringLiteral("window/splitter"), splitter);
}

QString AppSettings::lastPlace() const
{
    const QString place = m_settings.value(QStringLiteral("lastPlace")).toString();
    return place.size() <= 64 ? place : QString();
}

void AppSettings::setLastPlace(const QString &place)
{
    m_settings.setValue(QStringLiteral("lastPlace"), place);
}

int AppSettings::boundedInt(const QString &key, int maximum) const
{
    bool ok = false;
    const int value = m_settings.value(key).toInt(&ok);
    return ok && value >= 0 && value <= maximum ? value : 0;
}

int AppSettings::kindFilter() const
{
    return boundedInt(QStringLiteral("filter/kind"), 4);
}

int AppSettings::classFilter() const
{
    return boundedInt(QStringLiteral("filter/class"), 4);
}

void AppSettings::setFilters(int kind, int replyClass)
{
    m_settings.setValue(QStringLiteral("filter/kind"), kind);
    m_settings.setValue(QStringLiteral("filter/class"), replyClass);
}

QString AppSettings::colorScheme() const
{
    const QString name = m_settings.value(QStringLiteral("colorScheme")).toString();
    return ColorScheme::names().contains(name) ? name : QStringLiteral("system");
}

void AppSettings::setColorScheme(const QString &name)
{
    m_settings.setValue(QStringLiteral("colorScheme"), name);
}

} // namespace SmtpCodes::Widgets
