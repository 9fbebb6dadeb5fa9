#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace SmtpCodes::Core {

/// Finds many fixed phrases in a text at once, case-insensitively: every phrase is indexed by its first three
/// characters, so a text is read once, whatever the number of phrases (hundreds of providers' tags, the reasons'
/// phrases in several languages), with no pattern to compile.
///
/// @code
/// PhraseIndex index({"user unknown", "[TSS04]"});
/// index.find(u"550 5.1.1 User unknown"); // {{10, 0}}: at 10, phrase 0
/// @endcode
class PhraseIndex final
{
public:
    struct Hit
    {
        qsizetype position; ///< in the case-folded text
        qsizetype phrase;   ///< index into the phrases given
    };

    PhraseIndex() = default;
    explicit PhraseIndex(const QStringList &phrases);

    /// Every place where a phrase occurs in @p text, by position. Phrases shorter than three characters are never
    /// found.
    QList<Hit> find(QStringView text) const;

    /// The phrases, case-folded, as given.
    const QStringList &phrases() const { return m_phrases; }

private:
    QStringList m_phrases;
    QHash<QString, QList<qsizetype>> m_byStart;
};

} // namespace SmtpCodes::Core
