#include "languages.h"

#include "document.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace SmtpCodes::Core {

namespace {

// Kept for lupdate: Qt reads this message to choose the layout direction, so each translation says whether its
// script runs left to right or right to left.
[[maybe_unused]] const struct
{
    const char *source;
    const char *comment;
} layoutDirection =
    QT_TRANSLATE_NOOP3("QGuiApplication", "QT_LAYOUT_DIRECTION",
                       "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
                       "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

struct State
{
    QString current = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

State &state()
{
    static State instance;
    return instance;
}

} // namespace

const QList<Language> &Languages::all()
{
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("tr"), QStringLiteral("Türkçe")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
        {QStringLiteral("th"), QStringLiteral("ไทย")},
        {QStringLiteral("hi"), QStringLiteral("हिन्दी")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return languages;
}

QStringList Languages::codes()
{
    QStringList result;
    for (const Language &language : all())
        result.append(language.code);
    return result;
}

bool Languages::isAvailable(const QString &code)
{
    return codes().contains(code);
}

QString Languages::forLocale(const QLocale &locale)
{
    const QString name = locale.name(); // "pt_BR", "de_AT", "C"
    if (isAvailable(name))
        return name;
    const QString language = name.section(u'_', 0, 0);
    for (const QString &code : codes()) {
        if (code.section(u'_', 0, 0) == language)
            return code;
    }
    return QStringLiteral("en");
}

QString Languages::startupLanguage(const QString &requested, const QString &remembered, const QLocale &system)
{
    if (isAvailable(requested))
        return requested;
    if (isAvailable(remembered))
        return remembered;
    return forLocale(system);
}

QString Languages::unknownLanguageMessage(const QString &code)
{
    const QString shown = shortened(code);
    return tr("unknown language \"%1\"; available: %2").arg(shown, codes().join(QStringLiteral(", ")));
}

QLocale Languages::locale(const QString &code)
{
    return code == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(code);
}

bool Languages::install(const QString &code, QString *error)
{
    if (!isAvailable(code)) {
        if (error)
            *error = unknownLanguageMessage(code);
        return false;
    }
    State &s = state();
    // English has a translation too: its plural forms ("1 code", "115 codes"), nothing else.
    auto app = std::make_unique<QTranslator>();
    std::unique_ptr<QTranslator> qt;
    if (!app->load(QStringLiteral(":/i18n/smtpcodes_") + code)) {
        if (error)
            *error = tr("the translation for \"%1\" is missing from the program").arg(code);
        return false;
    }
    if (code != u"en") {
        // Qt's own texts (standard buttons, text field menus); Debian has none for some languages, which is fine.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    // installTranslator does not de-duplicate: remove the old ones first.
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    s.app = std::move(app);
    s.qt = std::move(qt);
    if (s.qt)
        QCoreApplication::installTranslator(s.qt.get());
    if (s.app)
        QCoreApplication::installTranslator(s.app.get());
    s.current = code;
    QLocale::setDefault(locale(code));
    return true;
}

QString Languages::current()
{
    return state().current;
}

} // namespace SmtpCodes::Core
