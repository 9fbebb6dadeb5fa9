#include "fuzzentry.h"

#include <cli/commandline.h>
#include <cli/jsonwriter.h>
#include <core/analysisdocument.h>
#include <core/analyzer.h>
#include <core/catalog.h>
#include <core/languages.h>
#include <core/mailmessage.h>
#include <core/renderer.h>
#include <core/search.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdlib>

namespace SmtpCodes::Fuzz {

namespace {

const Core::Catalog &realCatalog()
{
    static const Core::Catalog catalog = [] {
        QString error;
        std::optional<Core::Catalog> loaded = Core::Catalog::loadEmbedded(&error);
        if (!loaded)
            std::abort();
        return *loaded;
    }();
    return catalog;
}

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

void catalogLoader(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<Core::Catalog> catalog =
        Core::Catalog::fromSources({{QStringLiteral("fuzz.json"), bytes(data, size)}}, &error);
    // Either a catalog or a message: never both, never neither.
    if (catalog.has_value() == !error.isEmpty())
        std::abort();
    if (catalog) {
        for (const Core::CodeEntry &entry : catalog->entries()) {
            if (catalog->find(entry.code) == nullptr)
                std::abort();
        }
    }
}

void searchQuery(const std::uint8_t *data, std::size_t size)
{
    static const Core::Search search(realCatalog());
    Core::SearchQuery query;
    query.text = QString::fromUtf8(bytes(data, size));
    const QList<qsizetype> all = search.run(query);
    for (qsizetype row : all) {
        if (row < 0 || row >= realCatalog().size())
            std::abort();
    }
    query.replyClass = Core::ReplyClass::PermanentNegative;
    for (qsizetype row : search.run(query)) {
        if (realCatalog().at(row).replyClass != Core::ReplyClass::PermanentNegative)
            std::abort();
    }
    query.replyClass.reset();
    query.kind = Core::EntryKind::Enhanced;
    search.run(query);
}

void analyzer(const std::uint8_t *data, std::size_t size)
{
    static const Core::Analyzer analyzer(realCatalog());
    const Core::Analysis result = analyzer.analyze(bytes(data, size));
    if (result.problem != Core::Analysis::Problem::None && (!result.findings.isEmpty() || !result.recipients.isEmpty()))
        std::abort();
    for (const Core::Finding &finding : result.findings) {
        if (finding.line < 1 || (finding.reply.isEmpty() && finding.enhanced.isEmpty()) || finding.verdict.isEmpty())
            std::abort();
        analyzer.explanationSentences(finding, QStringLiteral("en"));
    }
    for (const Core::RecipientResult &recipient : result.recipients) {
        if (recipient.reason.isEmpty() || recipient.verdict.isEmpty() || !realCatalog().find(recipient.reason))
            std::abort();
    }
    Core::Renderer::toHtml(Core::AnalysisDocument::build(analyzer, result, QStringLiteral("ar")));
    Cli::JsonText json(Cli::JsonText::Style::Compact);
    Cli::JsonWriter::analysis(json, analyzer, result, QStringLiteral("en"));
    // What is written must read back as JSON.
    QJsonParseError error;
    QJsonDocument::fromJson(json.take(), &error);
    if (error.error != QJsonParseError::NoError)
        std::abort();
}

void mailReader(const std::uint8_t *data, std::size_t size)
{
    const Core::MailMessage message = Core::MailMessage::read(bytes(data, size));
    // A message always gives at least one part to read, or the returned original's headers; never a crash.
    qsizetype length = 0;
    for (const Core::MailPart &part : message.parts)
        length += part.text.size();
    if (length < 0)
        std::abort();
}

void commandLine(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments{QStringLiteral("smtp-codes")};
    for (const QByteArray &part : bytes(data, size).split('\0'))
        arguments.append(QString::fromUtf8(part));
    // explain reads standard input or a file: keep the fuzzer to arguments alone.
    if (arguments.contains(QStringLiteral("explain")))
        return;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status = Cli::CommandLine(realCatalog()).run(arguments, outStream, errStream);
    if (status != 0 && status != 2)
        std::abort();
    Cli::CommandLine::classify(arguments.mid(1));
    Core::Languages::install(QStringLiteral("en"));
}

} // namespace SmtpCodes::Fuzz
