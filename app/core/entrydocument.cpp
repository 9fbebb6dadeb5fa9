#include "entrydocument.h"

#include "enhancedstatus.h"
#include "headings.h"

#include <QLocale>

namespace SmtpCodes::Core {

QString EntryDocument::code(const CodeEntry &entry, const QString &language)
{
    return isolateLeftToRight(entry.code, isRightToLeftLanguage(language));
}

QString EntryDocument::label(const CodeEntry &entry, const QString &language)
{
    return tr("%1 %2", "a code followed by its name: 550 Mailbox Unavailable")
        .arg(code(entry, language), isolate(entry.name.text(language), isRightToLeftLanguage(language)));
}

QString EntryDocument::classLine(const CodeEntry &entry)
{
    if (entry.kind == EntryKind::Enhanced) {
        const int subject = entry.code.section(u'.', 1, 1).toInt();
        return tr("Enhanced status code of subject %1 (%2)", "subject number and name: 7 (Security or Policy Status)")
            .arg(subject)
            .arg(EnhancedStatus::subjectName(subject));
    }
    return tr("%1 %2 response", "class label and class name: 5xx Permanent Negative response")
        .arg(ReplyClasses::label(entry.replyClass), ReplyClasses::name(entry.replyClass));
}

QString EntryDocument::commandList(const CodeEntry &entry, const QString &language)
{
    QStringList shown;
    for (const QString &command : entry.commands)
        shown.append(Headings::command(command));
    return QLocale(language).createSeparatedList(shown);
}

std::vector<DocumentBlock> EntryDocument::coreSections(const CodeEntry &entry, const QString &language,
                                                       int headingLevel)
{
    const bool rtl = isRightToLeftLanguage(language);
    QList<DocumentItem> examples;
    for (const ServerExample &example : entry.examples)
        examples.append({Headings::server(example.server), isolateLeftToRight(example.text, rtl)});

    return {
        Document::heading(Headings::text(Heading::Description), headingLevel),
        Document::paragraph(entry.description.text(language)),
        Document::heading(Headings::text(Heading::WhenYouSeeIt), headingLevel),
        Document::paragraph(entry.whenYouSeeIt.text(language)),
        Document::heading(Headings::text(Heading::HowToFix), headingLevel),
        Document::paragraph(entry.howToFix.text(language)),
        Document::heading(Headings::text(Heading::Examples), headingLevel),
        Document::pairs(DocumentBlock::Kind::Examples, examples),
    };
}

Document EntryDocument::build(const Catalog &catalog, const CodeEntry &entry, const QString &language)
{
    Document document;
    document.title = label(entry, language);
    document.rightToLeft = isRightToLeftLanguage(language);
    document.blocks.push_back(Document::paragraph(classLine(entry)));
    if (!entry.commands.isEmpty())
        document.blocks.push_back(Document::paragraph(
            tr("Answers: %1", "the client commands a reply can answer").arg(commandList(entry, language))));

    for (DocumentBlock &block : coreSections(entry, language, 1))
        document.blocks.push_back(std::move(block));

    document.blocks.push_back(Document::heading(Headings::text(Heading::WhenToUse)));
    document.blocks.push_back(Document::paragraph(entry.whenToUse.text(language)));

    QStringList references;
    for (const Reference &reference : entry.references)
        references.append(CodeEntry::referenceText(reference));
    document.blocks.push_back(Document::heading(Headings::text(Heading::References)));
    document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, references));

    auto links = [&](const QStringList &codes) {
        QList<DocumentItem> pairs;
        for (const QString &code : codes) {
            if (const CodeEntry *target = catalog.find(code))
                pairs.append({target->code, label(*target, language)});
        }
        return pairs;
    };
    const std::pair<Heading, QStringList> linkSections[] = {
        {Heading::Related, entry.related},
        {Heading::UsualEnhanced, catalog.enhancedFor(entry.code)},
        {Heading::UsualReplies, entry.replies},
    };
    for (const auto &[heading, codes] : linkSections) {
        if (codes.isEmpty())
            continue;
        document.blocks.push_back(Document::heading(Headings::text(heading)));
        document.blocks.push_back(Document::pairs(DocumentBlock::Kind::Links, links(codes)));
    }
    return document;
}

} // namespace SmtpCodes::Core
