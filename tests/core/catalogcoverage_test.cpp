// Every language carries the whole reference: each text field of each catalog entry is there, written in the
// language's script, and names the same codes and numbers as the English source.

#include "support/testsupport.h"

#include <core/catalog.h>
#include <core/catalogtranslation.h>

#include <QFile>
#include <QRegularExpression>

#include <map>

using namespace SmtpCodes;
using Core::Catalog;
using Core::CatalogTranslation;
using Core::Field;

namespace {

/// Codes (550, 5.7.26, X.1.1) and plain numbers: a translation names the same ones, in ASCII digits.
QStringList numbersIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"((?<![\w.])(?:X|\d)(?:\.\d+)+(?![\w])|\b\d+\b)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

/// The scripts a language is written in, for the languages whose script is not Latin.
QList<QChar::Script> scriptsOf(const QString &language)
{
    static const std::map<QString, QList<QChar::Script>> scripts{
        {QStringLiteral("ar"), {QChar::Script_Arabic}},
        {QStringLiteral("ru"), {QChar::Script_Cyrillic}},
        {QStringLiteral("th"), {QChar::Script_Thai}},
        {QStringLiteral("hi"), {QChar::Script_Devanagari}},
        {QStringLiteral("ko"), {QChar::Script_Hangul}},
        {QStringLiteral("ja"), {QChar::Script_Hiragana, QChar::Script_Katakana, QChar::Script_Han}},
        {QStringLiteral("zh_CN"), {QChar::Script_Han}}};
    const auto it = scripts.find(language);
    return it == scripts.end() ? QList<QChar::Script>{} : it->second;
}

/// The share of the letters of @p text written in one of @p scripts (1 when there are none). Words kept as the
/// English has them (Gmail, SPF, "User unknown") do not count, nor do letters of no one script (ー).
double scriptShare(const QString &text, const QString &english, const QList<QChar::Script> &scripts)
{
    static const QRegularExpression latinWord(QStringLiteral(R"([A-Za-z][A-Za-z0-9'-]*)"));
    QString rest = text;
    for (auto it = latinWord.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch word = it.next();
        if (english.contains(word.captured(0), Qt::CaseInsensitive))
            rest.replace(word.capturedStart(0), word.capturedLength(0), QString(word.capturedLength(0), u' '));
    }
    int letters = 0;
    int inScript = 0;
    for (const char32_t c : rest.toUcs4()) {
        const QChar::Script script = QChar::script(c);
        if (!QChar::isLetter(c) || script == QChar::Script_Common || script == QChar::Script_Inherited)
            continue;
        ++letters;
        if (scripts.contains(script))
            ++inScript;
    }
    return letters == 0 ? 1.0 : double(inScript) / letters;
}

/// Short texts may equal the English ("DMARC", "Gmail") and may be mostly Latin ("SPF の失敗").
constexpr qsizetype ShortForIdentity = 24;
constexpr qsizetype ShortForScript = 30;

QString fieldName(Field field)
{
    return Core::CodeEntry::fieldKey(field);
}

class CatalogCoverageTest : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(CatalogCoverageTest, EveryFieldIsTranslatedInTheLanguagesScriptWithTheSameCodes)
{
    const QString language = GetParam();
    QFile file(QStringLiteral(":/catalog/l10n/%1.json").arg(language));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "no embedded catalog text for " << language.toStdString();
    QString problem;
    const CatalogTranslation translation = CatalogTranslation::fromJson(file.readAll(), language, &problem);
    ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    ASSERT_FALSE(Testing::catalog().isEmpty());

    const QList<QChar::Script> scripts = scriptsOf(language);
    QStringList problems;
    int checked = 0;
    QSet<QString> known;
    for (const Core::CodeEntry &entry : Testing::catalog().entries()) {
        known.insert(entry.code);
        for (int f = 0; f < Core::FieldCount; ++f) {
            const auto field = Field(f);
            const QString &english = entry.englishText(field);
            if (english.isEmpty())
                continue;
            ++checked;
            const QString where = entry.code + u'.' + fieldName(field);
            const QString *text = translation.find(entry.code, field);
            if (!text || text->trimmed().isEmpty()) {
                problems.append(where + QStringLiteral(": missing"));
                continue;
            }
            if (english.size() > ShortForIdentity && text->trimmed() == english.trimmed())
                problems.append(where + QStringLiteral(": identical to English"));
            if (numbersIn(english) != numbersIn(*text))
                problems.append(where + QStringLiteral(": codes or numbers differ: ") + numbersIn(english).join(u' ') +
                                QStringLiteral(" / ") + numbersIn(*text).join(u' '));
            if (!scripts.isEmpty() && english.size() > ShortForScript && scriptShare(*text, english, scripts) < 0.5)
                problems.append(where + QStringLiteral(": mostly not in the language's script"));
        }
    }
    for (auto it = translation.texts().cbegin(); it != translation.texts().cend(); ++it) {
        if (!known.contains(it.key()))
            problems.append(it.key() + QStringLiteral(": not in the catalog"));
    }
    EXPECT_GT(checked, 2000);
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problems in " << language.toStdString() << ":\n"
                                    << problems.mid(0, 40).join(u'\n').toStdString();
}

TEST(CatalogCoverageTest, ScriptShareCountsLettersOnly)
{
    const QList<QChar::Script> arabic{QChar::Script_Arabic};
    EXPECT_DOUBLE_EQ(scriptShare(QStringLiteral("The mailbox is full"), QStringLiteral("Mailbox full"), arabic), 0.0);
    EXPECT_DOUBLE_EQ(scriptShare(QStringLiteral("550 5.1.1 SMTP — …"), QStringLiteral("SMTP"), arabic), 1.0);
    EXPECT_DOUBLE_EQ(scriptShare(QStringLiteral("صندوق Gmail ممتلئ"), QStringLiteral("Gmail mailbox"), arabic), 1.0);
    EXPECT_LT(scriptShare(QStringLiteral("صندوق mailbox"), QStringLiteral("Gmail"), arabic), 1.0);
    EXPECT_EQ(
        numbersIn(QStringLiteral("550 and X.7.26, RFC 5321 section 4.2")),
        (QStringList{QStringLiteral("4.2"), QStringLiteral("5321"), QStringLiteral("550"), QStringLiteral("X.7.26")}));
}

INSTANTIATE_TEST_SUITE_P(Languages, CatalogCoverageTest, ::testing::ValuesIn(Testing::translatedLanguages()),
                         Testing::languageTestName);
