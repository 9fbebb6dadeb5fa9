#pragma once

#include "codeentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace SmtpCodes::Core {

/// One language's catalog text: for each entry code, its text fields in that language. Read from a file
/// `<language>.json` of the form {"formatVersion": 2, "language": "ja", "entries": {"550": {"name": "…"}}}.
class CatalogTranslation final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::CatalogTranslation)

public:
    /// Parses @p json for @p language. On a problem returns an empty translation and says what is wrong in
    /// @p problem: the catalog then shows English, never nothing.
    static CatalogTranslation fromJson(const QByteArray &json, const QString &language, QString *problem);

    /// The text of @p field of entry @p code, or nullptr when this language has none.
    const QString *find(const QString &code, Field field) const;

    const QHash<QString, std::array<QString, FieldCount>> &texts() const { return m_texts; }

private:
    QHash<QString, std::array<QString, FieldCount>> m_texts;
};

/// The translations of one catalog, loaded on demand, one language at a time, from a directory of
/// `<language>.json` files. Safe to use from several threads.
class CatalogTranslations final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::CatalogTranslations)

public:
    explicit CatalogTranslations(QString directory = {})
        : m_directory(std::move(directory))
    {
    }

    /// The translation of @p language, read on first use; nullptr for English or when there is no file.
    std::shared_ptr<const CatalogTranslation> get(const QString &language) const;

    /// What went wrong reading @p language's file, or an empty string.
    QString problem(const QString &language) const;

    const QString &directory() const { return m_directory; }

private:
    QString m_directory;
    mutable QMutex m_mutex;
    mutable QHash<QString, std::shared_ptr<const CatalogTranslation>> m_loaded;
    mutable QHash<QString, QString> m_problems;
};

} // namespace SmtpCodes::Core
