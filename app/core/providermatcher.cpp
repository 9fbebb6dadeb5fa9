#include "providermatcher.h"

#include <algorithm>

namespace SmtpCodes::Core {

namespace {

/// One case-insensitive pattern matching any of @p needles, longest first so that the longest one wins where
/// several start at the same place.
QRegularExpression alternation(QStringList needles)
{
    if (needles.isEmpty())
        return QRegularExpression(QStringLiteral("(?!)")); // matches nothing
    std::sort(needles.begin(), needles.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &needle : std::as_const(needles))
        escaped.append(QRegularExpression::escape(needle));
    QRegularExpression pattern(escaped.join(u'|'), QRegularExpression::CaseInsensitiveOption);
    pattern.optimize();
    return pattern;
}

} // namespace

ProviderMatcher::ProviderMatcher(const Catalog &catalog)
    : m_catalog(&catalog)
{
    for (qsizetype i = 0; i < catalog.size(); ++i) {
        const CodeEntry &entry = catalog.at(i);
        if (entry.kind != EntryKind::Provider)
            continue;
        for (const QString &phrase : entry.match)
            m_byPhrase[phrase.toCaseFolded()].append(i);
    }
    m_phrases = alternation(m_byPhrase.keys());
    for (const Provider &provider : catalog.providers()) {
        for (const QString &marker : provider.markers)
            m_byMarker.insert(marker, provider.id);
        for (const QString &host : provider.hosts)
            m_hosts.append({host, provider.id});
    }
    m_markers = alternation(m_byMarker.keys());
    std::sort(m_hosts.begin(), m_hosts.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

qsizetype ProviderMatcher::response(QStringView text, const QString &enhanced, const QString &providerId) const
{
    qsizetype best = -1;
    qsizetype bestLength = 0;
    bool bestOwn = false;
    QRegularExpressionMatchIterator it = m_phrases.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString phrase = match.captured(0).toCaseFolded();
        for (qsizetype index : m_byPhrase.value(phrase)) {
            const CodeEntry &entry = m_catalog->at(index);
            if (!entry.enhanced.isEmpty() && !enhanced.isEmpty() && entry.enhanced != enhanced)
                continue;
            const bool own = !providerId.isEmpty() && entry.provider == providerId;
            if (best < 0 || (own && !bestOwn) || (own == bestOwn && phrase.size() > bestLength)) {
                best = index;
                bestLength = phrase.size();
                bestOwn = own;
            }
        }
    }
    return best;
}

QString ProviderMatcher::provider(QStringView text, QStringView host) const
{
    if (const QRegularExpressionMatch match = m_markers.match(text); match.hasMatch())
        return m_byMarker.value(match.captured(0).toCaseFolded());
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
