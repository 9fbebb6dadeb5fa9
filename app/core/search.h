#pragma once

#include "catalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpCodes::Core {

/// What the user asks for: free text plus optional filters.
struct SearchQuery
{
    QString text; ///< "55", "mailbox full", "550 5.1.1", "dkim", "tss04", "メールボックス"
    std::optional<ReplyClass> replyClass; ///< only replies (and provider replies) of this class
    std::optional<EntryKind> kind;        ///< only entries of this kind; Reply includes the non-standard codes
};

/// Ranks catalog entries for a query, fast enough to run on every keystroke.
///
/// Ranking: an exact code first, then codes starting with the text ("55" -> 550…556), then entries whose name
/// has a word starting with it, then entries whose text does. Several words must all match; each word also
/// matches its spelling variants and synonyms ("blacklist" finds "blocklist"), and the common case of a few
/// well-known queries comes first ("user unknown" puts X.1.1 and 550 first). A query made only of codes
/// ("550 5.1.1") lists each of them. Words in scripts written without spaces (Chinese, Japanese, Thai) match
/// anywhere inside the text. The current language's text and English are both searched.
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
    const QString &language() const { return m_language; }

    /// Builds the word index now, if no query has yet.
    void prepare() const;

private:
    struct Indexed
    {
        QStringList codes;      ///< case-folded codes the entry answers to: "x.1.1"; a provider reply's "550", "5.7.26"
        QStringList ownerWords; ///< a provider reply's provider name and id: a query naming it wants its replies
        QStringList nameWords;  ///< case-folded, sorted, unique
        QStringList textWords;  ///< case-folded, sorted, unique
        QString name;           ///< case-folded names, for words of scripts without spaces
        QString text;           ///< case-folded texts, likewise
    };

    int score(const Indexed &item, const QString &token) const;
    int wordScore(const Indexed &item, const QString &token) const;
    void buildIndex() const;

    const Catalog *m_catalog;
    QString m_language;
    mutable QList<Indexed> m_items;
    mutable qsizetype m_longestWord = 0;
};

} // namespace SmtpCodes::Core
