#include "search.h"

#include "codesyntax.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace SmtpCodes::Core {

namespace {

/// The search's data (":/search/search.json"): spelling variants and synonyms, and the common case of a few
/// queries. Phrase tables are data, read once.
struct SearchData
{
    QHash<QString, QStringList> synonyms;              ///< a word -> every word of its group, itself included
    QList<std::pair<QStringList, QStringList>> boosts; ///< words of a query -> codes that come first, best first

    static const SearchData &instance()
    {
        static const SearchData data = [] {
            SearchData loaded;
            QFile file(QStringLiteral(":/search/search.json"));
            if (!file.open(QIODevice::ReadOnly))
                return loaded;
            const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            for (const QJsonValue &group : root.value(u"synonyms").toArray()) {
                QStringList words;
                for (const QJsonValue &word : group.toArray())
                    words.append(word.toString().toCaseFolded());
                for (const QString &word : std::as_const(words))
                    loaded.synonyms.insert(word, words);
            }
            for (const QJsonValue &boost : root.value(u"boosts").toArray()) {
                QStringList words;
                QStringList codes;
                for (const QJsonValue &word : boost[u"words"].toArray())
                    words.append(word.toString().toCaseFolded());
                for (const QJsonValue &code : boost[u"codes"].toArray())
                    codes.append(code.toString());
                loaded.boosts.append({words, codes});
            }
            return loaded;
        }();
        return data;
    }
};

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

/// Whether @p ids holds a word numbered in [@p first, @p end); @p exact: whether that is @p first itself.
bool anyIn(const std::vector<int> &ids, int first, int end, bool *exact)
{
    const auto it = std::lower_bound(ids.cbegin(), ids.cend(), first);
    if (it == ids.cend() || *it >= end)
        return false;
    *exact = *it == first;
    return true;
}

/// Scripts written without spaces between words: a word of them is looked for anywhere in the text.
bool hasUnspacedScript(const QString &token)
{
    for (QChar c : token) {
        const QChar::Script script = c.script();
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana ||
            script == QChar::Script_Thai || script == QChar::Script_Lao || script == QChar::Script_Khmer)
            return true;
    }
    return false;
}

QStringList tokensOf(const QString &text)
{
    QStringList tokens;
    QSet<QString> seen;
    for (const QString &part : text.toCaseFolded().split(u' ', Qt::SkipEmptyParts)) {
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
    return tokens;
}

} // namespace

Search::Search(const Catalog &catalog, const QString &language)
    : m_catalog(&catalog)
    , m_language(language)
{
}

