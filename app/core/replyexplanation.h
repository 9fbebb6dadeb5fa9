#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace SmtpCodes::Core {

/// What a server reply means, from its basic code, its enhanced code and the provider response it is (if any):
/// the one place that puts these sentences together, for the analyzer's findings and for a looked-up pair such as
/// "550 5.7.26".
///
/// @code
/// ReplyExplanation explanation(catalog, "550", "5.7.26");
/// explanation.sentences("en").first(); // "550 (Mailbox Unavailable) with 5.7.26 (…): …"
/// @endcode
class ReplyExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::ReplyExplanation)

public:
    /// @p reply "550" or empty, @p enhanced "5.7.26" (or "X.7.26") or empty, @p providerResponse a catalog index
    /// or -1.
    ReplyExplanation(const Catalog &catalog, const QString &reply, const QString &enhanced,
                     qsizetype providerResponse = -1);

    /// What it means, then anything unusual: a reply or detail no standard defines, classes that disagree, what
    /// the provider means by it.
    QStringList sentences(const QString &language) const;

    /// What to do about it: the provider's advice where a provider response matched, else the catalog's.
    QString advice(const QString &language) const;

    /// The catalog entries it links to: its reply, its enhanced code, its provider response.
    QStringList catalogCodes() const;

private:
    const Catalog *m_catalog;
    QString m_reply;
    QString m_enhanced;
    const CodeEntry *m_replyEntry = nullptr;
    const CodeEntry *m_enhancedEntry = nullptr;
    const CodeEntry *m_response = nullptr;
};

} // namespace SmtpCodes::Core
