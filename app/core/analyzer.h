#pragma once

#include "catalog.h"
#include "document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace SmtpCodes::Core {

/// What a reply tells the client to do, from its class.
enum class Verdict
{
    Success,
    Intermediate,
    Temporary,
    Permanent,
};

/// One server reply found in pasted text.
struct Finding
{
    int line = 0;     ///< 1-based number of the reply's first line
    QString text;     ///< the reply as it stands in the input; lines of a multi-line reply joined by '\n'
    QString reply;    ///< "550", or empty when only an enhanced code was found (DSN "Status:", "dsn=")
    QString enhanced; ///< "5.1.1", or empty
    Verdict verdict = Verdict::Permanent;
    QString provider; ///< "Gmail", "Microsoft", "Yahoo"… when the text makes it plain, else empty
};

/// Finds every SMTP server reply in a bounce message, a delivery status notification (RFC 3464), an SMTP
/// transcript (S:/C:, swaks' <- and ->, or a plain session) or an MTA log line (Postfix, Exim, Sendmail), and
/// explains each one with the catalog.
///
/// Only what stands where a reply stands is taken: at the start of a line, or after "said:", "Diagnostic-Code:",
/// "returned '"… Dates, times, addresses, ports, sizes, queue ids and version numbers are never taken for codes.
/// @code
/// Analyzer analyzer(catalog);
/// auto result = analyzer.analyze("host mx.example.com said: 550 5.1.1 <a@example.com>: User unknown");
/// result.findings.first().enhanced; // "5.1.1"
/// @endcode
class Analyzer final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Analyzer)

public:
    /// The largest input analyzed, in bytes.
    static constexpr qint64 MaxInputBytes = 50LL * 1024 * 1024;

    enum class Problem
    {
        None,
        TooLarge,
        Binary,
        InvalidUtf8,
        Cancelled,
    };

    struct Result
    {
        QList<Finding> findings;
        Problem problem = Problem::None;
        QString message; ///< what is wrong with the input, for the user; empty when nothing is
    };

    /// How many findings document() lists one by one; the summary before them counts all of them.
    static constexpr qsizetype MaxListedFindings = 200;

    /// Reports progress as the share of the input done, 0 to 100.
    using Progress = std::function<void(int percent)>;

    explicit Analyzer(const Catalog &catalog)
        : m_catalog(&catalog)
    {
    }

    /// Analyzes UTF-8 @p input. Refuses (with a message, no findings) input over MaxInputBytes, with NUL bytes
    /// or that is not valid UTF-8. Stops early, with Problem::Cancelled, when @p cancel becomes true.
    Result analyze(const QByteArray &input, const std::atomic_bool *cancel = nullptr,
                   const Progress &progress = {}) const;

    /// The verdict as written in JSON: "success", "intermediate", "temporary", "permanent".
    static QString verdictToken(Verdict verdict);

    /// The verdict for people: "temporary: retry later".
    static QString verdictText(Verdict verdict);

    /// What @p finding means and what to do, in sentences, with catalog text in @p language.
    QString explanation(const Finding &finding, const QString &language) const;

    /// The same sentences one by one: meaning, anything unusual (an unregistered detail, classes that disagree,
    /// the provider), and what to do.
    QStringList explanationSentences(const Finding &finding, const QString &language) const;

    /// The catalog codes a finding links to: its reply and its enhanced code ("550", "X.1.1"), where the
    /// catalog has them.
    QStringList catalogCodes(const Finding &finding) const;

    /// The findings as a document for the window and the CLI's text output.
    Document document(const Result &result, const QString &language) const;

    /// The findings as the CLI's JSON: [{"line","text","reply","enhanced","verdict","explanation","provider"}].
    QJsonArray toJson(const Result &result, const QString &language) const;

private:
    const Catalog *m_catalog;
};

} // namespace SmtpCodes::Core
