#pragma once

#include <QSettings>
#include <QString>

namespace SmtpCodes::Widgets {

/// What the app remembers between runs, read defensively: a missing, hand-edited or corrupt value reads as the
/// default, never as garbage.
class AppSettings final
{
public:
    AppSettings();

    /// The remembered interface language, or an empty string when none (or an unknown one) is stored.
    QString language() const;
    void setLanguage(const QString &code);

    /// The settings file could not be read as settings (it is then ignored and rewritten on the next save).
    bool isDamaged() const { return m_settings.status() == QSettings::FormatError; }

    QSettings &raw() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace SmtpCodes::Widgets
