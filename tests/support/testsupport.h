#pragma once

#include <core/catalog.h>

#include <QString>

#include <gtest/gtest.h>

#include <ostream>

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

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(SMTPCODES_TEST_DATA) + u'/' + relative;
}

} // namespace SmtpCodes::Testing
