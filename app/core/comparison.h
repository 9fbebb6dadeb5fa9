#pragma once

#include "catalog.h"
#include "document.h"

#include <QCoreApplication>
#include <QStringList>

namespace SmtpCodes::Core {

/// Two codes side by side: a summary sentence, key differences and when to use each, composed from whole
/// translatable sentence templates. The CLI and the comparison view both show this one object.
///
/// @code
/// Comparison comparison(catalog, *catalog.find(u"354"), *catalog.find(u"551"), "en");
/// comparison.summary(); // "354 (Start Mail Input) is a 3xx Positive Intermediate response, while 551 …"
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

    /// Everything above plus both codes' sections side by side.
    Document document() const;

private:
    QString mention(const CodeEntry &entry) const; ///< "354 (Start Mail Input)"

    const Catalog *m_catalog;
    const CodeEntry *m_left;
    const CodeEntry *m_right;
    QString m_language;
};

} // namespace SmtpCodes::Core
