#include "search.h"

#include "codesyntax.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

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

bool anyStartsWith(const QStringList &sortedWords, const QString &prefix, bool *exact)
{
    const auto it = std::lower_bound(sortedWords.cbegin(), sortedWords.cend(), prefix);
    if (it == sortedWords.cend() || !it->startsWith(prefix))
        return false;
    *exact = *it == prefix;
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

void Search::buildIndex() const
{
    static const Field textFields[] = {Field::Description, Field::WhenYouSeeIt, Field::HowToFix,
                                       Field::WhenToUse,   Field::Sender,       Field::Admin};
    m_items.reserve(m_catalog->size());
    for (const CodeEntry &entry : m_catalog->entries()) {
        Indexed item;
        item.codes.append(entry.code.toCaseFolded());
        QStringList names{entry.englishText(Field::Name)};
        if (m_language != u"en")
            names.append(m_catalog->text(entry, Field::Name, m_language));
        QStringList texts;
        for (Field field : textFields) {
            if (entry.englishText(field).isEmpty())
                continue;
            texts.append(entry.englishText(field));
            if (m_language != u"en")
                texts.append(m_catalog->text(entry, field, m_language));
        }
        for (const ServerExample &example : entry.examples)
            texts.append(example.text);
        texts += entry.commands;
        if (entry.kind == EntryKind::Provider) {
            item.codes << entry.reply << entry.enhanced;
            if (const Provider *provider = m_catalog->provider(entry.provider))
                item.ownerWords = words({provider->name, provider->id});
            // Its tags name it as much as its name does: "TSS04", "S3150".
            names += entry.match;
        }
        if (entry.kind == EntryKind::Reason)
            names.append(entry.code);
        item.nameWords = words(names);
        item.textWords = words(texts);
        item.name = names.join(u'\n').toCaseFolded();
        item.text = texts.join(u'\n').toCaseFolded();
        for (const QStringList *list : {&item.textWords, &item.nameWords, &item.ownerWords}) {
            for (const QString &word : *list)
                m_longestWord = std::max(m_longestWord, word.size());
        }
        m_items.append(std::move(item));
    }
}

void Search::prepare() const
{
    if (m_items.isEmpty())
        buildIndex();
}

int Search::wordScore(const Indexed &item, const QString &token) const
{
    if (hasUnspacedScript(token)) {
        if (item.name.contains(token))
            return 300;
        return item.text.contains(token) ? 100 : 0;
    }
    if (token.size() > m_longestWord)
        return 0;
    bool exact = false;
    if (anyStartsWith(item.ownerWords, token, &exact))
        return exact ? 400 : 360;
    if (anyStartsWith(item.nameWords, token, &exact))
        return exact ? 350 : 300;
    if (anyStartsWith(item.textWords, token, &exact))
        return exact ? 120 : 100;
    return 0;
}

int Search::score(const Indexed &item, const QString &token) const
{
    if (CodeSyntax::isPartialCode(token)) {
        const QString code = CodeSyntax::genericEnhanced(token).toCaseFolded();
        for (qsizetype i = 0; i < item.codes.size(); ++i) {
            const QString &own = item.codes.at(i);
            // A provider reply's own codes rank after the catalog's entry for that code.
            const int penalty = i == 0 ? 0 : 150;
            if (own == code || own == token)
                return 1000 - penalty;
            if (own.startsWith(code) || own.startsWith(token))
                return 600 - penalty - int(own.size() - token.size());
        }
        // Up to three digits, or dotted, it is a code being typed: "55" must not find "554" inside a text.
        if (token.size() <= 3 || token.contains(u'.'))
            return 0;
    }
    int best = wordScore(item, token);
    const auto synonyms = SearchData::instance().synonyms.constFind(token);
    if (synonyms != SearchData::instance().synonyms.cend()) {
        for (const QString &variant : *synonyms) {
            if (variant != token)
                best = std::max(best, wordScore(item, variant) - 10);
        }
    }
    return best;
}

QList<qsizetype> Search::run(const SearchQuery &query) const
{
    const QStringList tokens = tokensOf(query.text);
    // Text with nothing searchable in it (only emoji or punctuation) matches nothing rather than everything.
    if (tokens.isEmpty() && !query.text.trimmed().isEmpty())
        return {};
    const bool onlyCodes = !tokens.isEmpty() && std::all_of(tokens.cbegin(), tokens.cend(), [](const QString &t) {
        return CodeSyntax::isPartialCode(t);
    });
    if (!tokens.isEmpty())
        prepare();

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
        // A boosted entry that matches stands before everything else, in the order the data gives.
        const int boost = boosted.value(m_items.isEmpty() ? QString() : m_items.at(i).codes.first());
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
