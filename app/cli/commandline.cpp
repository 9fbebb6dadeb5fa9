#include "commandline.h"

#include "jsonwriter.h"

#include <core/codesyntax.h>
#include <core/comparison.h>
#include <core/entrydocument.h>
#include <core/languages.h>
#include <core/lookupdocument.h>
#include <core/renderer.h>
#include <core/search.h>

namespace SmtpCodes::Cli {

using namespace Core;

namespace {

const QStringList &verbs()
{
    static const QStringList all{QStringLiteral("list"),    QStringLiteral("show"),   QStringLiteral("compare"),
                                 QStringLiteral("explain"), QStringLiteral("search"), QStringLiteral("languages")};
    return all;
}

bool looksLikeCode(const QString &argument)
{
    return CodeSyntax::parseLookup(argument).has_value() || CodeSyntax::isPartialCode(argument);
}

// Options that take a value (the program's and QApplication's own), so their values are not taken for codes.
bool takesValue(const QString &option)
{
    static const QStringList options{
        QStringLiteral("--format"),           QStringLiteral("-f"),        QStringLiteral("--lang"),
        QStringLiteral("--analyze"),          QStringLiteral("--kind"),    QStringLiteral("--class"),
        QStringLiteral("-platform"),          QStringLiteral("-style"),    QStringLiteral("-stylesheet"),
        QStringLiteral("-display"),           QStringLiteral("-geometry"), QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-session"),           QStringLiteral("-name"),     QStringLiteral("-title"),
        QStringLiteral("-platformpluginpath")};
    return options.contains(option);
}

} // namespace

bool CommandLine::windowCanShow(const Request &request, const Catalog &catalog)
{
    return std::all_of(request.codes.cbegin(), request.codes.cend(), [&catalog](const QString &code) {
        return looksLikeCode(code) || !catalog.lookup(code).isEmpty();
    });
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
                else if (argument != u"-platform" && argument != u"-display" && argument != u"-style")
                    request.commandLine = true;
                ++i;
            }
        } else if (!verbs().contains(argument) && request.codes.size() < 2) {
            request.codes.append(argument);
            request.namesOrCommand = request.namesOrCommand || !looksLikeCode(argument);
        } else {
            request.commandLine = true;
        }
    }
    return request;
}

int CommandLine::usageError(QTextStream &err, const QString &message) const
{
    err << withoutBidiControls(tr("smtp-codes: %1").arg(message)) << Qt::endl;
    return 2;
}

QString CommandLine::unknownCodeMessage(const QString &code) const
{
    // A huge argument is named by its beginning only, so the message stays one readable line.
    return tr("unknown code \"%1\"; nearest codes: %2")
        .arg(shortened(code), QLocale().createSeparatedList(m_catalog->nearest(code)));
}

void CommandLine::write(QTextStream &out, const Document &document, Format format) const
{
    // Terminals lay text out by themselves: bidirectional controls would only stand in the way of grep and cut.
    if (format == Format::Markdown)
        out << withoutBidiControls(Renderer::toMarkdown(document)) << u'\n';
    else
        out << withoutBidiControls(Renderer::toPlainText(document));
}

int CommandLine::list(const QList<qsizetype> &entries, const Options &options, QTextStream &out) const
{
    if (options.format == Format::Json) {
        JsonText json(JsonText::Style::Indented);
        json.beginArray();
        for (qsizetype index : entries)
            JsonWriter::entry(json, *m_catalog, m_catalog->at(index), options.language);
        out << QString::fromUtf8(json.endArray().take());
        return 0;
    }
    if (options.format == Format::Markdown)
        out << tr("| Code | Class | Name |") << u"\n| --- | --- | --- |\n";
    for (qsizetype index : entries) {
        const CodeEntry &entry = m_catalog->at(index);
        QString classText = ReplyClasses::label(entry.replyClass);
        if (entry.kind == EntryKind::Enhanced)
            classText = QStringLiteral("X.Y.Z");
        else if (classText.isEmpty())
            classText = QStringLiteral("-");
        QString name = withoutBidiControls(EntryDocument::label(*m_catalog, entry, options.language));
        if (entry.kind != EntryKind::Reason && entry.kind != EntryKind::Provider)
            name = m_catalog->text(entry, Field::Name, options.language);
        if (options.format == Format::Markdown)
            out << u"| " << entry.code << u" | " << classText << u" | " << name << u" |\n";
        else
            out << entry.code.leftJustified(7) << u' ' << classText.leftJustified(6) << name << u'\n';
    }
    return 0;
}

