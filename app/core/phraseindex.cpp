#include "phraseindex.h"

namespace SmtpCodes::Core {

namespace {

constexpr qsizetype KeyLength = 3;

} // namespace

PhraseIndex::PhraseIndex(const QStringList &phrases)
{
    m_phrases.reserve(phrases.size());
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        const QString folded = phrases.at(i).toCaseFolded();
        m_phrases.append(folded);
        if (folded.size() >= KeyLength)
            m_byStart[folded.left(KeyLength)].append(i);
    }
}

QList<PhraseIndex::Hit> PhraseIndex::find(QStringView text) const
{
    QList<Hit> hits;
    if (m_byStart.isEmpty())
        return hits;
    const QString folded = text.toString().toCaseFolded();
    const QStringView view(folded);
    QString key(KeyLength, QChar());
    for (qsizetype at = 0; at + KeyLength <= view.size(); ++at) {
        for (qsizetype k = 0; k < KeyLength; ++k)
            key[k] = view[at + k];
        const auto it = m_byStart.constFind(key);
        if (it == m_byStart.cend())
            continue;
        for (qsizetype phrase : *it) {
            if (view.mid(at).startsWith(m_phrases.at(phrase)))
                hits.append({at, phrase});
        }
    }
    return hits;
}

} // namespace SmtpCodes::Core
