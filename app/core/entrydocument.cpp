#include "entrydocument.h"

#include "enhancedstatus.h"
#include "headings.h"
#include "verdicts.h"

#include <QDate>
#include <QLocale>

namespace SmtpCodes::Core {

namespace {

QString categoryName(const QString &category)
{
    if (category == u"mailbox")
        return EntryDocument::tr("a mailbox provider");
    if (category == u"filter")
        return EntryDocument::tr("a mail filter");
    if (category == u"esp")
        return EntryDocument::tr("a sending service");
    return EntryDocument::tr("a blocklist");
}

QString providerName(const Catalog &catalog, const CodeEntry &entry)
{
    const Provider *provider = catalog.provider(entry.provider);
    return provider ? provider->name : entry.provider;
}

DocumentBlock paragraph(const Catalog &catalog, const CodeEntry &entry, Field field, const QString &language)
{
    return Document::paragraph(catalog.text(entry, field, language));
}

} // namespace

QString EntryDocument::shownCode(const CodeEntry &entry)
{
    switch (entry.kind) {
    case EntryKind::Provider:
        return entry.enhanced.isEmpty() ? entry.reply : entry.reply + u' ' + entry.enhanced;
    case EntryKind::Reason:
        return {};
    default:
        return entry.code;
    }
}

QString EntryDocument::code(const CodeEntry &entry, const QString &language)
{
    return isolateLeftToRight(shownCode(entry), isRightToLeftLanguage(language));
}

QString EntryDocument::label(const Catalog &catalog, const CodeEntry &entry, const QString &language)
{
    const bool rtl = isRightToLeftLanguage(language);
    const QString name = isolate(catalog.text(entry, Field::Name, language), rtl);
    switch (entry.kind) {
    case EntryKind::Provider:
        return tr("%1 %2: %3", "provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender")
            .arg(isolate(providerName(catalog, entry), rtl), code(entry, language), name);
    case EntryKind::Reason:
        return name;
    default:
        return tr("%1 %2", "a code followed by its name: 550 Mailbox Unavailable").arg(code(entry, language), name);
    }
}

QString EntryDocument::classLine(const Catalog &catalog, const CodeEntry &entry)
{
    switch (entry.kind) {
    case EntryKind::Enhanced: {
        const int subject = entry.code.section(u'.', 1, 1).toInt();
        return tr("Enhanced status code of subject %1 (%2)", "subject number and name: 7 (Security or Policy Status)")
            .arg(subject)
            .arg(EnhancedStatus::subjectName(subject));
    }
    case EntryKind::NonStandard:
        return tr("Not a standard code: no RFC defines %1 as an SMTP reply").arg(entry.code);
    case EntryKind::Provider: {
        const Provider *provider = catalog.provider(entry.provider);
        return tr("A reply of %1, %2", "provider name, then what it is: a reply of Gmail, a mailbox provider")
            .arg(providerName(catalog, entry), categoryName(provider ? provider->category : QString()));
    }
    case EntryKind::Reason:
        return entry.hardBounce ? tr("Hard bounce: the address itself is bad")
                                : tr("Not a hard bounce: the address itself may be fine");
    case EntryKind::Reply:
        break;
    }
    return tr("%1 %2 reply", "class label and class name: 5xx Permanent Negative reply")
        .arg(ReplyClasses::label(entry.replyClass), ReplyClasses::name(entry.replyClass));
}

QString EntryDocument::commandList(const CodeEntry &entry, const QString &language)
{
    QStringList shown;
    for (const QString &command : entry.commands)
        shown.append(Headings::command(command));
    return QLocale(language).createSeparatedList(shown);
}

QList<DocumentItem> EntryDocument::links(const Catalog &catalog, const QStringList &codes, const QString &language)
{
    QList<DocumentItem> pairs;
    for (const QString &code : codes) {
        if (const CodeEntry *target = catalog.find(code))
            pairs.append({target->code, label(catalog, *target, language)});
    }
    return pairs;
}

QList<DocumentItem> EntryDocument::providerLinks(const Catalog &catalog, const QList<qsizetype> &indexes,
                                                 const QString &language)
{
    const bool rtl = isRightToLeftLanguage(language);
    QList<DocumentItem> pairs;
    for (qsizetype index : indexes) {
        if (pairs.size() == MaxProviderLinks)
            break;
        const CodeEntry &response = catalog.at(index);
        pairs.append({response.code,
                      tr("At %1: %2 (%3)", "provider, what its reply means, its codes")
                          .arg(isolate(providerName(catalog, response), rtl),
                               isolate(catalog.text(response, Field::Name, language), rtl), code(response, language))});
    }
    return pairs;
}

std::vector<DocumentBlock> EntryDocument::coreSections(const Catalog &catalog, const CodeEntry &entry,
                                                       const QString &language, int headingLevel)
{
    const bool rtl = isRightToLeftLanguage(language);
    QList<DocumentItem> examples;
    for (const ServerExample &example : entry.examples) {
        const QString server =
            entry.kind == EntryKind::Provider ? providerName(catalog, entry) : Headings::server(example.server);
        examples.append({server, isolateLeftToRight(example.text, rtl)});
    }
    std::vector<DocumentBlock> blocks{Document::heading(Headings::text(Heading::Description), headingLevel),
                                      paragraph(catalog, entry, Field::Description, language)};
    auto section = [&](Heading heading, Field field) {
        blocks.push_back(Document::heading(Headings::text(heading), headingLevel));
        blocks.push_back(paragraph(catalog, entry, field, language));
    };
    switch (entry.kind) {
    case EntryKind::Provider:
        section(Heading::SenderAdvice, Field::Sender);
        section(Heading::AdminAdvice, Field::Admin);
        break;
    case EntryKind::Reason:
        section(Heading::HowToFix, Field::HowToFix);
        return blocks;
    default:
        section(Heading::WhenYouSeeIt, Field::WhenYouSeeIt);
        section(Heading::HowToFix, Field::HowToFix);
        break;
    }
    blocks.push_back(Document::heading(Headings::text(Heading::Examples), headingLevel));
    blocks.push_back(Document::pairs(DocumentBlock::Kind::Examples, examples));
    return blocks;
}

void EntryDocument::appendCodeSections(Document &document, const Catalog &catalog, const CodeEntry &entry,
                                       const QString &language)
{
    document.blocks.push_back(Document::heading(Headings::text(Heading::WhenToUse)));
    document.blocks.push_back(paragraph(catalog, entry, Field::WhenToUse, language));

    QList<DocumentItem> references;
    for (const Reference &reference : entry.references)
        references.append({CodeEntry::referenceUrl(reference), CodeEntry::referenceText(reference)});
    document.blocks.push_back(Document::heading(Headings::text(Heading::References)));
    document.blocks.push_back(Document::pairs(DocumentBlock::Kind::References, references));

    const std::pair<Heading, QStringList> linkSections[] = {
        {Heading::StandardCodes, entry.standardCodes},
        {Heading::Related, entry.related},
        {Heading::UsualEnhanced, entry.usualEnhanced},
        {Heading::UsualReplies, entry.replies},
    };
    for (const auto &[heading, codes] : linkSections) {
        if (codes.isEmpty())
            continue;
        document.blocks.push_back(Document::heading(Headings::text(heading)));
        document.blocks.push_back(Document::pairs(DocumentBlock::Kind::Links, links(catalog, codes, language)));
    }
    const QList<qsizetype> responses = catalog.providerResponsesFor(entry.code);
    if (!responses.isEmpty()) {
        document.blocks.push_back(Document::heading(Headings::text(Heading::ProviderResponses)));
        document.blocks.push_back(
            Document::pairs(DocumentBlock::Kind::Links, providerLinks(catalog, responses, language)));
        if (responses.size() > MaxProviderLinks)
            document.blocks.push_back(
                Document::paragraph(tr("%n more provider replies use %1; search for it with the Provider filter.", "",
                                       int(responses.size() - MaxProviderLinks))
                                        .arg(code(entry, language))));
    }
}

Document EntryDocument::build(const Catalog &catalog, const CodeEntry &entry, const QString &language)
{
    const bool rtl = isRightToLeftLanguage(language);
    Document document;
    document.title = label(catalog, entry, language);
    document.rightToLeft = rtl;
    document.blocks.push_back(Document::paragraph(classLine(catalog, entry)));
    if (!entry.commands.isEmpty())
        document.blocks.push_back(Document::paragraph(
            tr("Answers: %1", "the client commands a reply can answer").arg(commandList(entry, language))));
    if (entry.kind == EntryKind::Reason)
        document.blocks.push_back(Document::paragraph(tr("Verdict: %1").arg(Verdicts::text(entry.verdict))));
    if (entry.kind == EntryKind::Provider) {
        if (const CodeEntry *reason = catalog.find(entry.reason))
            document.blocks.push_back(
                Document::paragraph(tr("Reason: %1. Verdict: %2.")
                                        .arg(label(catalog, *reason, language), Verdicts::text(reason->verdict))));
    }

    for (DocumentBlock &block : coreSections(catalog, entry, language, 1))
        document.blocks.push_back(std::move(block));

    switch (entry.kind) {
    case EntryKind::Provider: {
        QList<DocumentItem> tags;
        for (const QString &tag : entry.match)
            tags.append({QString(), isolateLeftToRight(tag, rtl)});
        document.blocks.push_back(Document::heading(Headings::text(Heading::RecognizedBy)));
        document.blocks.push_back(Document::pairs(DocumentBlock::Kind::Examples, tags));
        document.blocks.push_back(Document::heading(Headings::text(Heading::References)));
        document.blocks.push_back(Document::pairs(
            DocumentBlock::Kind::References,
            QList<DocumentItem>{
                {entry.documentation, tr("%1 (checked on %2)", "a web address, then the date it was read")
                                          .arg(isolateLeftToRight(entry.documentation, rtl),
                                               QLocale(language).toString(QDate::fromString(entry.checked, Qt::ISODate),
                                                                          QLocale::ShortFormat))}}));
        QStringList codes{entry.reply, CodeSyntax::genericEnhanced(entry.enhanced), entry.reason};
        document.blocks.push_back(Document::heading(Headings::text(Heading::Related)));
        document.blocks.push_back(Document::pairs(DocumentBlock::Kind::Links, links(catalog, codes, language)));
        break;
    }
    case EntryKind::Reason: {
        if (!entry.related.isEmpty()) {
            document.blocks.push_back(Document::heading(Headings::text(Heading::LeadingCodes)));
            document.blocks.push_back(
                Document::pairs(DocumentBlock::Kind::Links, links(catalog, entry.related, language)));
        }
        if (!entry.phrases.isEmpty()) {
            QList<DocumentItem> phrases;
            for (const QString &phrase : entry.phrases)
                phrases.append({QString(), isolate(phrase, rtl)});
            document.blocks.push_back(Document::heading(Headings::text(Heading::LeadingPhrases)));
            document.blocks.push_back(Document::pairs(DocumentBlock::Kind::Examples, phrases));
        }
        QList<qsizetype> responses;
        for (qsizetype i = 0; i < catalog.size(); ++i) {
            if (catalog.at(i).kind == EntryKind::Provider && catalog.at(i).reason == entry.code)
                responses.append(i);
        }
        if (!responses.isEmpty()) {
            document.blocks.push_back(Document::heading(Headings::text(Heading::ReasonResponses)));
            document.blocks.push_back(
                Document::pairs(DocumentBlock::Kind::Links, providerLinks(catalog, responses, language)));
        }
        break;
    }
    default:
        appendCodeSections(document, catalog, entry, language);
        break;
    }
    return document;
}

} // namespace SmtpCodes::Core