int CommandLine::show(const QStringList &codes, const Options &options, QTextStream &out, QTextStream &err) const
{
    if (codes.isEmpty())
        return usageError(err, tr("show needs a code, for example: smtp-codes show 550"));
    // "show 550 5.7.26" and "show "550 5.7.26"" are the same lookup.
    const QString text = codes.join(u' ');
    const QList<qsizetype> found = m_catalog->lookup(text);
    if (found.isEmpty())
        return usageError(err, codes.size() > 1 && !CodeSyntax::parseLookup(text)
                                   ? tr("show takes one code, or a reply with its enhanced code such as \"550 "
                                        "5.7.26\"; \"%1\" is neither")
                                         .arg(shortened(text))
                                   : unknownCodeMessage(text));
    if (found.size() == 1) {
        const CodeEntry &entry = m_catalog->at(found.first());
        if (options.format == Format::Json) {
            JsonText json(JsonText::Style::Indented);
            JsonWriter::entry(json, *m_catalog, entry, options.language);
            out << QString::fromUtf8(json.take());
        } else {
            write(out, EntryDocument::build(*m_catalog, entry, options.language), options.format);
        }
        return 0;
    }
    if (options.format == Format::Json) {
        JsonText json(JsonText::Style::Indented);
        JsonWriter::lookup(json, *m_catalog, text, found, options.language);
        out << QString::fromUtf8(json.take());
    } else {
        write(out, LookupDocument::build(*m_catalog, text, found, options.language), options.format);
    }
    return 0;
}

