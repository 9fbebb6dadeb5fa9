#include "replyexplanation.h"

#include "document.h"
#include "enhancedstatus.h"

namespace SmtpCodes::Core {

ReplyExplanation::ReplyExplanation(const Catalog &catalog, const QString &reply, const QString &enhanced,
                                   qsizetype providerResponse)
    : m_catalog(&catalog)
    , m_reply(reply)
    , m_enhanced(enhanced)
    , m_replyEntry(reply.isEmpty() ? nullptr : catalog.find(reply))
    , m_enhancedEntry(enhanced.isEmpty() ? nullptr : catalog.find(enhanced))
    , m_response(providerResponse < 0 ? nullptr : &catalog.at(providerResponse))
{
    if (m_replyEntry && m_replyEntry->kind != EntryKind::Reply && m_replyEntry->kind != EntryKind::NonStandard)
        m_replyEntry = nullptr;
    if (m_enhancedEntry && m_enhancedEntry->kind != EntryKind::Enhanced)
        m_enhancedEntry = nullptr;
}

QStringList ReplyExplanation::sentences(const QString &language) const
{
    const bool rtl = isRightToLeftLanguage(language);
    auto code = [rtl](const QString &text) {
        return isolateLeftToRight(text, rtl);
    };
    auto text = [&](const CodeEntry *entry, Field field) {
        return isolate(m_catalog->text(*entry, field, language), rtl);
    };
    const CodeEntry *reply = m_replyEntry;
    const CodeEntry *enhanced = m_enhancedEntry;
    const std::optional<EnhancedCode> parsed = CodeSyntax::parseEnhanced(m_enhanced);

    QStringList sentences;
    if (reply && enhanced)
        sentences.append(tr("%1 (%2) with %3 (%4): %5", "reply and enhanced code with their names, then what the "
                                                        "enhanced code means")
                             .arg(code(m_reply), text(reply, Field::Name), code(m_enhanced),
                                  text(enhanced, Field::Name), text(enhanced, Field::Description)));
    else if (enhanced)
        sentences.append(tr("%1 (%2): %3", "a code, its name, what it means")
                             .arg(code(m_enhanced), text(enhanced, Field::Name), text(enhanced, Field::Description)));
    else if (reply)
        sentences.append(tr("%1 (%2): %3", "a code, its name, what it means")
                             .arg(code(m_reply), text(reply, Field::Name), text(reply, Field::Description)));

    const ReplyClass replyClass = ReplyClasses::fromCode(m_reply);
    if (!m_reply.isEmpty() && (!reply || reply->kind == EntryKind::NonStandard))
        sentences.append(tr("%1 is not a standard reply code; its first digit makes it a %2 %3 reply.")
                             .arg(code(m_reply), ReplyClasses::label(replyClass), ReplyClasses::name(replyClass)));
    if (parsed && !enhanced) {
        const QString subject = EnhancedStatus::subjectName(parsed->subject);
        if (subject.isEmpty())
            sentences.append(tr("%1 is not in the IANA registry, and its subject %2 is not defined either; only its "
                                "class %3 (%4) carries meaning.")
                                 .arg(code(m_enhanced))
                                 .arg(parsed->subject)
                                 .arg(parsed->statusClass)
                                 .arg(EnhancedStatus::className(parsed->statusClass)));
        else
            sentences.append(tr("%1 is not in the IANA registry: it is a provider's own detail of subject %2 (%3) "
                                "in class %4 (%5).")
                                 .arg(code(m_enhanced))
                                 .arg(parsed->subject)
                                 .arg(subject)
                                 .arg(parsed->statusClass)
                                 .arg(EnhancedStatus::className(parsed->statusClass)));
    }
    if (parsed && !m_reply.isEmpty() && QChar(u'0' + parsed->statusClass) != m_reply.front())
        sentences.append(tr("The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply "
                            "decides what the client does.")
                             .arg(code(m_reply), ReplyClasses::label(replyClass), code(m_enhanced))
                             .arg(parsed->statusClass)
                             .arg(EnhancedStatus::className(parsed->statusClass)));
    if (m_response) {
        const Provider *provider = m_catalog->provider(m_response->provider);
        sentences.append(tr("At %1 this reply means: %2")
                             .arg(isolate(provider ? provider->name : m_response->provider, rtl),
                                  text(m_response, Field::Description)));
    }
    return sentences;
}

QString ReplyExplanation::advice(const QString &language) const
{
    if (m_response)
        return m_catalog->text(*m_response, Field::Sender, language);
    if (const CodeEntry *entry = m_enhancedEntry ? m_enhancedEntry : m_replyEntry)
        return m_catalog->text(*entry, Field::HowToFix, language);
    return {};
}

QStringList ReplyExplanation::catalogCodes() const
{
    QStringList codes;
    for (const CodeEntry *entry : {m_replyEntry, m_enhancedEntry, m_response}) {
        if (entry)
            codes.append(entry->code);
    }
    return codes;
}

} // namespace SmtpCodes::Core
