#include "jsonwriter.h"

#include <core/document.h>
#include <core/verdicts.h>

#include <QJsonDocument>

namespace SmtpCodes::Cli {

using namespace Core;

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(withoutBidiControls(text));
}

QString text(const Catalog &catalog, const CodeEntry &entry, Field field, const QString &language)
{
    return withoutBidiControls(catalog.text(entry, field, language));
}

} // namespace

QJsonObject JsonWriter::entry(const Catalog &catalog, const CodeEntry &entry, const QString &language)
{
    QJsonArray examples;
    for (const ServerExample &example : entry.examples)
        examples.append(
            QJsonObject{{QStringLiteral("server"), example.server}, {QStringLiteral("text"), example.text}});
    QJsonArray references;
    for (const Reference &reference : entry.references)
        references.append(QJsonObject{{QStringLiteral("document"), reference.document},
                                      {QStringLiteral("section"), reference.section}});
    const bool hasClass = entry.replyClass != ReplyClass::Unknown;
    QJsonObject object{
        {QStringLiteral("code"), entry.code},
        {QStringLiteral("kind"), CodeEntry::kindName(entry.kind)},
        {QStringLiteral("class"), hasClass ? QJsonValue(ReplyClasses::label(entry.replyClass)) : QJsonValue()},
        {QStringLiteral("className"), hasClass ? QJsonValue(ReplyClasses::name(entry.replyClass)) : QJsonValue()},
        {QStringLiteral("name"), text(catalog, entry, Field::Name, language)},
        {QStringLiteral("description"), text(catalog, entry, Field::Description, language)},
    };
    switch (entry.kind) {
    case EntryKind::Provider: {
        const Provider *provider = catalog.provider(entry.provider);
        object.insert(QStringLiteral("provider"), provider ? provider->name : entry.provider);
        object.insert(QStringLiteral("providerId"), entry.provider);
        object.insert(QStringLiteral("reply"), entry.reply);
        object.insert(QStringLiteral("enhanced"), orNull(entry.enhanced));
        object.insert(QStringLiteral("match"), QJsonArray::fromStringList(entry.match));
        object.insert(QStringLiteral("example"), entry.examples.value(0).text);
        object.insert(QStringLiteral("reason"), entry.reason);
        object.insert(QStringLiteral("hardBounce"), entry.hardBounce);
        object.insert(QStringLiteral("sender"), text(catalog, entry, Field::Sender, language));
        object.insert(QStringLiteral("admin"), text(catalog, entry, Field::Admin, language));
        object.insert(QStringLiteral("documentation"), entry.documentation);
        object.insert(QStringLiteral("checked"), entry.checked);
        return object;
    }
    case EntryKind::Reason:
        object.insert(QStringLiteral("howToFix"), text(catalog, entry, Field::HowToFix, language));
        object.insert(QStringLiteral("verdict"), entry.verdict);
        object.insert(QStringLiteral("verdictText"), withoutBidiControls(Verdicts::text(entry.verdict)));
        object.insert(QStringLiteral("hardBounce"), entry.hardBounce);
        object.insert(QStringLiteral("codes"), QJsonArray::fromStringList(entry.related));
        object.insert(QStringLiteral("phrases"), QJsonArray::fromStringList(entry.phrases));
        return object;
    default:
        break;
    }
    object.insert(QStringLiteral("whenYouSeeIt"), text(catalog, entry, Field::WhenYouSeeIt, language));
    object.insert(QStringLiteral("howToFix"), text(catalog, entry, Field::HowToFix, language));
    object.insert(QStringLiteral("whenToUse"), text(catalog, entry, Field::WhenToUse, language));
    object.insert(QStringLiteral("commands"), QJsonArray::fromStringList(entry.commands));
    object.insert(QStringLiteral("examples"), examples);
    object.insert(QStringLiteral("references"), references);
    object.insert(QStringLiteral("related"), QJsonArray::fromStringList(entry.related));
    if (entry.kind == EntryKind::Enhanced)
        object.insert(QStringLiteral("replies"), QJsonArray::fromStringList(entry.replies));
    else
        object.insert(QStringLiteral("usualEnhanced"), QJsonArray::fromStringList(entry.usualEnhanced));
    if (entry.kind == EntryKind::NonStandard)
        object.insert(QStringLiteral("standardCodes"), QJsonArray::fromStringList(entry.standardCodes));
    return object;
}

