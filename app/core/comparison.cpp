#include "comparison.h"

#include "enhancedstatus.h"
#include "entrydocument.h"
#include "headings.h"

#include <QLocale>

namespace SmtpCodes::Core {

Comparison::Comparison(const Catalog &catalog, const CodeEntry &left, const CodeEntry &right, const QString &language)
    : m_catalog(&catalog)
    , m_left(&left)
    , m_right(&right)
    , m_language(language)
{
}

QString Comparison::mention(const CodeEntry &entry) const
{
    return tr("%1 (%2)", "a code and its name in parentheses: 354 (Start Mail Input)")
        .arg(EntryDocument::code(entry, m_language),
             isolate(entry.name.text(m_language), isRightToLeftLanguage(m_language)));
}

QString Comparison::title() const
{
    return tr("%1 vs %2", "title of a comparison of two codes")
        .arg(EntryDocument::label(*m_left, m_language), EntryDocument::label(*m_right, m_language));
}

QString Comparison::summary() const
{
    if (isSameCode())
        return tr("Both sides show %1: a code compared with itself has no differences.").arg(mention(*m_left));

    const ReplyClass leftClass = m_left->replyClass;
    const ReplyClass rightClass = m_right->replyClass;
    if (m_left->kind == EntryKind::Enhanced || m_right->kind == EntryKind::Enhanced) {
        if (m_left->kind == m_right->kind)
            return tr("%1 and %2 are both enhanced status codes; they report different conditions.")
                .arg(mention(*m_left), mention(*m_right));
        const CodeEntry &reply = m_left->kind == EntryKind::Reply ? *m_left : *m_right;
        const CodeEntry &enhanced = m_left->kind == EntryKind::Reply ? *m_right : *m_left;
        return tr("%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.")
            .arg(mention(reply), ReplyClasses::label(reply.replyClass), ReplyClasses::name(reply.replyClass),
                 mention(enhanced));
    }
    if (leftClass == rightClass)
        return tr("%1 and %2 are both %3 %4 responses; they differ in the situation they report.")
            .arg(mention(*m_left), mention(*m_right), ReplyClasses::label(leftClass), ReplyClasses::name(leftClass));
    return tr("%1 is a %2 %3 response, while %4 is a %5 %6 response.")
        .arg(mention(*m_left), ReplyClasses::label(leftClass), ReplyClasses::name(leftClass), mention(*m_right),
             ReplyClasses::label(rightClass), ReplyClasses::name(rightClass));
}

QStringList Comparison::keyDifferences() const
{
    const QString a = EntryDocument::code(*m_left, m_language);
    const QString b = EntryDocument::code(*m_right, m_language);
    if (isSameCode())
        return {tr("None: %1 is the same code on both sides.").arg(a)};

    QStringList differences;
    if (m_left->replyClass == m_right->replyClass && m_left->replyClass != ReplyClass::Unknown) {
        differences.append(ReplyClasses::sharedConsequence(m_left->replyClass, a, b));
    } else {
        for (const CodeEntry *entry : {m_left, m_right}) {
            if (entry->replyClass != ReplyClass::Unknown)
                differences.append(
                    ReplyClasses::consequence(entry->replyClass, EntryDocument::code(*entry, m_language)));
        }
    }

    if (m_left->kind == EntryKind::Enhanced && m_right->kind == EntryKind::Enhanced) {
        const int leftSubject = m_left->code.section(u'.', 1, 1).toInt();
        const int rightSubject = m_right->code.section(u'.', 1, 1).toInt();
        if (leftSubject == rightSubject)
            differences.append(tr("Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.")
                                   .arg(a, b)
                                   .arg(leftSubject)
                                   .arg(EnhancedStatus::subjectName(leftSubject)));
        else
            differences.append(tr("%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).")
                                   .arg(a)
                                   .arg(leftSubject)
                                   .arg(EnhancedStatus::subjectName(leftSubject), b)
                                   .arg(rightSubject)
                                   .arg(EnhancedStatus::subjectName(rightSubject)));
    }
    if (m_left->kind != m_right->kind) {
        const CodeEntry &enhanced = m_left->kind == EntryKind::Enhanced ? *m_left : *m_right;
        const CodeEntry &reply = m_left->kind == EntryKind::Enhanced ? *m_right : *m_left;
        if (enhanced.replies.contains(reply.code))
            differences.append(
                tr("%1 often comes together with %2: the basic reply says what happened to the "
                   "command, the enhanced code says why.")
                    .arg(EntryDocument::code(enhanced, m_language), EntryDocument::code(reply, m_language)));
        else
            differences.append(tr("%1 rarely comes with %2; it usually comes with %3.")
                                   .arg(EntryDocument::code(enhanced, m_language),
                                        EntryDocument::code(reply, m_language),
                                        QLocale(m_language).createSeparatedList(enhanced.replies)));
    }

    const QString leftCommands = EntryDocument::commandList(*m_left, m_language);
    const QString rightCommands = EntryDocument::commandList(*m_right, m_language);
    if (!leftCommands.isEmpty() && !rightCommands.isEmpty()) {
        if (leftCommands == rightCommands)
            differences.append(tr("Both %1 and %2 answer the same commands: %3.").arg(a, b, leftCommands));
        else
            differences.append(tr("%1 answers %2, while %3 answers %4.").arg(a, leftCommands, b, rightCommands));
    }

    if (m_left->related.contains(m_right->code) || m_right->related.contains(m_left->code))
        differences.append(tr("%1 and %2 are related codes: they are often seen in similar situations, so read the "
                              "exact wording of the server's reply to tell them apart.")
                               .arg(a, b));
    else
        differences.append(tr("%1 and %2 are not closely related: they come up in different situations.").arg(a, b));
    return differences;
}

QStringList Comparison::whenToUseEach() const
{
    QStringList items;
    for (const CodeEntry *entry : {m_left, m_right}) {
        items.append(
            tr("%1: %2", "a code and its name, then one sentence on when a server sends it")
                .arg(mention(*entry), isolate(entry->whenToUse.text(m_language), isRightToLeftLanguage(m_language))));
        if (isSameCode())
            break;
    }
    return items;
}

Document Comparison::document() const
{
    Document document;
    document.title = title();
    document.rightToLeft = isRightToLeftLanguage(m_language);
    document.blocks.push_back(Document::paragraph(summary()));

    auto column = [this](const CodeEntry &entry) {
        std::vector<DocumentBlock> blocks{Document::heading(EntryDocument::label(entry, m_language), 1),
                                          Document::paragraph(EntryDocument::classLine(entry))};
        for (DocumentBlock &block : EntryDocument::coreSections(entry, m_language, 2))
            blocks.push_back(std::move(block));
        return blocks;
    };
    DocumentBlock columns;
    columns.kind = DocumentBlock::Kind::Columns;
    columns.left = column(*m_left);
    columns.right = column(*m_right);
    document.blocks.push_back(std::move(columns));

    document.blocks.push_back(Document::heading(Headings::text(Heading::KeyDifferences)));
    document.blocks.push_back(Document::list(DocumentBlock::Kind::NumberedList, keyDifferences()));
    document.blocks.push_back(Document::heading(Headings::text(Heading::WhenToUseEach)));
    document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, whenToUseEach()));
    return document;
}

} // namespace SmtpCodes::Core
