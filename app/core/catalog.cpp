#include "catalog.h"

#include "catalogreader.h"
#include "catalogtranslation.h"
#include "codesyntax.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <numeric>

namespace SmtpCodes::Core {

namespace {

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// Where an entry stands in the list: basic replies (standard or not) by number, then enhanced codes, provider
/// responses and reasons.
int group(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Reply:
    case EntryKind::NonStandard:
        return 0;
    case EntryKind::Enhanced:
        return 1;
    case EntryKind::Provider:
        return 2;
    case EntryKind::Reason:
        break;
    }
    return 3;
}

bool isCodeKind(EntryKind kind)
{
    return kind == EntryKind::Reply || kind == EntryKind::Enhanced || kind == EntryKind::NonStandard;
}

} // namespace

Catalog::Catalog()
    : m_translations(std::make_shared<CatalogTranslations>())
{
}

std::optional<Catalog> Catalog::fromSources(const QList<Source> &sources, QString *error,
                                            const QString &translationDirectory)
{
    auto fail = [error](const QString &message) -> std::optional<Catalog> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    Catalog catalog;
    catalog.m_translations = std::make_shared<CatalogTranslations>(translationDirectory);
    QList<QString> origins; // "replies.json: entry 3 (551)" for each entry, for later cross-checks
    for (const Source &source : sources) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(source.json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(tr("%1: not valid JSON at byte %2: %3")
                            .arg(source.name)
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        if (!document.isObject())
            return fail(
                tr("%1: the top level must be an object with \"formatVersion\" and \"entries\"").arg(source.name));
        const QJsonObject root = document.object();
        if (root.value(u"formatVersion").toInt() != 2)
            return fail(tr("%1: \"formatVersion\" must be 2").arg(source.name));
        if (!root.value(u"entries").isArray())
            return fail(tr("%1: \"entries\" must be an array").arg(source.name));

        const QJsonArray providers = root.value(u"providers").toArray();
        for (qsizetype i = 0; i < providers.size(); ++i) {
            Provider provider;
            if (QString problem = CatalogReader::readProvider(providers.at(i).toObject(), provider); !problem.isEmpty())
                return fail(tr("%1: provider %2: %3").arg(source.name).arg(i + 1).arg(problem));
            if (catalog.m_providerIndex.contains(provider.id))
                return fail(tr("%1: provider %2 appears twice").arg(source.name, provider.id));
            catalog.m_providerIndex.insert(provider.id, catalog.m_providers.size());
            catalog.m_providers.append(std::move(provider));
        }

        const QJsonArray entries = root.value(u"entries").toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString position = tr("%1: entry %2").arg(source.name).arg(i + 1);
            if (!entries.at(i).isObject())
                return fail(tr("%1: must be an object").arg(position));
            const QJsonObject object = entries.at(i).toObject();
            CodeEntry entry;
            entry.code = object.value(u"code").toString().trimmed();
            if (entry.code.isEmpty())
                return fail(tr("%1: required field \"code\" is missing").arg(position));
            const QString origin = tr("%1 (%2)").arg(position, entry.code);
            const QString key = entry.code.toCaseFolded();
            if (catalog.m_index.contains(key))
                return fail(tr("%1: code %2 appears twice").arg(origin, entry.code));
            if (QString problem = CatalogReader::readEntry(object, entry); !problem.isEmpty())
                return fail(tr("%1: %2").arg(origin, problem));
            catalog.m_index.insert(key, catalog.m_entries.size());
            catalog.m_entries.append(std::move(entry));
            origins.append(origin);
        }
    }
    if (catalog.m_entries.isEmpty())
        return fail(tr("the catalog has no entries"));
    catalog.sortAndIndex(origins);
    if (QString problem = catalog.validateLinks(origins); !problem.isEmpty())
        return fail(problem);
    return catalog;
}

