#include "commandline.h"

#include "analyzer.h"
#include "comparison.h"
#include "document.h"
#include "entrydocument.h"
#include "jsonwriter.h"
#include "languages.h"
#include "renderer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>

namespace SmtpCodes::Core {

namespace {

enum class Format
{
    Text,
    Json,
    Markdown,
};

bool looksLikeCode(const QString &argument)
{
    return !argument.isEmpty() && argument.size() <= 12 &&
           (argument.front().isDigit() || argument.front() == u'X' || argument.front() == u'x');
}

// Options of QApplication itself that take a value, so their values are not taken for codes.
bool takesValue(const QString &option)
{
    static const QStringList options{
        QStringLiteral("--format"),           QStringLiteral("--lang"),    QStringLiteral("--analyze"),
        QStringLiteral("-platform"),          QStringLiteral("-style"),    QStringLiteral("-stylesheet"),
        QStringLiteral("-display"),           QStringLiteral("-geometry"), QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-session"),           QStringLiteral("-name"),     QStringLiteral("-title"),
        QStringLiteral("-platformpluginpath")};
    return options.contains(option);
}

} // namespace

QStringList CommandLine::verbs()
{
    return {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("compare"), QStringLiteral("explain")};
}

QStringList CommandLine::formats()
{
    return {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")};
}

CommandLine::Request CommandLine::classify(const QStringList &arguments)
{
    Request request;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--help" || argument == u"-h" || argument == u"--help-all" || argument == u"--version" ||
            argument == u"-v") {
            request.commandLine = true;
        } else if (argument.startsWith(u"--lang=")) {
            request.language = argument.mid(7);
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            if (takesValue(argument) && i + 1 < arguments.size()) {
                if (argument == u"--lang")
                    request.language = arguments.at(i + 1);
                else if (argument == u"--analyze")
                    request.analyze = arguments.at(i + 1);
                ++i;
            }
        } else if (looksLikeCode(argument) && request.codes.size() < 2) {
            request.codes.append(argument);
        } else {
            request.commandLine = true;
        }
    }
    return request;
}

int CommandLine::usageError(QTextStream &err, const QString &message) const
{
    err << tr("smtp-codes: %1").arg(message) << Qt::endl;
    return 2;
}

