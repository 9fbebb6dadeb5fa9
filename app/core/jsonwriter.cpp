#include "jsonwriter.h"

#include <QJsonDocument>

namespace SmtpCodes::Core {

QJsonObject JsonWriter::entry(const CodeEntry &entry, const QString &language)
{
    QJsonArray examples;
    for (const ServerExample &example : entry.examples)
        examples.append(
            QJsonObject{{QStringLiteral("server"), example.server}, {QStringLiteral("text"), example.text}});
    QJsonArray references;
    for (const Reference &reference : entry.references)
        references.append(QJsonObject{{QStringLiteral("document"), reference.document},
                                      {QStringLiteral("section"), reference.section}});

    const bool reply = entry.kind == EntryKind::Reply;
    return QJsonObject{
        {QStringLiteral("code"), entry.code},
        {QStringLiteral("kind"), CodeEntry::kindName(entry.kind)},
        {QStringLiteral("class"), reply ? QJsonValue(ReplyClasses::label(entry.replyClass)) : QJsonValue()},
        {QStringLiteral("className"), reply ? QJsonValue(ReplyClasses::name(entry.replyClass)) : QJsonValue()},
        {QStringLiteral("name"), entry.name.text(language)},
        {QStringLiteral("description"), entry.description.text(language)},
        {QStringLiteral("whenYouSeeIt"), entry.whenYouSeeIt.text(language)},
        {QStringLiteral("howToFix"), entry.howToFix.text(language)},
        {QStringLiteral("whenToUse"), entry.whenToUse.text(language)},
        {QStringLiteral("commands"), QJsonArray::fromStringList(entry.commands)},
        {QStringLiteral("examples"), examples},
        {QStringLiteral("references"), references},
        {QStringLiteral("related"), QJsonArray::fromStringList(entry.related)},
        {QStringLiteral("replies"), QJsonArray::fromStringList(entry.replies)},
    };
}

QJsonObject JsonWriter::comparison(const Comparison &comparison)
{
    return QJsonObject{
        {QStringLiteral("left"), entry(comparison.left(), comparison.language())},
        {QStringLiteral("right"), entry(comparison.right(), comparison.language())},
        {QStringLiteral("summary"), comparison.summary()},
        {QStringLiteral("keyDifferences"), QJsonArray::fromStringList(comparison.keyDifferences())},
        {QStringLiteral("whenToUseEach"), QJsonArray::fromStringList(comparison.whenToUseEach())},
    };
}

QByteArray JsonWriter::toText(const QJsonObject &value)
{
    return QJsonDocument(value).toJson(QJsonDocument::Indented);
}

QByteArray JsonWriter::toText(const QJsonArray &value)
{
    return QJsonDocument(value).toJson(QJsonDocument::Indented);
}

} // namespace SmtpCodes::Core
