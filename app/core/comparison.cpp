#include "comparison.h"

#include "enhancedstatus.h"
#include "entrydocument.h"
#include "headings.h"

#include <QLocale>

namespace SmtpCodes::Core {

namespace {

bool isCode(const CodeEntry &entry)
{
    return entry.kind == EntryKind::Reply || entry.kind == EntryKind::NonStandard;
}

QString nextSentence(ReplyFacts::Next next, const QString &code)
{
    switch (next) {
    case ReplyFacts::Next::Continue:
        return Comparison::tr("%1 reports success: the client goes on with its next command.").arg(code);
    case ReplyFacts::Next::SendMore:
        return Comparison::tr("%1 asks for more: the server waits for the message data or the next step.").arg(code);
    case ReplyFacts::Next::Retry:
        return Comparison::tr("Your server keeps a message that gets %1 in its queue and tries again later.").arg(code);
    case ReplyFacts::Next::Bounce:
        break;
    }
    return Comparison::tr("A message that gets %1 bounces now: your server gives up and returns it to the sender.")
        .arg(code);
}

QString actorName(ReplyFacts::Actor actor)
{
    switch (actor) {
    case ReplyFacts::Actor::Nobody:
        return Comparison::tr("nobody");
    case ReplyFacts::Actor::ClientSoftware:
        return Comparison::tr("the sending program");
    case ReplyFacts::Actor::Sender:
        return Comparison::tr("the sender");
    case ReplyFacts::Actor::SenderAdmin:
        return Comparison::tr("the sending side's mail administrator");
    case ReplyFacts::Actor::RecipientAdmin:
        return Comparison::tr("the receiving side's administrator");
    case ReplyFacts::Actor::Recipient:
        break;
    }
    return Comparison::tr("the recipient");
}

QString bounceSentence(ReplyFacts::Bounce bounce, const QString &code)
{
    switch (bounce) {
    case ReplyFacts::Bounce::None:
        return Comparison::tr("%1 is no bounce at all.").arg(code);
    case ReplyFacts::Bounce::Soft:
        return Comparison::tr("%1 is a soft bounce: the address is fine and a later try can succeed.").arg(code);
    case ReplyFacts::Bounce::Hard:
        return Comparison::tr("%1 is a hard bounce: the address itself is refused, so stop sending to it.").arg(code);
    case ReplyFacts::Bounce::Depends:
        break;
    }
    return Comparison::tr("Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown "
                          "address or domain is.")
        .arg(code);
}

} // namespace

Comparison::Comparison(const Catalog &catalog, const CodeEntry &left, const CodeEntry &right, const QString &language)
    : m_catalog(&catalog)
    , m_left(&left)
    , m_right(&right)
    , m_language(language)
{
}

QString Comparison::code(const CodeEntry &entry) const
{
    return entry.kind == EntryKind::Reason
               ? isolate(m_catalog->text(entry, Field::Name, m_language), isRightToLeftLanguage(m_language))
               : EntryDocument::code(entry, m_language);
}

QString Comparison::mention(const CodeEntry &entry) const
{
    if (entry.kind == EntryKind::Reason || entry.kind == EntryKind::Provider)
        return EntryDocument::label(*m_catalog, entry, m_language);
    return tr("%1 (%2)", "a code and its name in parentheses: 354 (Start Mail Input)")
        .arg(EntryDocument::code(entry, m_language),
             isolate(m_catalog->text(entry, Field::Name, m_language), isRightToLeftLanguage(m_language)));
}

QString Comparison::title() const
{
    return tr("%1 vs %2", "title of a comparison of two codes")
        .arg(EntryDocument::label(*m_catalog, *m_left, m_language),
             EntryDocument::label(*m_catalog, *m_right, m_language));
}

QString Comparison::summary() const
{
    if (isSameCode())
        return tr("Both sides show %1: an entry compared with itself has no differences.").arg(mention(*m_left));
    const CodeEntry &left = *m_left;
    const CodeEntry &right = *m_right;
    if (isCode(left) && isCode(right)) {
        if (left.replyClass == right.replyClass)
            return tr("%1 and %2 are both %3 %4 replies; they differ in the situation they report.")
                .arg(mention(left), mention(right), ReplyClasses::label(left.replyClass),
                     ReplyClasses::name(left.replyClass));
        return tr("%1 is a %2 %3 reply, while %4 is a %5 %6 reply.")
            .arg(mention(left), ReplyClasses::label(left.replyClass), ReplyClasses::name(left.replyClass),
                 mention(right), ReplyClasses::label(right.replyClass), ReplyClasses::name(right.replyClass));
    }
    if (left.kind == EntryKind::Enhanced && right.kind == EntryKind::Enhanced)
        return tr("%1 and %2 are both enhanced status codes; they report different conditions.")
            .arg(mention(left), mention(right));
    if ((isCode(left) && right.kind == EntryKind::Enhanced) || (left.kind == EntryKind::Enhanced && isCode(right))) {
        const CodeEntry &reply = isCode(left) ? left : right;
        const CodeEntry &enhanced = isCode(left) ? right : left;
        return tr("%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.")
            .arg(mention(reply), ReplyClasses::label(reply.replyClass), ReplyClasses::name(reply.replyClass),
                 mention(enhanced));
    }
    return tr("%1 and %2 describe different situations; below are what each means and what to do.")
        .arg(mention(left), mention(right));
}

void Comparison::appendFactDifferences(QStringList &differences) const
{
    const ReplyFacts &l = m_left->facts;
    const ReplyFacts &r = m_right->facts;
    const QString a = code(*m_left);
    const QString b = code(*m_right);
    if (l.next == ReplyFacts::Next::Retry && r.next == ReplyFacts::Next::Bounce)
        differences.append(
            tr("Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.")
                .arg(a, b));
    else if (l.next == ReplyFacts::Next::Bounce && r.next == ReplyFacts::Next::Retry)
        differences.append(
            tr("%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries "
               "again later.")
                .arg(a, b));
    else if (l.next != r.next)
        differences << nextSentence(l.next, a) << nextSentence(r.next, b);
    else
        differences.append(nextSentence(l.next, tr("%1 and %2", "two codes").arg(a, b)));

    if (l.closes != r.closes)
        differences.append(tr("%1 closes the connection, so your server must connect again to retry; %2 leaves it "
                              "open.")
                               .arg(l.closes ? a : b, l.closes ? b : a));
    for (const CodeEntry *entry : {m_left, m_right}) {
        if (entry->replyClass == ReplyClass::PermanentNegative && entry->commands.contains(u"CONNECT"))
            differences.append(tr("%1 at the opening of the connection refuses your server before any mail is "
                                  "sent: most often its IP address is blocked.")
                                   .arg(code(*entry)));
    }
    if (l.actor != r.actor)
        differences.append(
            tr("After %1, %2 has to act; after %3, %4.").arg(a, actorName(l.actor), b, actorName(r.actor)));
    if (l.bounce != r.bounce)
        differences << bounceSentence(l.bounce, a) << bounceSentence(r.bounce, b);
}

void Comparison::appendKindDifferences(QStringList &differences) const
{
    const QString a = code(*m_left);
    const QString b = code(*m_right);
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
    const bool mixed = (isCode(*m_left) && m_right->kind == EntryKind::Enhanced) ||
                       (m_left->kind == EntryKind::Enhanced && isCode(*m_right));
    if (mixed) {
        const CodeEntry &enhanced = m_left->kind == EntryKind::Enhanced ? *m_left : *m_right;
        const CodeEntry &reply = m_left->kind == EntryKind::Enhanced ? *m_right : *m_left;
        if (enhanced.replies.contains(reply.code))
            differences.append(tr("%1 often comes together with %2: the basic reply says what happened to the "
                                  "command, the enhanced code says why.")
                                   .arg(code(enhanced), code(reply)));
        else
            differences.append(
                tr("%1 rarely comes with %2; it usually comes with %3.")
                    .arg(code(enhanced), code(reply), QLocale(m_language).createSeparatedList(enhanced.replies)));
    }
    // Provider replies and reasons differ in what they lead to.
    for (const CodeEntry *entry : {m_left, m_right}) {
        if (entry->kind != EntryKind::Provider && entry->kind != EntryKind::Reason)
            continue;
        const CodeEntry *reason = m_catalog->find(entry->kind == EntryKind::Reason ? entry->code : entry->reason);
        if (!reason)
            continue;
        differences.append((entry->hardBounce ? tr("%1 is a hard bounce (%2): stop sending to the address.")
                                              : tr("%1 is not a hard bounce (%2): the address itself may be fine."))
                               .arg(mention(*entry), isolate(m_catalog->text(*reason, Field::Name, m_language),
                                                             isRightToLeftLanguage(m_language))));
    }
}

QStringList Comparison::keyDifferences() const
{
    const QString a = code(*m_left);
    const QString b = code(*m_right);
    if (isSameCode())
        return {tr("None: %1 is the same entry on both sides.").arg(a)};

    QStringList differences;
    if (m_left->facts.known && m_right->facts.known)
        appendFactDifferences(differences);
    appendKindDifferences(differences);

    const QString leftCommands = EntryDocument::commandList(*m_left, m_language);
    const QString rightCommands = EntryDocument::commandList(*m_right, m_language);
    if (!leftCommands.isEmpty() && !rightCommands.isEmpty()) {
        if (leftCommands == rightCommands)
            differences.append(tr("Both %1 and %2 answer the same commands: %3.").arg(a, b, leftCommands));
        else
            differences.append(tr("%1 answers %2, while %3 answers %4.").arg(a, leftCommands, b, rightCommands));
    }

    if (m_left->related.contains(m_right->code) || m_right->related.contains(m_left->code))
        differences.append(tr("%1 and %2 are related: they come up in similar situations, so read the exact wording "
                              "of the server's reply to tell them apart.")
                               .arg(a, b));
    else if (isCode(*m_left) || isCode(*m_right))
        differences.append(tr("%1 and %2 are not closely related: they come up in different situations.").arg(a, b));
    return differences;
}

QStringList Comparison::whenToUseEach() const
{
    QStringList items;
    const bool rtl = isRightToLeftLanguage(m_language);
    for (const CodeEntry *entry : {m_left, m_right}) {
        const Field field = entry->kind == EntryKind::Provider || entry->kind == EntryKind::Reason ? Field::Description
                                                                                                   : Field::WhenToUse;
        items.append(tr("%1: %2", "a code and its name, then one sentence on when a server sends it")
                         .arg(mention(*entry), isolate(m_catalog->text(*entry, field, m_language), rtl)));
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
        std::vector<DocumentBlock> blocks{Document::heading(EntryDocument::label(*m_catalog, entry, m_language), 1),
                                          Document::paragraph(EntryDocument::classLine(*m_catalog, entry))};
        for (DocumentBlock &block : EntryDocument::coreSections(*m_catalog, entry, m_language, 2))
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
