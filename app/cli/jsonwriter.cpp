#include "jsonwriter.h"

#include <core/document.h>
#include <core/verdicts.h>

namespace SmtpCodes::Cli {

using namespace Core;

namespace {

QStringList withoutControls(QStringList texts)
{
    for (QString &text : texts)
        text = withoutBidiControls(text);
    return texts;
}

void text(JsonText &json, const char16_t *key, const Catalog &catalog, const CodeEntry &entry, Field field,
          const QString &language)
{
    json.key(key).value(withoutBidiControls(catalog.text(entry, field, language)));
}

} // namespace

void JsonWriter::entry(JsonText &json, const Catalog &catalog, const CodeEntry &entry, const QString &language)
{
    const bool hasClass = entry.replyClass != ReplyClass::Unknown;
    json.beginObject().key(u"code").value(entry.code).key(u"kind").value(CodeEntry::kindName(entry.kind));
    json.key(u"class").textOrNull(hasClass ? ReplyClasses::label(entry.replyClass) : QString());
    json.key(u"className").textOrNull(hasClass ? ReplyClasses::name(entry.replyClass) : QString());
    text(json, u"name", catalog, entry, Field::Name, language);
    text(json, u"description", catalog, entry, Field::Description, language);
    switch (entry.kind) {
    case EntryKind::Provider: {
        const Provider *provider = catalog.provider(entry.provider);
        json.key(u"provider").value(provider ? provider->name : entry.provider);
        json.key(u"providerId").value(entry.provider).key(u"reply").value(entry.reply);
        json.key(u"enhanced").textOrNull(entry.enhanced).key(u"match").value(entry.match);
        json.key(u"example").value(entry.examples.value(0).text);
        json.key(u"reason").value(entry.reason).key(u"hardBounce").value(entry.hardBounce);
        text(json, u"sender", catalog, entry, Field::Sender, language);
        text(json, u"admin", catalog, entry, Field::Admin, language);
        json.key(u"documentation").value(entry.documentation).key(u"checked").value(entry.checked);
        json.endObject();
        return;
    }
    case EntryKind::Reason:
        text(json, u"howToFix", catalog, entry, Field::HowToFix, language);
        json.key(u"verdict").value(entry.verdict);
        json.key(u"verdictText").value(withoutBidiControls(Verdicts::text(entry.verdict)));
        json.key(u"hardBounce").value(entry.hardBounce).key(u"codes").value(entry.related);
        json.key(u"phrases").value(entry.phrases);
        json.endObject();
        return;
    default:
        break;
    }
    text(json, u"whenYouSeeIt", catalog, entry, Field::WhenYouSeeIt, language);
    text(json, u"howToFix", catalog, entry, Field::HowToFix, language);
    text(json, u"whenToUse", catalog, entry, Field::WhenToUse, language);
    json.key(u"commands").value(entry.commands).key(u"examples").beginArray();
    for (const ServerExample &example : entry.examples)
        json.beginObject().key(u"server").value(example.server).key(u"text").value(example.text).endObject();
    json.endArray().key(u"references").beginArray();
    for (const Reference &reference : entry.references)
        json.beginObject()
            .key(u"document")
            .value(reference.document)
            .key(u"section")
            .value(reference.section)
            .endObject();
    json.endArray().key(u"related").value(entry.related);
    if (entry.kind == EntryKind::Enhanced)
        json.key(u"replies").value(entry.replies);
    else
        json.key(u"usualEnhanced").value(entry.usualEnhanced);
    if (entry.kind == EntryKind::NonStandard)
        json.key(u"standardCodes").value(entry.standardCodes);
    json.endObject();
}

void JsonWriter::comparison(JsonText &json, const Catalog &catalog, const Comparison &comparison)
{
    json.beginObject().key(u"left");
    entry(json, catalog, comparison.left(), comparison.language());
    json.key(u"right");
    entry(json, catalog, comparison.right(), comparison.language());
    json.key(u"summary").value(withoutBidiControls(comparison.summary()));
    json.key(u"keyDifferences").value(withoutControls(comparison.keyDifferences()));
    json.key(u"whenToUseEach").value(withoutControls(comparison.whenToUseEach()));
    json.endObject();
}

void JsonWriter::lookup(JsonText &json, const Catalog &catalog, const QString &text, const QList<qsizetype> &entries,
                        const QString &language)
{
    json.beginObject().key(u"lookup").value(text).key(u"entries").beginArray();
    for (qsizetype index : entries)
        entry(json, catalog, catalog.at(index), language);
    json.endArray().endObject();
}

void JsonWriter::analysis(JsonText &json, const Analyzer &analyzer, const Analysis &analysis, const QString &language)
{
    auto provider = [&](const QString &id) -> JsonText & {
        return json.key(u"provider").textOrNull(id.isEmpty() ? QString() : analyzer.providerName(id));
    };
    // Standard input is "-", as on the command line.
    json.beginObject().key(u"source").value(analysis.source.isEmpty() ? QStringLiteral("-") : analysis.source);
    json.key(u"kind").value(Analyzer::kindToken(analysis.kind));
    json.key(u"reportingMta").textOrNull(analysis.reportingMta);
    json.key(u"messageId").textOrNull(analysis.messageId).key(u"subject").textOrNull(analysis.subject);
    json.key(u"recipients").beginArray();
    for (const RecipientResult &recipient : analysis.recipients) {
        json.beginObject().key(u"recipient").textOrNull(recipient.recipient);
        json.key(u"originalRecipient").textOrNull(recipient.originalRecipient);
        json.key(u"action").textOrNull(recipient.action).key(u"reply").textOrNull(recipient.reply);
        json.key(u"enhanced").textOrNull(recipient.enhanced).key(u"command").textOrNull(recipient.command);
        json.key(u"remoteMta").textOrNull(recipient.remoteMta).key(u"diagnostic").textOrNull(recipient.diagnostic);
        json.key(u"reason").value(recipient.reason).key(u"hardBounce").value(recipient.hardBounce);
        json.key(u"verdict").value(recipient.verdict);
        json.key(u"advice").textOrNull(withoutBidiControls(analyzer.advice(recipient, language)));
        json.key(u"evidence").textOrNull(recipient.evidence);
        provider(recipient.provider);
        json.key(u"line");
        recipient.line > 0 ? json.value(recipient.line) : json.null();
        json.endObject();
    }
    json.endArray().key(u"findings").beginArray();
    for (const Finding &finding : analysis.findings) {
        json.beginObject().key(u"line").value(finding.line).key(u"text").value(finding.text);
        json.key(u"reply").textOrNull(finding.reply).key(u"enhanced").textOrNull(finding.enhanced);
        json.key(u"verdict").value(finding.verdict).key(u"reason").value(finding.reason);
        json.key(u"explanation")
            .value(withoutBidiControls(analyzer.explanationSentences(finding, language).join(u' ')));
        provider(finding.provider);
        json.endObject();
    }
    json.endArray().endObject();
}

} // namespace SmtpCodes::Cli
