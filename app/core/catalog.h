#pragma once

#include "codeentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace SmtpCodes::Core {

/// The whole reference: every basic reply code and enhanced status code, validated, immutable once loaded.
///
/// Loading checks the entire content and names the first problem exactly:
/// @code
/// QString error;
/// auto catalog = Catalog::fromSources({{"replies.json", bytes}}, &error);
/// if (!catalog) qWarning() << error; // "replies.json: entry 3 (551): related code 999 is not in the catalog"
/// @endcode
class Catalog final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Catalog)

public:
    /// One catalog file: its name (for error messages) and its JSON text.
    struct Source
    {
        QString name;
        QByteArray json;
    };

    Catalog() = default;

    /// Parses and validates @p sources as one catalog. On any problem returns nothing and sets @p error.
    static std::optional<Catalog> fromSources(const QList<Source> &sources, QString *error);

    /// The catalog embedded in the program (":/catalog/*.json").
    static std::optional<Catalog> loadEmbedded(QString *error);

    /// The resource paths of the embedded catalog files.
    static QStringList embeddedFiles();

    const QList<CodeEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const CodeEntry &at(qsizetype index) const { return m_entries.at(index); }

    /// The index of @p code, or -1. Accepts "550", " 550 ", "X.1.1" and a concrete enhanced code "5.1.1".
    qsizetype indexOf(QStringView code) const;

    /// The entry for @p code (see indexOf), or nullptr.
    const CodeEntry *find(QStringView code) const;

    /// Up to @p count catalog codes closest to @p code, nearest first: "559" -> 554, 555, 556.
    QStringList nearest(QStringView code, int count = 3) const;

    /// The enhanced codes whose entries name @p replyCode among their usual replies.
    QStringList enhancedFor(const QString &replyCode) const;

    /// "5.1.1" -> "X.1.1"; anything else unchanged. Enhanced entries are stored with an X class.
    static QString genericEnhanced(QStringView code);

private:
    QList<CodeEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QStringList> m_enhancedByReply;
};

} // namespace SmtpCodes::Core