QString CommandLine::unknownCodeMessage(const QString &code) const
{
    // A huge argument is named by its beginning only, so the message stays one readable line.
    const QString shown = shortened(code);
    return tr("unknown code \"%1\"; nearest codes: %2")
        .arg(shown, QLocale().createSeparatedList(m_catalog->nearest(code)));
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    // The language comes first, so that help and errors are already in it.
    const QString requested = classify(arguments.mid(1)).language;
    const QString language = requested.isEmpty() ? m_defaultLanguage : requested;
    if (QString error; !Languages::install(language, &error))
        return usageError(err, error);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SMTP Codes: an offline reference of SMTP reply codes and enhanced status codes.\n\n"
           "Commands:\n"
           "  list                  every code with its class and name\n"
           "  show CODE             everything about one code (550, 5.1.1)\n"
           "  compare CODE CODE     two codes side by side\n"
           "  explain [FILE|-]      every server reply in a bounce, DSN, transcript or log\n"
           "                        (standard input when FILE is - or missing)\n\n"
           "Without a command, opens the window; \"smtp-codes 550\" opens it on 550,\n"
           "\"smtp-codes 354 551\" on their comparison and \"smtp-codes --analyze FILE\" on the\n"
           "analysis of FILE."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                          tr("Output format: text (default), json or markdown."), tr("format"),
                                          QStringLiteral("text"));
    parser.addOption(formatOption);
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Interface language, such as es or zh_CN."),
                                        tr("language"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, show, compare or explain"));
    parser.addPositionalArgument(QStringLiteral("codes"), tr("The codes the command works on."),
                                 QStringLiteral("[codes…]"));

    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    Format format = Format::Text;
    const QString formatName = parser.value(formatOption);
    if (formatName == u"json")
        format = Format::Json;
    else if (formatName == u"markdown" || formatName == u"md")
        format = Format::Markdown;
    else if (formatName != u"text")
        return usageError(err, tr("unknown format \"%1\"; use text, json or markdown").arg(formatName));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(err,
                          tr("missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)"));

    const QString verb = positional.first();
    const QStringList codes = positional.mid(1);
    auto render = [&](const Document &document) {
        out << (format == Format::Markdown ? Renderer::toMarkdown(document) : Renderer::toPlainText(document));
        if (format == Format::Markdown)
            out << u'\n';
    };

    if (verb == u"list") {
        if (!codes.isEmpty())
            return usageError(err, tr("list takes no codes; to see one, use: smtp-codes show %1").arg(codes.first()));
        if (format == Format::Json) {
            QJsonArray entries;
            for (const CodeEntry &entry : m_catalog->entries())
                entries.append(JsonWriter::entry(entry, language));
            out << QString::fromUtf8(JsonWriter::toText(entries));
            return 0;
        }
        if (format == Format::Markdown)
            out << tr("| Code | Class | Name |") << u"\n| --- | --- | --- |\n";
        for (const CodeEntry &entry : m_catalog->entries()) {
            const QString classText =
                entry.kind == EntryKind::Reply ? ReplyClasses::label(entry.replyClass) : QStringLiteral("X.Y.Z");
            if (format == Format::Markdown)
                out << u"| " << entry.code << u" | " << classText << u" | " << entry.name.text(language) << u" |\n";
            else
                out << entry.code.leftJustified(7) << classText.leftJustified(7) << entry.name.text(language) << u'\n';
        }
        return 0;
    }

    if (verb == u"show" || verb == u"compare") {
        const qsizetype needed = verb == u"show" ? 1 : 2;
        if (codes.size() < needed)
            return usageError(err, verb == u"show"
                                       ? tr("show needs a code, for example: smtp-codes show 550")
                                       : tr("compare needs two codes, for example: smtp-codes compare 354 551"));
        if (codes.size() > needed)
            return usageError(err, tr("too many codes for %1: %2").arg(verb, codes.mid(needed).join(u' ')));
        QList<const CodeEntry *> entries;
        for (const QString &code : codes) {
            const CodeEntry *entry = m_catalog->find(code);
            if (!entry)
                return usageError(err, unknownCodeMessage(code));
            entries.append(entry);
        }
        if (verb == u"show") {
            if (format == Format::Json)
                out << QString::fromUtf8(JsonWriter::toText(JsonWriter::entry(*entries.first(), language)));
            else
                render(EntryDocument::build(*m_catalog, *entries.first(), language));
            return 0;
        }
        const Comparison comparison(*m_catalog, *entries.at(0), *entries.at(1), language);
        if (format == Format::Json)
            out << QString::fromUtf8(JsonWriter::toText(JsonWriter::comparison(comparison)));
        else
            render(comparison.document());
        return 0;
    }

    if (verb == u"explain") {
        if (codes.size() > 1)
            return usageError(err, tr("explain takes one file (or - for standard input)"));
        const QString path = codes.isEmpty() ? QStringLiteral("-") : codes.first();
        QFile file;
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            err << tr("smtp-codes: cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
            return 1;
        }
        // One byte past the limit is enough to know the input is too large, without reading all of it.
        const QByteArray input = file.read(Analyzer::MaxInputBytes + 1);
        const Analyzer analyzer(*m_catalog);
        const Analyzer::Result result = analyzer.analyze(input);
        if (result.problem != Analyzer::Problem::None) {
            err << tr("smtp-codes: %1").arg(result.message) << Qt::endl;
            return 1;
        }
        if (format == Format::Json)
            out << QString::fromUtf8(JsonWriter::toText(analyzer.toJson(result, language)));
        else
            render(analyzer.document(result, language));
        return 0;
    }

    if (m_catalog->find(verb))
        return usageError(err, tr("\"%1\" is a code, not a command; use: smtp-codes show %1").arg(verb));
    if (looksLikeCode(verb) || verb.front().isDigit())
        return usageError(err, unknownCodeMessage(verb));
    const QString shown = shortened(verb);
    return usageError(err, tr("unknown command \"%1\"; use list, show, compare or explain (see --help)").arg(shown));
}

} // namespace SmtpCodes::Core