QJsonObject JsonWriter::comparison(const Catalog &catalog, const Comparison &comparison)
{
    auto strip = [](QStringList items) {
        for (QString &item : items)
            item = withoutBidiControls(item);
        return QJsonArray::fromStringList(items);
    };
    return QJsonObject{
        {QStringLiteral("left"), entry(catalog, comparison.left(), comparison.language())},
        {QStringLiteral("right"), entry(catalog, comparison.right(), comparison.language())},
        {QStringLiteral("summary"), withoutBidiControls(comparison.summary())},
        {QStringLiteral("keyDifferences"), strip(comparison.keyDifferences())},
        {QStringLiteral("whenToUseEach"), strip(comparison.whenToUseEach())},
    };
}

QJsonObject JsonWriter::lookup(const Catalog &catalog, const QString &text, const QList<qsizetype> &entries,
                               const QString &language)
{
    QJsonArray found;
    for (qsizetype index : entries)
        found.append(entry(catalog, catalog.at(index), language));
    return QJsonObject{{QStringLiteral("lookup"), text}, {QStringLiteral("entries"), found}};
}

QJsonObject JsonWriter::analysis(const Analyzer &analyzer, const Analysis &analysis, const QString &language)
{
    auto providerName = [&analyzer](const QString &id) {
        return id.isEmpty() ? QJsonValue() : QJsonValue(analyzer.providerName(id));
    };
    QJsonArray recipients;
    for (const RecipientResult &recipient : analysis.recipients) {
        recipients.append(QJsonObject{
            {QStringLiteral("recipient"), orNull(recipient.recipient)},
            {QStringLiteral("originalRecipient"), orNull(recipient.originalRecipient)},
            {QStringLiteral("action"), orNull(recipient.action)},
            {QStringLiteral("reply"), orNull(recipient.reply)},
            {QStringLiteral("enhanced"), orNull(recipient.enhanced)},
            {QStringLiteral("command"), orNull(recipient.command)},
            {QStringLiteral("remoteMta"), orNull(recipient.remoteMta)},
            {QStringLiteral("diagnostic"), orNull(recipient.diagnostic)},
            {QStringLiteral("reason"), recipient.reason},
            {QStringLiteral("hardBounce"), recipient.hardBounce},
            {QStringLiteral("verdict"), recipient.verdict},
            {QStringLiteral("advice"), orNull(analyzer.advice(recipient, language))},
            {QStringLiteral("evidence"), orNull(recipient.evidence)},
            {QStringLiteral("provider"), providerName(recipient.provider)},
            {QStringLiteral("line"), recipient.line > 0 ? QJsonValue(recipient.line) : QJsonValue()},
        });
    }
    QJsonArray findings;
    for (const Finding &finding : analysis.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("line"), finding.line},
            {QStringLiteral("text"), finding.text},
            {QStringLiteral("reply"), orNull(finding.reply)},
            {QStringLiteral("enhanced"), orNull(finding.enhanced)},
            {QStringLiteral("verdict"), finding.verdict},
            {QStringLiteral("reason"), finding.reason},
            {QStringLiteral("explanation"),
             withoutBidiControls(analyzer.explanationSentences(finding, language).join(u' '))},
            {QStringLiteral("provider"), providerName(finding.provider)},
        });
    }
    return QJsonObject{
        {QStringLiteral("source"), orNull(analysis.source)},
        {QStringLiteral("kind"), Analyzer::kindToken(analysis.kind)},
        {QStringLiteral("reportingMta"), orNull(analysis.reportingMta)},
        {QStringLiteral("messageId"), orNull(analysis.messageId)},
        {QStringLiteral("subject"), orNull(analysis.subject)},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("findings"), findings},
    };
}

QByteArray JsonWriter::toText(const QJsonObject &value, bool compact)
{
    return QJsonDocument(value).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented) +
           (compact ? "\n" : "");
}

QByteArray JsonWriter::toText(const QJsonArray &value)
{
    return QJsonDocument(value).toJson(QJsonDocument::Indented);
}

} // namespace SmtpCodes::Cli
