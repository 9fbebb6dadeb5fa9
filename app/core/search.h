#pragma once

#include "catalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <future>
#include <memory>
#include <optional>
#include <vector>

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
    /// word index is built by the first query that has words (or by prepareInBackground()), not before: start-up
    /// and an empty list cost nothing. Not for use from several threads at once.
    explicit Search(const Catalog &catalog, const QString &language = QStringLiteral("en"));

    /// Catalog indexes of the matching entries, best first. An empty text matches everything in catalog order.
    QList<qsizetype> run(const SearchQuery &query) const;

    const Catalog &catalog() const { return *m_catalog; }
    const QString &language() const { return m_language; }

    /// Builds the word index now, if no query has yet.
    void prepare() const;

    /// Starts building the word index on another thread, so that the first query finds it ready; a query before it
    /// is done waits for it.
    void prepareInBackground() const;

private:
    /// Words are numbered in alphabetical order, so the words that start with a prefix are one range of numbers.
    using WordIds = std::vector<int>; ///< sorted, unique

    struct Indexed
    {
        QStringList codes;  ///< case-folded codes the entry answers to: "x.1.1"; a provider reply's "550", "5.7.26"
        WordIds ownerWords; ///< a provider reply's provider name and id: a query naming it wants its replies
        WordIds nameWords;
        WordIds textWords;
        QString name; ///< case-folded names, for words of scripts without spaces
        QString text; ///< case-folded texts, likewise
    };

    /// A word of the query (or one of its synonyms) as the words it is a prefix of.
    struct Word
    {
        QString text;
        int first = 0;         ///< the first word that starts with it
        int end = 0;           ///< one past the last
        bool exact = false;    ///< whether the first one is the word itself
        bool unspaced = false; ///< written in a script without spaces between words: matched as a substring
    };

    /// A word of the query, with what scoring it needs worked out once per query rather than once per entry.
    struct Token
    {
        Word word;
        bool code = false;           ///< a code or part of one: "55", "5.7", "x.1.1"
        std::vector<int> codePoints; ///< for a code: the points of each entry (by index) for its codes
        QList<Word> synonyms;        ///< its other spellings and synonyms
    };

    struct CodeRef
    {
        QString code;    ///< case-folded
        qsizetype entry; ///< its entry
        int position;    ///< 0 for the entry's own code, 1 and 2 for a provider reply's reply and enhanced codes
    };

    struct Index
    {
        QList<Indexed> items;       ///< one per catalog entry, in catalog order
        QStringList words;          ///< every word of the index, sorted: a word's number is its position
        std::vector<CodeRef> codes; ///< every code entries answer to, sorted
    };

    Word word(const QString &text) const;
    int score(qsizetype index, const Token &token) const;
    std::vector<int> codePoints(const QString &token) const;
    int wordScore(const Indexed &item, const Word &word) const;
    static std::shared_ptr<const Index> buildIndex(const Catalog *catalog, const QString &language);

    const Catalog *m_catalog;
    QString m_language;
    mutable std::shared_ptr<const Index> m_index;
    mutable std::shared_future<std::shared_ptr<const Index>> m_building;
};

} // namespace SmtpCodes::Core
