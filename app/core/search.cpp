#include "search.h"

#include <QSet>

#include <algorithm>

namespace SmtpCodes::Core {

namespace {

QStringList words(const QStringList &texts)
{
    QStringList result;
    for (const QString &original : texts) {
        const QString text = original.toCaseFolded();
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0) {
                result.append(text.mid(start, i - start));
                start = -1;
            }
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

bool anyStartsWith(const QStringList &sortedWords, const QString &prefix, bool *exact)
{
    const auto it = std::lower_bound(sortedWords.cbegin(), sortedWords.cend(), prefix);
    if (it == sortedWords.cend() || !it->startsWith(prefix))
        return false;
    *exact = *it == prefix;
    return true;
}

bool isCodeLike(const QString &token)
{
    return !token.isEmpty() &&
           std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit() || c == u'.' || c == u'x'; }) &&
           (token.front().isDigit() || token.front() == u'x');
}

} // namespace

Search::Search(const Catalog &catalog, const QString &language)
    : m_catalog(&catalog)
    , m_language(language)
{
}

void Search::buildIndex() const
{
    const QString &language = m_language;
    m_items.reserve(m_catalog->size());
    for (const CodeEntry &entry : m_catalog->entries()) {
        Indexed item;
        item.code = entry.code.toCaseFolded();
        QStringList names{entry.name.text(), entry.name.text(language)};
        item.nameWords = words(names);
        QStringList texts;
        for (const LocalizedText *text : {&entry.description, &entry.whenYouSeeIt, &entry.howToFix, &entry.whenToUse}) {
            texts.append(text->text());
            if (language != u"en")
                texts.append(text->text(language));
        }
        for (const ServerExample &example : entry.examples)
            texts.append(example.text);
        texts.append(entry.commands);
        item.textWords = words(texts);
        for (const QString &word : std::as_const(item.textWords))
            m_longestWord = std::max(m_longestWord, word.size());
        for (const QString &word : std::as_const(item.nameWords))
            m_longestWord = std::max(m_longestWord, word.size());
        m_items.append(std::move(item));
    }
}

void Search::prepare() const
{
    if (m_items.isEmpty())
        buildIndex();
}

int Search::score(const Indexed &item, const QString &token) const
{
    if (isCodeLike(token)) {
        const QString code = Catalog::genericEnhanced(token).toCaseFolded();
        if (item.code == code)
            return 1000;
        if (item.code.startsWith(code))
            return 600 - int(item.code.size() - code.size());
        // Up to three digits, or dotted, it is a code being typed: "55" must not find "554" inside a text.
        if (token.size() <= 3 || token.contains(u'.'))
            return 0;
    }
    if (token.size() > m_longestWord)
        return 0;
    bool exact = false;
    if (anyStartsWith(item.nameWords, token, &exact))
        return exact ? 350 : 300;
    if (anyStartsWith(item.textWords, token, &exact))
        return exact ? 120 : 100;
    return 0;
}

QList<qsizetype> Search::run(const SearchQuery &query) const
{
    QStringList tokens;
    {
        QSet<QString> seen;
        for (const QString &part : query.text.toCaseFolded().split(u' ', Qt::SkipEmptyParts)) {
            // Punctuation around a word ("unknown," or "<550>") is not part of what is searched for.
            qsizetype begin = 0;
            qsizetype end = part.size();
            while (begin < end && !part.at(begin).isLetterOrNumber())
                ++begin;
            while (end > begin && !part.at(end - 1).isLetterOrNumber())
                --end;
            const QString token = part.mid(begin, end - begin);
            if (!token.isEmpty() && !seen.contains(token)) {
                seen.insert(token);
                tokens.append(token);
            }
        }
    }
    // Text with nothing searchable in it (only emoji or punctuation) matches nothing rather than everything.
    if (tokens.isEmpty() && !query.text.trimmed().isEmpty())
        return {};
    const bool onlyCodes = !tokens.isEmpty() && std::all_of(tokens.cbegin(), tokens.cend(), isCodeLike);
    if (!tokens.isEmpty())
        prepare();

    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_catalog->size(); ++i) {
        const CodeEntry &entry = m_catalog->at(i);
        if (query.kind && entry.kind != *query.kind)
            continue;
        if (query.replyClass && entry.replyClass != *query.replyClass)
            continue;
        int total = 0;
        for (qsizetype position = 0; position < tokens.size(); ++position) {
            const int points = score(m_items.at(i), tokens.at(position));
            if (points == 0 && !onlyCodes) {
                total = -1;
                break;
            }
            // With several codes, each one listed in the order typed: "550 5.1.1" shows 550, then X.1.1.
            total = onlyCodes ? std::max(total, points > 0 ? points - int(position) : 0) : total + points;
        }
        if (total < 0 || (!tokens.isEmpty() && total == 0))
            continue;
        ranked.append({total, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    QList<qsizetype> result;
    result.reserve(ranked.size());
    for (const auto &[points, index] : std::as_const(ranked))
        result.append(index);
    return result;
}

} // namespace SmtpCodes::Core
