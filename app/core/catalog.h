#pragma once

#include "codeentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace SmtpCodes::Core {

class CatalogTranslations;

/// The whole reference: basic replies, enhanced status codes, non-standard codes, provider responses and bounce
/// reasons, validated, immutable once loaded. Text in other languages than English is read on demand, one
/// language at a time, the first time it is asked for.
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

    Catalog();

    /// Parses and validates @p sources as one catalog. On any problem returns nothing and sets @p error.
    /// @p translationDirectory holds the `<language>.json` files of other languages, if any.
    static std::optional<Catalog> fromSources(const QList<Source> &sources, QString *error,
                                              const QString &translationDirectory = {});

    /// The catalog embedded in the program (":/catalog/…json", translations in ":/catalog/l10n").
    static std::optional<Catalog> loadEmbedded(QString *error);

    /// The resource paths of the embedded catalog files (not their translations).
    static QStringList embeddedFiles();

    const QList<CodeEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const CodeEntry &at(qsizetype index) const { return m_entries.at(index); }

    /// The index of the entry whose code is @p code, or -1. Accepts "550", " 550 ", "X.1.1", a concrete "5.1.1",
    /// a provider response's id and a reason, in any letter case.
    qsizetype indexOf(QStringView code) const;

    /// The entry for @p code (see indexOf), or nullptr.
    const CodeEntry *find(QStringView code) const;

    /// Every entry @p text names, the way people copy codes from bounces: "550" or "5.1.1" alone; "550 5.7.26",
    /// "550-5.7.26" and "#5.1.1" (the reply and the enhanced code); an enhanced code only providers use
    /// ("5.7.708": their responses); a provider's tag ("TSS04", "[TSS04]", "S3150"); an entry's id. Empty
    /// when it names nothing.
    QList<qsizetype> lookup(QStringView text) const;

    /// Up to @p count catalog codes closest to @p code, nearest first: "559" -> 554, 555, 556.
    QStringList nearest(QStringView code, int count = 3) const;

    /// The enhanced codes that usually come with the basic reply @p replyCode.
    QStringList enhancedFor(const QString &replyCode) const;

    /// The provider responses given with @p code: a reply ("550"), a generic enhanced code ("X.7.26") or a
    /// concrete one ("5.7.708").
    QList<qsizetype> providerResponsesFor(const QString &code) const;

    /// The providers, filters, sending services and blocklists the provider responses belong to.
    const QList<Provider> &providers() const { return m_providers; }
    const Provider *provider(const QString &id) const;

    /// The @p field of @p entry in @p language, English where that language has none.
    QString text(const CodeEntry &entry, Field field, const QString &language) const;

    /// Reads @p language's text now (start-up does this beside Qt's own start).
    void preload(const QString &language) const;

    /// What went wrong reading @p language's text (the catalog then shows English), or an empty string.
    QString translationProblem(const QString &language) const;

private:
    QString validateLinks(const QList<QString> &origins) const;
    void sortAndIndex(QList<QString> &origins);

    QList<CodeEntry> m_entries;
    QHash<QString, qsizetype> m_index; ///< case-folded code -> entry
    QList<Provider> m_providers;
    QHash<QString, qsizetype> m_providerIndex;
    QHash<QString, QList<qsizetype>> m_responsesByCode; ///< "550", "X.7.26", "5.7.708" -> provider responses
    QHash<QString, QList<qsizetype>> m_responsesByTag;  ///< case-folded match phrase -> provider responses
    std::shared_ptr<CatalogTranslations> m_translations;
};

} // namespace SmtpCodes::Core
