#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace SmtpCodes::Core {

/// One interface language: its code ("pt_BR") and its name in itself ("Português (Brasil)").
struct Language
{
    QString code;
    QString nativeName;
};

/// The interface languages and the translators that show them. Switching installs the app's own translation
/// (":/i18n/smtpcodes_<code>.qm") and Qt's (qtbase_<code>.qm, where Debian ships one), which posts
/// QEvent::LanguageChange to every widget; English installs only its plural forms.
class Languages final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Languages)

public:
    /// The fifteen interface languages, English first.
    static const QList<Language> &all();

    /// The codes of all(): "en", "es", … "zh_CN".
    static QStringList codes();

    /// True when @p code is one of all().
    static bool isAvailable(const QString &code);

    /// The interface language that fits @p locale best: "de_AT" -> "de", "pt_PT" -> "pt_BR", "zh_TW" -> "zh_CN";
    /// "en" when none does.
    static QString forLocale(const QLocale &locale);

    /// The language to start in: @p requested (--lang) if given, else @p remembered if it is available, else the
    /// one that fits @p system. @p requested must have been checked with isAvailable().
    static QString startupLanguage(const QString &requested, const QString &remembered, const QLocale &system);

    /// The message for an unknown --lang value, listing the available codes.
    static QString unknownLanguageMessage(const QString &code);

    /// The locale that formats numbers for @p code.
    static QLocale locale(const QString &code);

    /// Makes @p code the interface language of the running application. Returns false (and leaves the language
    /// as it was) when @p code is not available or its translation cannot be loaded; @p error says why.
    static bool install(const QString &code, QString *error = nullptr);

    /// The language install() last made current ("en" before any call).
    static QString current();
};

} // namespace SmtpCodes::Core