std::shared_ptr<const Search::Index> Search::buildIndex(const Catalog *catalog, const QString &language)
{
    auto index = std::make_shared<Index>();
    static const Field textFields[] = {Field::Description, Field::WhenYouSeeIt, Field::HowToFix,
                                       Field::WhenToUse,   Field::Sender,       Field::Admin};
    // Each distinct word is kept once, numbered as first met; the numbers are put in alphabetical order at the end.
    QHash<QString, int> met;
    QStringList distinct;
    const auto numbered = [&](const QStringList &sortedWords) {
        WordIds ids;
        ids.reserve(std::size_t(sortedWords.size()));
        for (const QString &w : sortedWords) {
            auto it = met.constFind(w);
            if (it == met.cend()) {
                it = met.insert(w, int(distinct.size()));
                distinct.append(w);
            }
            ids.push_back(*it);
        }
        return ids;
    };
    // Substrings are searched for only with words of scripts written without spaces, so only such text is kept.
    const auto unspaced = [](const QStringList &texts) {
        QStringList kept;
        for (const QString &text : texts) {
            if (hasUnspacedScript(text))
                kept.append(text);
        }
        return kept.join(u'\n').toCaseFolded();
    };
    index->items.reserve(catalog->size());
    for (const CodeEntry &entry : catalog->entries()) {
        Indexed item;
        item.codes.append(entry.code.toCaseFolded());
        QStringList names{entry.englishText(Field::Name)};
        if (language != u"en")
            names.append(catalog->text(entry, Field::Name, language));
        QStringList texts;
        for (Field field : textFields) {
            if (entry.englishText(field).isEmpty())
                continue;
            texts.append(entry.englishText(field));
            if (language != u"en")
                texts.append(catalog->text(entry, field, language));
        }
        for (const ServerExample &example : entry.examples)
            texts.append(example.text);
        texts += entry.commands;
        if (entry.kind == EntryKind::Provider) {
            item.codes << entry.reply << entry.enhanced;
            if (const Provider *provider = catalog->provider(entry.provider))
                item.ownerWords = numbered(words({provider->name, provider->id}));
            // Its tags name it as much as its name does: "TSS04", "S3150".
            names += entry.match;
        }
        if (entry.kind == EntryKind::Reason)
            names.append(entry.code);
        item.nameWords = numbered(words(names));
        item.textWords = numbered(words(texts));
        item.name = unspaced(names);
        item.text = unspaced(texts);
        index->items.append(std::move(item));
    }

    // Number the words in alphabetical order, so that the words a prefix starts are one range of numbers.
    std::vector<int> order(std::size_t(distinct.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&distinct](int a, int b) { return distinct.at(a) < distinct.at(b); });
    std::vector<int> rank(order.size());
    index->words.reserve(distinct.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[std::size_t(order[i])] = int(i);
        index->words.append(distinct.at(order[i]));
    }
    const auto renumber = [&rank](WordIds &ids) {
        for (int &id : ids)
            id = rank[std::size_t(id)];
        std::sort(ids.begin(), ids.end());
    };
    for (qsizetype i = 0; i < index->items.size(); ++i) {
        Indexed &item = index->items[i];
        for (qsizetype position = 0; position < item.codes.size(); ++position)
            index->codes.push_back({item.codes.at(position), i, int(position)});
        renumber(item.ownerWords);
        renumber(item.nameWords);
        renumber(item.textWords);
    }
    std::sort(index->codes.begin(), index->codes.end(),
              [](const CodeRef &a, const CodeRef &b) { return a.code < b.code; });
    return index;
}

Search::Word Search::word(const QString &text) const
{
    Word result;
    result.text = text;
    result.unspaced = hasUnspacedScript(text);
    const auto first = std::lower_bound(m_index->words.cbegin(), m_index->words.cend(), text);
    auto end = first;
    while (end != m_index->words.cend() && end->startsWith(text))
        ++end;
    result.first = int(first - m_index->words.cbegin());
    result.end = int(end - m_index->words.cbegin());
    result.exact = first != m_index->words.cend() && *first == text;
    return result;
}

void Search::prepare() const
{
    if (m_index)
        return;
    m_index = m_building.valid() ? m_building.get() : buildIndex(m_catalog, m_language);
    m_building = {};
}

void Search::prepareInBackground() const
{
    if (m_index || m_building.valid())
        return;
    m_building = std::async(std::launch::async, [catalog = m_catalog, language = m_language] {
                     return buildIndex(catalog, language);
                 }).share();
}

int Search::wordScore(const Indexed &item, const Word &word) const
{
    if (word.unspaced) {
        if (item.name.contains(word.text))
            return 300;
        return item.text.contains(word.text) ? 100 : 0;
    }
    if (word.first == word.end)
        return 0;
    bool exact = false;
    if (anyIn(item.ownerWords, word.first, word.end, &exact))
        return exact && word.exact ? 400 : 360;
    if (anyIn(item.nameWords, word.first, word.end, &exact))
        return exact && word.exact ? 350 : 300;
    if (anyIn(item.textWords, word.first, word.end, &exact))
        return exact && word.exact ? 120 : 100;
    return 0;
}

