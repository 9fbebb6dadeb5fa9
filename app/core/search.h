#pragma once

#include "catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpCodes::Core {

/// What the user asks for: free text plus optional filters.
struct SearchQuery
{
    QString text;                         ///< "55", "mailbox full", "550 5.1.1", "dkim"
    std::optional<ReplyClass> replyClass; ///< only basic replies of this class
    std::optional<EntryKind> kind;        ///< only basic replies, or only enhanced codes
};

/// Ranks catalog entries for a query, fast enough to run on every keystroke.
///
/// Ranking: an exact code first, then codes starting with the text ("55" -> 550…556), then entries whose name
/// has a word starting with it, then entries whose text does. Several words must all match. A query made only
/// of codes ("550 5.1.1") lists each of them.
class Search final
{
public:
    /// Searches @p catalog with its text in @p language and in English. The catalog must outlive the Search. The
    /// word index is built by the first query that has words, not before: start-up and an empty list cost nothing.
    /// Not for use from several threads at once.
    explicit Search(const Catalog &catalog, const QString &language = QStringLiteral("en"));

    /// Catalog indexes of the matching entries, best first. An empty text matches everything in catalog order.
    QList<qsizetype> run(const SearchQuery &query) const;

    const Catalog &catalog() const { return *m_catalog; }

    /// Builds the word index now, if no query has yet (the window does this once it is on screen, so that the
    /// first keystroke does not wait for it).
    void prepare() const;

private:
    struct Indexed
    {
        QString code;          ///< case-folded, "x.1.1" for enhanced codes
        QStringList nameWords; ///< case-folded, sorted, unique
        QStringList textWords; ///< case-folded, sorted, unique
    };

    int score(const Indexed &item, const QString &token) const;
    void buildIndex() const;

    const Catalog *m_catalog;
    QString m_language;
    mutable QList<Indexed> m_items;
    mutable qsizetype m_longestWord = 0;
};

} // namespace SmtpCodes::Core
