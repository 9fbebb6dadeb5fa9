#pragma once

#include "catalog.h"

#include "phraseindex.h"

namespace SmtpCodes::Core {

/// Recognizes providers in bounces: which provider response a reply is (by its distinctive phrase or tag), and
/// which provider a reply or a host name belongs to. Built once from a catalog; the phrases are indexed
/// (PhraseIndex), so that a reply is read once, not once per phrase.
///
/// @code
/// ProviderMatcher matcher(catalog);
/// matcher.response(u"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred", u"4.7.0");
/// // the index of Yahoo's "yahoo-4.7.0-tss04"
/// @endcode
class ProviderMatcher final
{
public:
    explicit ProviderMatcher(const Catalog &catalog);

    /// The catalog index of the provider response @p text is, or -1. A response matches when one of its phrases
    /// occurs in @p text and, where both have one, its enhanced code equals @p enhanced. Among several, one of
    /// @p providerId's, then the longest phrase wins.
    qsizetype response(QStringView text, const QString &enhanced, const QString &providerId = {}) const;

    /// The id of the provider that @p text (its markers) or @p host (its host name suffixes) names; empty when
    /// none.
    QString provider(QStringView text, QStringView host = {}) const;

private:
    const Catalog *m_catalog;
    PhraseIndex m_phrases;
    QList<QList<qsizetype>> m_responses; ///< for each phrase of m_phrases, the provider responses it names
    PhraseIndex m_markers;
    QStringList m_markerProviders;              ///< for each marker of m_markers, its provider id
    QList<std::pair<QString, QString>> m_hosts; ///< host suffix -> provider id, longest first
};

} // namespace SmtpCodes::Core