int CommandLine::compare(const QStringList &codes, const Options &options, QTextStream &out, QTextStream &err) const
{
    if (codes.size() < 2)
        return usageError(err, tr("compare needs two codes, for example: smtp-codes compare 354 551"));
    if (codes.size() > 2)
        return usageError(err, tr("too many codes for compare: %1").arg(shortened(codes.mid(2).join(u' '))));
    QList<const CodeEntry *> entries;
    for (const QString &code : codes) {
        const QList<qsizetype> found = m_catalog->lookup(code);
        if (found.isEmpty())
            return usageError(err, unknownCodeMessage(code));
        entries.append(&m_catalog->at(found.first()));
    }
    const Comparison comparison(*m_catalog, *entries.at(0), *entries.at(1), options.language);
    if (options.format == Format::Json) {
        JsonText json(JsonText::Style::Indented);
        JsonWriter::comparison(json, *m_catalog, comparison);
        out << QString::fromUtf8(json.take());
    } else {
        write(out, comparison.document(), options.format);
    }
    return 0;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    // The language comes first, so that help and errors are already in it.
    const QString requested = classify(arguments.mid(1)).language;
    Options options;
    options.language = requested.isEmpty() ? m_defaultLanguage : requested;
    if (QString error; !Languages::install(options.language, &error))
        return usageError(err, error);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SMTP Codes: an offline reference of SMTP reply codes, enhanced status codes, what providers mean by "
           "them, and a bounce reader.\n\n"
           "Commands:\n"
           "  list                  every entry: code, class, name\n"
           "  show CODE             everything about one entry: 550, 5.1.1, \"550 5.7.26\", TSS04, mailboxfull\n"
           "  compare CODE CODE     two entries side by side\n"
           "  explain [PATH…]       who failed, why and what to do, for every message in bounce files,\n"
           "                        folders, Maildirs and mbox files (standard input when PATH is - or missing)\n"
           "  search WORDS…         the window's search: codes, words, provider names and tags\n"
           "  languages             the interface languages\n\n"
           "Without a command, opens the window; \"smtp-codes 550\" opens it on 550,\n"
           "\"smtp-codes 354 551\" on their comparison and \"smtp-codes --analyze FILE\" on the\n"
           "analysis of FILE."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption formatOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                          tr("Output format: text (default), json, markdown; jsonl for explain."),
                                          tr("format"), QStringLiteral("text"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Interface language, such as es or zh_CN."),
                                        tr("language"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), tr("list and search: only basic, enhanced, provider or reason entries."), tr("kind"));
    const QCommandLineOption classOption(QStringLiteral("class"), tr("list and search: only 2xx, 3xx, 4xx or 5xx."),
                                         tr("class"));
    for (const QCommandLineOption &option : {formatOption, langOption, kindOption, classOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, show, compare, explain, search or languages"));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("The codes, files or words the command works on."),
                                 QStringLiteral("[arguments…]"));

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

    const QString formatName = parser.value(formatOption);
    static const QList<std::pair<QString, Format>> formats{{QStringLiteral("text"), Format::Text},
                                                           {QStringLiteral("json"), Format::Json},
                                                           {QStringLiteral("markdown"), Format::Markdown},
                                                           {QStringLiteral("md"), Format::Markdown},
                                                           {QStringLiteral("jsonl"), Format::JsonLines}};
    const auto format = std::find_if(formats.cbegin(), formats.cend(),
                                     [&formatName](const auto &pair) { return pair.first == formatName; });
    if (format == formats.cend())
        return usageError(err,
                          tr("unknown format \"%1\"; use text, json, markdown or jsonl").arg(shortened(formatName)));
    options.format = format->second;

    if (parser.isSet(kindOption)) {
        static const QList<std::pair<QString, EntryKind>> kinds{{QStringLiteral("basic"), EntryKind::Reply},
                                                                {QStringLiteral("enhanced"), EntryKind::Enhanced},
                                                                {QStringLiteral("provider"), EntryKind::Provider},
                                                                {QStringLiteral("reason"), EntryKind::Reason}};
        const QString name = parser.value(kindOption);
        const auto kind =
            std::find_if(kinds.cbegin(), kinds.cend(), [&name](const auto &p) { return p.first == name; });
        if (kind == kinds.cend())
            return usageError(err,
                              tr("unknown kind \"%1\"; use basic, enhanced, provider or reason").arg(shortened(name)));
        options.kind = kind->second;
    }
    if (parser.isSet(classOption)) {
        const ReplyClass replyClass = ReplyClasses::fromLabel(parser.value(classOption).toLower());
        if (replyClass == ReplyClass::Unknown)
            return usageError(
                err, tr("unknown class \"%1\"; use 2xx, 3xx, 4xx or 5xx").arg(shortened(parser.value(classOption))));
        options.replyClass = replyClass;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(err, tr("missing command; use list, show CODE, compare CODE CODE, explain FILE or "
                                  "search WORDS (see --help)"));
    const QString verb = positional.first();
    const QStringList rest = positional.mid(1);
    if (options.format == Format::JsonLines && verb != u"explain")
        return usageError(err, tr("the jsonl format is for explain only; use json"));

    if (verb == u"list" || verb == u"search") {
        if (verb == u"list" && !rest.isEmpty())
            return usageError(
                err, tr("list takes no codes; to see one, use: smtp-codes show %1").arg(shortened(rest.first())));
        if (verb == u"search" && rest.isEmpty())
            return usageError(err, tr("search needs words or codes, for example: smtp-codes search mailbox full"));
        const Search search(*m_catalog, options.language);
        return list(search.run({rest.join(u' '), options.replyClass, options.kind}), options, out);
    }
    if (verb == u"show")
        return show(rest, options, out, err);
    if (verb == u"compare")
        return compare(rest, options, out, err);
    if (verb == u"explain")
        return explain(rest, options, out, err);
    if (verb == u"languages") {
        for (const Language &language : Languages::all())
            out << language.code.leftJustified(6) << language.nativeName << u'\n';
        return 0;
    }
    if (!m_catalog->lookup(verb).isEmpty())
        return usageError(err, tr("\"%1\" is a code, not a command; use: smtp-codes show %1").arg(shortened(verb)));
    if (looksLikeCode(verb) || verb.front().isDigit())
        return usageError(err, unknownCodeMessage(verb));
    return usageError(err, tr("unknown command \"%1\"; use list, show, compare, explain, search or languages (see "
                              "--help)")
                               .arg(shortened(verb)));
}

} // namespace SmtpCodes::Cli