std::vector<int> Search::codePoints(const QString &token) const
{
    std::vector<int> points(std::size_t(m_index->items.size()), 0);
    std::vector<int> from(std::size_t(m_index->items.size()), std::numeric_limits<int>::max());
    const QString generic = CodeSyntax::genericEnhanced(token).toCaseFolded();
    for (const QString &prefix : {generic, token}) {
        auto it = std::lower_bound(m_index->codes.cbegin(), m_index->codes.cend(), prefix,
                                   [](const CodeRef &ref, const QString &p) { return ref.code < p; });
        for (; it != m_index->codes.cend() && it->code.startsWith(prefix); ++it) {
            // An entry answers with its first code that matches; a provider reply's own codes rank after the
            // catalog's entry for that code.
            const auto entry = std::size_t(it->entry);
            if (it->position >= from[entry])
                continue;
            from[entry] = it->position;
            const int penalty = it->position == 0 ? 0 : 150;
            points[entry] = it->code == generic || it->code == token
                                ? 1000 - penalty
                                : 600 - penalty - int(it->code.size() - token.size());
        }
    }
    return points;
}

int Search::score(qsizetype index, const Token &prepared) const
{
    const QString &token = prepared.word.text;
    if (prepared.code) {
        if (const int points = prepared.codePoints[std::size_t(index)])
            return points;
        // Up to three digits, or dotted, it is a code being typed: "55" must not find "554" inside a text.
        if (token.size() <= 3 || token.contains(u'.'))
            return 0;
    }
    const Indexed &item = m_index->items.at(index);
    int best = wordScore(item, prepared.word);
    for (const Word &variant : prepared.synonyms)
        best = std::max(best, wordScore(item, variant) - 10);
    return best;
}

QList<qsizetype> Search::run(const SearchQuery &query) const
{
    const QStringList tokens = tokensOf(query.text);
    if (!tokens.isEmpty())
        prepare();
    QList<Token> prepared;
    for (const QString &token : tokens) {
        Token &t = prepared.emplace_back();
        t.word = word(token);
        t.code = CodeSyntax::isPartialCode(token);
        if (t.code)
            t.codePoints = codePoints(token);
        for (const QString &variant : SearchData::instance().synonyms.value(token)) {
            if (variant != token)
                t.synonyms.append(word(variant));
        }
    }
    // Text with nothing searchable in it (only emoji or punctuation) matches nothing rather than everything.
    if (tokens.isEmpty() && !query.text.trimmed().isEmpty())
        return {};
    const bool onlyCodes = !tokens.isEmpty() && std::all_of(tokens.cbegin(), tokens.cend(), [](const QString &t) {
        return CodeSyntax::isPartialCode(t);
    });

    // The common case first: a well-known query lifts its usual answers to the top, in the order given.
    QHash<QString, int> boosted;
    for (const auto &[boostWords, codes] : SearchData::instance().boosts) {
        if (std::all_of(boostWords.cbegin(), boostWords.cend(), [&](const QString &w) { return tokens.contains(w); })) {
            for (qsizetype i = 0; i < codes.size(); ++i)
                boosted.insert(codes.at(i).toCaseFolded(),
                               std::max(boosted.value(codes.at(i).toCaseFolded()), int(1000000 - 1000 * i)));
        }
    }

    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_catalog->size(); ++i) {
        const CodeEntry &entry = m_catalog->at(i);
        if (query.kind) {
            const EntryKind kind = entry.kind == EntryKind::NonStandard ? EntryKind::Reply : entry.kind;
            if (kind != *query.kind)
                continue;
        }
        if (query.replyClass && entry.replyClass != *query.replyClass)
            continue;
        int total = 0;
        for (qsizetype position = 0; position < tokens.size(); ++position) {
            const int points = score(i, prepared.at(position));
            if (points == 0 && !onlyCodes) {
                total = -1;
                break;
            }
            // With several codes, each one listed in the order typed: "550 5.1.1" shows 550, then X.1.1.
            total = onlyCodes ? std::max(total, points > 0 ? points - int(position) : 0) : total + points;
        }
        if (total < 0 || (!tokens.isEmpty() && total == 0))
            continue;
        // A boosted entry that matches stands before everything else, in the order the data gives.
        const int boost = boosted.value(m_index ? m_index->items.at(i).codes.first() : QString());
        ranked.append({boost > 0 ? boost : total, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    QList<qsizetype> result;
    result.reserve(ranked.size());
    for (const auto &[points, index] : std::as_const(ranked))
        result.append(index);
    return result;
}

} // namespace SmtpCodes::Core
