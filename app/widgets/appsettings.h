#pragma once

#include <QByteArray>
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

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);

    /// The last place shown ("code:550", "compare:354,551", "analyzer"), unchecked against the catalog.
    QString lastPlace() const;
    void setLastPlace(const QString &place);

    /// The list's filters: kind 0 (all) to 4, class 0 (all) to 4; out-of-range values read as 0.
    int kindFilter() const;
    int classFilter() const;
    void setFilters(int kind, int replyClass);

    /// "system", "light" or "dark"; anything else reads as "system".
    QString colorScheme() const;
    void setColorScheme(const QString &name);

private:
    int boundedInt(const QString &key, int maximum) const;
    QByteArray bytes(const QString &key) const;

    QSettings m_settings;
};

} // namespace SmtpCodes::Widgets
