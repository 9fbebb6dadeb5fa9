#pragma once

#include "catalog.h"
#include "phraseindex.h"

#include <QHash>
#include <QList>
#include <QString>

namespace SmtpCodes::Core {

/// Why a bounce happened, decided from what it says: the reasons' phrases (in several languages) and codes, both
/// data of the catalog's reason entries.
///
/// The longest phrase found decides; an enhanced code that only one reason claims counts like a phrase of 20
/// characters, so a specific code beats a vague word. The command that failed settles the rest: a refusal at MAIL
/// is about the sender, one at the greeting about the sending host.
/// @code
/// ReasonClassifier classifier(catalog);
/// classifier.classify(u"552 5.2.2 <bob@example.com>: Mailbox full", u"552", u"5.2.2").reason; // "mailboxfull"
/// @endcode
class ReasonClassifier final
{
public:
    struct Verdict
    {
        QString reason;   ///< a reason token; "onhold" when nothing decides
        QString evidence; ///< the phrase or code that decided it, as found
    };

    explicit ReasonClassifier(const Catalog &catalog);

    /// The reason of a failure whose reply text is @p text, with codes @p reply and @p enhanced (either may be empty)
    /// and the client command it answered (may be empty).
    Verdict classify(QStringView text, const QString &reply, const QString &enhanced,
                     const QString &command = {}) const;

private:
    PhraseIndex m_phrases;
    QStringList m_reasons;           ///< for each phrase of m_phrases, its reason
    QHash<QString, QString> m_codes; ///< generic enhanced code only one reason claims -> reason
};

} // namespace SmtpCodes::Core
