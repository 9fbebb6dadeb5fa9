#pragma once

#include <core/catalog.h>
#include <core/languages.h>

#include <QString>

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
/// Lets GoogleTest print a QString as text instead of as UTF-16 bytes.
inline void PrintTo(const QString &text, std::ostream *stream)
{
    *stream << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace SmtpCodes::Testing {

/// The real, embedded catalog, loaded once through the same validation as the app.
inline const Core::Catalog &catalog()
{
    static const Core::Catalog loaded = [] {
        QString error;
        std::optional<Core::Catalog> result = Core::Catalog::loadEmbedded(&error);
        if (!result) {
            ADD_FAILURE() << "the embedded catalog does not load: " << error.toStdString();
            return Core::Catalog();
        }
        return *result;
    }();
    return loaded;
}

/// Every interface language but English, for tests run once per language.
inline std::vector<QString> translatedLanguages()
{
    std::vector<QString> codes;
    for (const QString &code : Core::Languages::codes()) {
        if (code != u"en")
            codes.push_back(code);
    }
    return codes;
}

/// Names a per-language test after its language: ".../ja".
inline std::string languageTestName(const ::testing::TestParamInfo<QString> &info)
{
    return info.param.toStdString();
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(SMTPCODES_TEST_DATA) + u'/' + relative;
}

} // namespace SmtpCodes::Testing
