#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace SmtpCodes::Core {

/// The command-line verbs (list, show, compare) and the choice between them and the window.
///
/// @code
/// smtp-codes show 550 --format json      // CLI
/// smtp-codes 354 551                     // the window, opened on the comparison
/// @endcode
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::CommandLine)

public:
    /// What the arguments (without the program name) ask for.
    struct Request
    {
        bool commandLine = false; ///< a verb, --help or --version: no window
        QStringList codes;        ///< for the window: one code to show or two to compare
        QString language;         ///< --lang, empty when not given
        QString analyze;          ///< --analyze FILE: open the window's analyzer on FILE
    };

    /// Reads @p arguments without judging them: anything that is not one or two codes opens the CLI, which
    /// reports what is wrong.
    static Request classify(const QStringList &arguments);

    /// The verbs, as typed.
    static QStringList verbs();

    /// The output formats of --format.
    static QStringList formats();

    /// @p defaultLanguage is used when --lang is not given (the system's language, or "en").
    explicit CommandLine(const Catalog &catalog, QString defaultLanguage = QStringLiteral("en"))
        : m_catalog(&catalog)
        , m_defaultLanguage(std::move(defaultLanguage))
    {
    }

    /// Runs @p arguments (the program name first, as QCoreApplication::arguments() gives them). Writes the result
    /// to @p out and problems to @p err. Returns 0 on success, 2 on a usage error (unknown code, verb, format or
    /// language, missing argument).
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

private:
    int usageError(QTextStream &err, const QString &message) const;
    QString unknownCodeMessage(const QString &code) const;

    const Catalog *m_catalog;
    QString m_defaultLanguage;
};

} // namespace SmtpCodes::Core
