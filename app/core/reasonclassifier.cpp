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
    for (const CodeEntry &entry : catalog.entries()) {
        if (entry.kind != EntryKind::Reason)
            continue;
        for (const QString &phrase : entry.phrases)
            m_phrases.append({phrase.toCaseFolded(), entry.code});
        for (const QString &code : entry.related) {
            if (CodeSyntax::isGenericEnhanced(code))
                claims[code].append(entry.code);
        }
    }
    std::stable_sort(m_phrases.begin(), m_phrases.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() == 1)
            m_codes.insert(it.key(), it.value().first());
    }
}

ReasonClassifier::Verdict ReasonClassifier::classify(QStringView text, const QString &reply, const QString &enhanced,
                                                     const QString &command) const
{
    const QString folded = text.toString().toCaseFolded();
    Verdict best;
    qsizetype bestWeight = 0;
    // Phrases are sorted longest first: the first found is the longest.
    for (const auto &[phrase, reason] : m_phrases) {
        if (phrase.size() <= bestWeight)
            break;
        if (const qsizetype at = folded.indexOf(phrase); at >= 0) {
            best = {reason, text.mid(at, phrase.size()).toString()};
            bestWeight = phrase.size();
            break;
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
