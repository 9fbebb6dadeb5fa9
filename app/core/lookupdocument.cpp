#include "lookupdocument.h"

#include "codesyntax.h"
#include "entrydocument.h"
#include "headings.h"
#include "replyexplanation.h"

namespace SmtpCodes::Core {

Document LookupDocument::build(const Catalog &catalog, const QString &text, const QList<qsizetype> &entries,
                               const QString &language)
{
    Document document;
    document.rightToLeft = isRightToLeftLanguage(language);
    const std::optional<CodePair> pair = CodeSyntax::parseLookup(text);
    if (!pair || pair->reply.isEmpty() || pair->enhanced.isEmpty()) {
        document.title =
            tr("Replies recognized by \"%1\"").arg(isolateLeftToRight(shortened(text.trimmed()), document.rightToLeft));
        document.blocks.push_back(
            Document::pairs(DocumentBlock::Kind::Links, EntryDocument::providerLinks(catalog, entries, language)));
        return document;
    }

    document.title = tr("%1 with %2", "a basic reply with an enhanced code: 550 with 5.7.26")
                         .arg(isolateLeftToRight(pair->reply, document.rightToLeft),
                              isolateLeftToRight(pair->enhanced, document.rightToLeft));
    const ReplyExplanation explanation(catalog, pair->reply, pair->enhanced);
    QStringList together = explanation.sentences(language);
    if (const QString advice = explanation.advice(language); !advice.isEmpty())
        together.append(tr("What to do: %1").arg(isolate(advice, document.rightToLeft)));
    document.blocks.push_back(Document::heading(Headings::text(Heading::Together)));
    document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, together));

    // What providers mean by exactly this pair.
    QList<qsizetype> responses;
    const QString concrete = CodeSyntax::parseEnhanced(pair->enhanced) ? pair->enhanced : QString();
    for (qsizetype index : catalog.providerResponsesFor(pair->reply)) {
        const CodeEntry &response = catalog.at(index);
        if (!entries.contains(index) &&
            (response.enhanced == concrete ||
             (concrete.isEmpty() && CodeSyntax::genericEnhanced(response.enhanced) == pair->enhanced)))
            responses.append(index);
    }
    if (!responses.isEmpty()) {
        document.blocks.push_back(Document::heading(Headings::text(Heading::ProviderResponses)));
        document.blocks.push_back(
            Document::pairs(DocumentBlock::Kind::Links, EntryDocument::providerLinks(catalog, responses, language)));
    }

    for (qsizetype index : entries) {
        const CodeEntry &entry = catalog.at(index);
        document.blocks.push_back(Document::heading(EntryDocument::label(catalog, entry, language)));
        document.blocks.push_back(Document::paragraph(EntryDocument::classLine(catalog, entry)));
        for (DocumentBlock &block : EntryDocument::coreSections(catalog, entry, language, 2))
            document.blocks.push_back(std::move(block));
    }

    QList<DocumentItem> links;
    for (qsizetype index : entries)
        links.append({catalog.at(index).code, EntryDocument::label(catalog, catalog.at(index), language)});
    document.blocks.push_back(Document::heading(Headings::text(Heading::Related)));
    document.blocks.push_back(Document::pairs(DocumentBlock::Kind::Links, links));
    return document;
}

} // namespace SmtpCodes::Core