void Catalog::sortAndIndex(QList<QString> &origins)
{
    auto providerName = [this](const CodeEntry &entry) {
        const Provider *owner = provider(entry.provider);
        return owner ? owner->name.toCaseFolded() : QString();
    };
    QList<qsizetype> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const CodeEntry &x = m_entries.at(a);
        const CodeEntry &y = m_entries.at(b);
        if (group(x.kind) != group(y.kind))
            return group(x.kind) < group(y.kind);
        if (group(x.kind) == 0)
            return x.code < y.code;
        if (x.kind == EntryKind::Provider) {
            const QString xName = providerName(x);
            const QString yName = providerName(y);
            if (xName != yName)
                return xName < yName;
            return std::tie(x.reply, x.enhanced, x.code) < std::tie(y.reply, y.enhanced, y.code);
        }
        return false;
    });
    QList<CodeEntry> sorted;
    QList<QString> sortedOrigins;
    sorted.reserve(order.size());
    for (qsizetype i : std::as_const(order)) {
        sorted.append(std::move(m_entries[i]));
        sortedOrigins.append(origins.at(i));
    }
    m_entries = std::move(sorted);
    origins = std::move(sortedOrigins);

    m_index.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const CodeEntry &entry = m_entries.at(i);
        m_index.insert(entry.code.toCaseFolded(), i);
        if (entry.kind != EntryKind::Provider)
            continue;
        m_responsesByCode[entry.reply].append(i);
        if (!entry.enhanced.isEmpty()) {
            m_responsesByCode[CodeSyntax::genericEnhanced(entry.enhanced)].append(i);
            m_responsesByCode[entry.enhanced].append(i);
        }
        for (const QString &tag : entry.match) {
            QString folded = tag.toCaseFolded();
            m_responsesByTag[folded].append(i);
            if (folded.size() > 2 && folded.startsWith(u'[') && folded.endsWith(u']'))
                m_responsesByTag[folded.mid(1, folded.size() - 2)].append(i);
        }
    }
}

QString Catalog::validateLinks(const QList<QString> &origins) const
{
    auto kindOf = [this](const QString &code) -> std::optional<EntryKind> {
        const qsizetype target = m_index.value(code.toCaseFolded(), -1);
        if (target < 0)
            return std::nullopt;
        return m_entries.at(target).kind;
    };
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const CodeEntry &entry = m_entries.at(i);
        const QString &origin = origins.at(i);
        for (const QString &related : entry.related) {
            if (related == entry.code)
                return tr("%1: lists itself as related").arg(origin);
            if (!kindOf(related))
                return tr("%1: related code %2 is not in the catalog").arg(origin, related);
        }
        for (const QString &reply : entry.replies) {
            if (kindOf(reply) != EntryKind::Reply)
                return tr("%1: usual reply %2 is not a reply code of the catalog").arg(origin, reply);
        }
        for (const QString &enhanced : entry.usualEnhanced) {
            if (kindOf(enhanced) != EntryKind::Enhanced)
                return tr("%1: usual enhanced code %2 is not an enhanced code of the catalog").arg(origin, enhanced);
        }
        for (const QString &standard : entry.standardCodes) {
            if (!kindOf(standard))
                return tr("%1: standard code %2 is not in the catalog").arg(origin, standard);
        }
        if (entry.kind == EntryKind::Provider) {
            if (!provider(entry.provider))
                return tr("%1: provider %2 is not described in any catalog file").arg(origin, entry.provider);
            const CodeEntry *reason = find(entry.reason);
            if (!reason || reason->kind != EntryKind::Reason)
                return tr("%1: reason %2 is not a reason of the catalog").arg(origin, entry.reason);
            if (reason->hardBounce != entry.hardBounce)
                return tr("%1: \"hardBounce\" must be %2, as for every %3 bounce")
                    .arg(origin, reason->hardBounce ? QStringLiteral("true") : QStringLiteral("false"), entry.reason);
        }
    }
    return {};
}

