#pragma once

#include <core/catalog.h>
#include <core/document.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace SmtpCodes::Cli {

/// The command-line verbs (list, show, compare, explain, search, languages) and the choice between them and the
/// window.
///
/// @code
/// smtp-codes show 550 --format json      // CLI
/// smtp-codes 354 551                     // the window, opened on the comparison
/// @endcode
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Cli::CommandLine)

public:
    /// What the arguments (without the program name) ask for.
    struct Request
    {
        bool commandLine = false;    ///< a verb, --help or --version: no window
        QStringList codes;           ///< for the window: one entry to show or two to compare
        bool namesOrCommand = false; ///< a code is no code in form (an id, a tag, a reason, or a mistyped verb)
        QString language;            ///< --lang, empty when not given
        QString analyze;             ///< --analyze FILE: open the window's analyzer on FILE
    };

    /// The output formats of --format.
    enum class Format
    {
        Text,
        Json,
        Markdown,
        JsonLines,
    };

    /// Reads @p arguments without the catalog (the window reads it while Qt starts): a verb, --help or --version
    /// opens the CLI, which reports what is wrong; one or two other words are for the window.
    static Request classify(const QStringList &arguments);

    /// Whether the window can show what @p request names: codes in form, or entries of @p catalog (a provider
    /// response's id, a provider's tag, a reason). When not, the CLI says what is wrong ("unknown command").
    static bool windowCanShow(const Request &request, const Core::Catalog &catalog);

    /// @p defaultLanguage is used when --lang is not given (the system's language, or "en").
    explicit CommandLine(const Core::Catalog &catalog, QString defaultLanguage = QStringLiteral("en"))
        : m_catalog(&catalog)
        , m_defaultLanguage(std::move(defaultLanguage))
    {
    }

    /// Runs @p arguments (the program name first, as QCoreApplication::arguments() gives them). Writes the result
    /// to @p out and problems to @p err. Returns 0 on success, 1 when explain's input cannot be read or analyzed,
    /// 2 on a usage error (unknown code, verb, format or language, missing argument).
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

private:
    struct Options
    {
        Format format = Format::Text;
        QString language;
        std::optional<Core::EntryKind> kind;
        std::optional<Core::ReplyClass> replyClass;
    };

    int usageError(QTextStream &err, const QString &message) const;
    QString unknownCodeMessage(const QString &code) const;
    void write(QTextStream &out, const Core::Document &document, Format format) const;
    int list(const QList<qsizetype> &entries, const Options &options, QTextStream &out) const;
    int show(const QStringList &codes, const Options &options, QTextStream &out, QTextStream &err) const;
    int compare(const QStringList &codes, const Options &options, QTextStream &out, QTextStream &err) const;
    int explain(const QStringList &paths, const Options &options, QTextStream &out, QTextStream &err) const;

    const Core::Catalog *m_catalog;
    QString m_defaultLanguage;
};

} // namespace SmtpCodes::Cli
