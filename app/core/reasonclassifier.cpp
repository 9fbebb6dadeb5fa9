#include "reasonclassifier.h"

#include "codesyntax.h"

#include <algorithm>

namespace SmtpCodes::Core {

namespace {

constexpr qsizetype CodeWeight = 20;

} // namespace

ReasonClassifier::ReasonClassifier(const Catalog &catalog)
{
    QHash<QString, QStringList> claims;
    QStringList phrases;
    for (const CodeEntry &entry : catalog.entries()) {
        if (entry.kind != EntryKind::Reason)
            continue;
        for (const QString &phrase : entry.phrases) {
            phrases.append(phrase);
            m_reasons.append(entry.code);
        }
        for (const QString &code : entry.related) {
            if (CodeSyntax::isGenericEnhanced(code))
                claims[code].append(entry.code);
        }
    }
    m_phrases = PhraseIndex(phrases);
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() == 1)
            m_codes.insert(it.key(), it.value().first());
    }
}

ReasonClassifier::Verdict ReasonClassifier::classify(QStringView text, const QString &reply, const QString &enhanced,
                                                     const QString &command) const
{
    Verdict best;
    qsizetype bestWeight = 0;
    // The longest phrase found decides; of two as long, the one that comes first in the text.
    for (const PhraseIndex::Hit &hit : m_phrases.find(text)) {
        const qsizetype length = m_phrases.phrases().at(hit.phrase).size();
        if (length > bestWeight) {
            best = {m_reasons.at(hit.phrase), text.mid(hit.position, length).toString()};
            bestWeight = length;
        }
    }
    const std::optional<EnhancedCode> code = CodeSyntax::parseEnhanced(enhanced);
    if (code && bestWeight < CodeWeight) {
        if (const auto it = m_codes.constFind(code->generic()); it != m_codes.cend())
            return {*it, enhanced};
    }
    if (!best.reason.isEmpty())
        return best;
    // Nothing in the words: the stage that failed tells what was refused.
    const bool permanent = reply.startsWith(u'5') || (code && code->statusClass == 5);
    if (permanent && command == u"MAIL")
        return {QStringLiteral("rejected"), command};
    if (permanent && (command == u"CONNECT" || command == u"EHLO" || command == u"HELO"))
        return {QStringLiteral("blocked"), command};
    if (code && code->statusClass == 2)
        return {QStringLiteral("delivered"), enhanced};
    if (reply.startsWith(u'2'))
        return {QStringLiteral("delivered"), reply};
    return {QStringLiteral("onhold"), {}};
}

} // namespace SmtpCodes::Core