QStringList Catalog::embeddedFiles()
{
    QStringList files;
    for (const QString &folder : {QStringLiteral(":/catalog"), QStringLiteral(":/catalog/providers")}) {
        const QDir directory(folder);
        for (const QString &name : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(directory.filePath(name));
    }
    return files;
}

std::optional<Catalog> Catalog::loadEmbedded(QString *error)
{
    QList<Source> sources;
    for (const QString &path : embeddedFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        sources.append({QFileInfo(path).fileName(), file.readAll()});
    }
    if (sources.isEmpty()) {
        if (error)
            *error = tr("the program holds no catalog files under :/catalog");
        return std::nullopt;
    }
    return fromSources(sources, error, QStringLiteral(":/catalog/l10n"));
}

qsizetype Catalog::indexOf(QStringView code) const
{
    const QStringView trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return -1;
    if (auto it = m_index.constFind(trimmed.toString().toCaseFolded()); it != m_index.cend())
        return *it;
    if (auto it = m_index.constFind(CodeSyntax::genericEnhanced(trimmed).toCaseFolded()); it != m_index.cend())
        return *it;
    return -1;
}

const CodeEntry *Catalog::find(QStringView code) const
{
    const qsizetype index = indexOf(code);
    return index < 0 ? nullptr : &m_entries.at(index);
}

QList<qsizetype> Catalog::lookup(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (const std::optional<CodePair> pair = CodeSyntax::parseLookup(trimmed)) {
        QList<qsizetype> found;
        if (const qsizetype reply = indexOf(pair->reply); reply >= 0)
            found.append(reply);
        if (const qsizetype enhanced = indexOf(pair->enhanced); enhanced >= 0)
            found.append(enhanced);
        else if (!pair->enhanced.isEmpty())
            found.append(m_responsesByCode.value(pair->enhanced));
        return found;
    }
    if (const qsizetype index = indexOf(trimmed); index >= 0)
        return {index};
    const QString tag = trimmed.toString().toCaseFolded();
    return m_responsesByTag.value(tag);
}

QStringList Catalog::nearest(QStringView code, int count) const
{
    // Codes are short; a long argument is compared by its beginning only.
    const QString probe = CodeSyntax::genericEnhanced(code.trimmed().left(24)).toCaseFolded();
    const bool codeLike = !probe.isEmpty() && (probe.front().isDigit() || probe.front() == u'x');
    bool numeric = false;
    const int number = probe.toInt(&numeric);

    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const CodeEntry &entry = m_entries.at(i);
        if (isCodeKind(entry.kind) != codeLike || entry.kind == EntryKind::Provider)
            continue;
        int distance = editDistance(probe, entry.code.toCaseFolded()) * 1000;
        if (numeric && entry.kind != EntryKind::Enhanced)
            distance = std::min(distance, std::abs(entry.code.toInt() - number));
        else if (numeric)
            distance += 100000; // a number is most likely a reply code
        ranked.append({distance, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList codes;
    for (qsizetype i = 0; i < ranked.size() && codes.size() < count; ++i)
        codes.append(m_entries.at(ranked.at(i).second).code);
    return codes;
}

QStringList Catalog::enhancedFor(const QString &replyCode) const
{
    const CodeEntry *entry = find(replyCode);
    return entry ? entry->usualEnhanced : QStringList();
}

QList<qsizetype> Catalog::providerResponsesFor(const QString &code) const
{
    return m_responsesByCode.value(code);
}

const Provider *Catalog::provider(const QString &id) const
{
    const qsizetype index = m_providerIndex.value(id, -1);
    return index < 0 ? nullptr : &m_providers.at(index);
}

QString Catalog::text(const CodeEntry &entry, Field field, const QString &language) const
{
    if (language != u"en") {
        if (const auto translation = m_translations->get(language)) {
            if (const QString *text = translation->find(entry.code, field))
                return *text;
        }
    }
    return entry.englishText(field);
}

void Catalog::preload(const QString &language) const
{
    m_translations->get(language);
}

QString Catalog::translationProblem(const QString &language) const
{
    return m_translations->problem(language);
}

} // namespace SmtpCodes::Core
