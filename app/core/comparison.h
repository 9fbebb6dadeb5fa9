#pragma once

#include "catalog.h"
#include "document.h"

#include <QCoreApplication>
#include <QStringList>

namespace SmtpCodes::Core {

/// Two entries side by side: a summary sentence, key differences and when to use each, composed from whole
/// translatable sentence templates and, for basic replies, from their structured facts (what the client does
/// next, whether the connection closes, who must act, hard or soft). The CLI and the comparison view both show
/// this one object.
///
/// @code
/// Comparison comparison(catalog, *catalog.find(u"450"), *catalog.find(u"550"), "en");
/// comparison.keyDifferences().first();
/// // "Your server keeps a message that gets 450 in its queue and tries again later, while 550 bounces it now."
/// @endcode
class Comparison final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Comparison)

public:
    Comparison(const Catalog &catalog, const CodeEntry &left, const CodeEntry &right, const QString &language);

    const CodeEntry &left() const { return *m_left; }
    const CodeEntry &right() const { return *m_right; }
    const QString &language() const { return m_language; }
    bool isSameCode() const { return m_left->code == m_right->code; }

    QString title() const;
    QString summary() const;
    QStringList keyDifferences() const;
    QStringList whenToUseEach() const;

    /// Everything above plus both entries' sections side by side.
    Document document() const;

private:
    QString mention(const CodeEntry &entry) const; ///< "354 (Start Mail Input)"
    QString code(const CodeEntry &entry) const;
    void appendFactDifferences(QStringList &differences) const;
    void appendKindDifferences(QStringList &differences) const;

    const Catalog *m_catalog;
    const CodeEntry *m_left;
    const CodeEntry *m_right;
    QString m_language;
};

} // namespace SmtpCodes::Core
