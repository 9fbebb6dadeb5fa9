#include "providermatcher.h"

#include <QHash>

#include <algorithm>

namespace SmtpCodes::Core {

ProviderMatcher::ProviderMatcher(const Catalog &catalog)
    : m_catalog(&catalog)
{
    QHash<QString, QList<qsizetype>> byPhrase;
    for (qsizetype i = 0; i < catalog.size(); ++i) {
        const CodeEntry &entry = catalog.at(i);
        if (entry.kind != EntryKind::Provider)
            continue;
        for (const QString &phrase : entry.match)
            byPhrase[phrase.toCaseFolded()].append(i);
    }
    QStringList phrases;
    for (auto it = byPhrase.cbegin(); it != byPhrase.cend(); ++it) {
        phrases.append(it.key());
        m_responses.append(it.value());
    }
    m_phrases = PhraseIndex(phrases);
    QStringList markers;
    for (const Provider &provider : catalog.providers()) {
        for (const QString &marker : provider.markers) {
            markers.append(marker);
            m_markerProviders.append(provider.id);
        }
        for (const QString &host : provider.hosts)
            m_hosts.append({host, provider.id});
    }
    m_markers = PhraseIndex(markers);
    std::sort(m_hosts.begin(), m_hosts.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

qsizetype ProviderMatcher::response(QStringView text, const QString &enhanced, const QString &providerId) const
{
    qsizetype best = -1;
    qsizetype bestLength = 0;
    bool bestOwn = false;
    for (const PhraseIndex::Hit &hit : m_phrases.find(text)) {
        const qsizetype length = m_phrases.phrases().at(hit.phrase).size();
        for (qsizetype index : m_responses.at(hit.phrase)) {
            const CodeEntry &entry = m_catalog->at(index);
            if (!entry.enhanced.isEmpty() && !enhanced.isEmpty() && entry.enhanced != enhanced)
                continue;
            const bool own = !providerId.isEmpty() && entry.provider == providerId;
            if (best < 0 || (own && !bestOwn) || (own == bestOwn && length > bestLength)) {
                best = index;
                bestLength = length;
                bestOwn = own;
            }
        }
    }
    return best;
}

QString ProviderMatcher::provider(QStringView text, QStringView host) const
{
    if (const QList<PhraseIndex::Hit> hits = m_markers.find(text); !hits.isEmpty())
        return m_markerProviders.at(hits.first().phrase);
    const QString folded = host.trimmed().toString().toCaseFolded();
    if (folded.isEmpty())
        return {};
    for (const auto &[suffix, id] : m_hosts) {
        if (folded == suffix || folded.endsWith(u'.' + suffix))
            return id;
    }
    return {};
}

} // namespace SmtpCodes::Core
