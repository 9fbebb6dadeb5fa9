#include "support/testsupport.h"

#include <core/languages.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace SmtpCodes;
using Core::Languages;

namespace {

QString translationsDir()
{
    return QStringLiteral(SMTPCODES_SOURCE_DIR "/translations");
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

/// How many plural forms Qt expects for a language (see QTranslator's numerus rules).
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms{
        {QStringLiteral("ru"), 3}, {QStringLiteral("ar"), 6}, {QStringLiteral("tr"), 1},
        {QStringLiteral("vi"), 1}, {QStringLiteral("id"), 1}, {QStringLiteral("th"), 1},
        {QStringLiteral("ko"), 1}, {QStringLiteral("ja"), 1}, {QStringLiteral("zh_CN"), 1}};
    return forms.value(language, 2);
}

class TranslationFileTest : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST(TranslationsTest, EveryLanguageHasAFileAndNoFileIsExtra)
{
    QSet<QString> expected;
    // English has one too: its plural forms.
    for (const QString &code : Languages::codes())
        expected.insert(QStringLiteral("smtpcodes_") + code + u".ts");
    const QStringList files = QDir(translationsDir()).entryList({QStringLiteral("*.ts")}, QDir::Files);
    EXPECT_EQ(QSet<QString>(files.cbegin(), files.cend()), expected);
}

TEST_P(TranslationFileTest, IsCompleteAndConsistent)
{
    const QString language = GetParam();
    QFile file(translationsDir() + u"/smtpcodes_" + language + u".ts");
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QXmlStreamReader xml(&file);

    QString context;
    QString source;
    bool numerus = false;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            EXPECT_EQ(xml.attributes().value(QStringLiteral("language")).toString(), language);
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            ++messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const std::string where = QString(context + u": " + source.left(60)).toStdString();
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            EXPECT_TRUE(type.isEmpty()) << where << " is " << type.toString().toStdString();
            QStringList texts;
            if (numerus) {
                while (xml.readNextStartElement())
                    texts.append(xml.readElementText());
                EXPECT_EQ(texts.size(), pluralForms(language)) << where;
            } else {
                texts.append(xml.readElementText());
            }
            for (const QString &text : std::as_const(texts)) {
                EXPECT_FALSE(text.trimmed().isEmpty()) << where << " is empty";
                if (source == u"QT_LAYOUT_DIRECTION")
                    EXPECT_EQ(text, language == u"ar" ? QStringLiteral("RTL") : QStringLiteral("LTR"));
                else
                    EXPECT_EQ(placeholders(text), placeholders(source)) << where << " -> " << text.toStdString();
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFileTest, ::testing::ValuesIn(Testing::translatedLanguages()),
                         Testing::languageTestName);

TEST(TranslationsTest, EveryLanguageInstallsAndEnglishRemovesIt)
{
    for (const QString &code : Languages::codes()) {
        QString error;
        EXPECT_TRUE(Languages::install(code, &error)) << code.toStdString() << ": " << error.toStdString();
        EXPECT_EQ(Languages::current(), code);
        if (code != u"en") {
            EXPECT_NE(QCoreApplication::translate("SmtpCodes::Core::Headings", "How to fix"),
                      QStringLiteral("How to fix"))
                << code.toStdString();
        }
    }
    ASSERT_TRUE(Languages::install(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("SmtpCodes::Core::Headings", "How to fix"), QStringLiteral("How to fix"));
}

TEST(TranslationsTest, QtsOwnTextsAreTranslatedWhereDebianHasThem)
{
    ASSERT_TRUE(Languages::install(QStringLiteral("de")));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    ASSERT_TRUE(Languages::install(QStringLiteral("vi"))); // Debian has no qtbase_vi: ours alone is fine
    ASSERT_TRUE(Languages::install(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

TEST(TranslationsTest, UnknownLanguageIsRefusedWithTheList)
{
    QString error;
    EXPECT_FALSE(Languages::install(QStringLiteral("xx"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"xx\"")));
    EXPECT_TRUE(error.contains(QStringLiteral("zh_CN")));
    EXPECT_EQ(Languages::current(), QStringLiteral("en"));
}

TEST(LanguagesTest, StartupLanguageFollowsOverrideThenMemoryThenSystem)
{
    const QLocale german(QStringLiteral("de_AT"));
    EXPECT_EQ(Languages::startupLanguage(QStringLiteral("ja"), QStringLiteral("ko"), german), QStringLiteral("ja"));
    EXPECT_EQ(Languages::startupLanguage({}, QStringLiteral("ko"), german), QStringLiteral("ko"));
    EXPECT_EQ(Languages::startupLanguage({}, QStringLiteral("garbage\x01"), german), QStringLiteral("de"));
    EXPECT_EQ(Languages::startupLanguage({}, {}, QLocale(QStringLiteral("pt_PT"))), QStringLiteral("pt_BR"));
    EXPECT_EQ(Languages::startupLanguage({}, {}, QLocale(QStringLiteral("zh_TW"))), QStringLiteral("zh_CN"));
    EXPECT_EQ(Languages::startupLanguage({}, {}, QLocale(QStringLiteral("sw_KE"))), QStringLiteral("en"));
    EXPECT_EQ(Languages::startupLanguage({}, {}, QLocale::c()), QStringLiteral("en"));
}

TEST(LanguagesTest, NativeNames)
{
    QStringList names;
    for (const Core::Language &language : Languages::all())
        names.append(language.nativeName);
    for (const char *name : {"Español", "Русский", "العربية", "Tiếng Việt", "简体中文", "日本語"})
        EXPECT_TRUE(names.contains(QString::fromUtf8(name))) << name;
    EXPECT_EQ(Languages::all().size(), 15);
}
