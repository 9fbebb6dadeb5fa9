#pragma once

#include "analysis.h"
#include "catalog.h"
#include "providermatcher.h"
#include "reasonclassifier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>

namespace SmtpCodes::Core {

struct MailMessage;

/// Reads a bounce and answers the real question: which recipient failed, why (a reason token), hard or soft, and
/// what to do (one verdict, one piece of advice). Takes an RFC 5322 message with MIME (DSNs, bounces without a
/// DSN in the formats real MTAs and providers write, delay warnings, auto-replies, feedback reports), an SMTP
/// transcript, MTA log lines or a pasted reply. Every server reply found is listed as a finding too.
///
/// @code
/// Analyzer analyzer(catalog);
/// Analysis analysis = analyzer.analyze(bytesOfAnEml);
/// analysis.recipients.first().reason;     // "userunknown"
/// analysis.recipients.first().hardBounce; // true
/// @endcode
/// An Analyzer is built once per catalog (it compiles the catalog's phrases) and may be used from one thread at a
/// time; build one per thread for parallel work.
class Analyzer final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Analyzer)

public:
    /// The largest message analyzed, in bytes.
    static constexpr qint64 MaxInputBytes = 50LL * 1024 * 1024;

    /// Reports progress as the share of the input done, 0 to 100.
    using Progress = std::function<void(int percent)>;

    explicit Analyzer(const Catalog &catalog);

    /// Analyzes @p input. Refuses (with a message, nothing found) empty input, input over MaxInputBytes and binary
    /// data. Stops early, with Problem::Cancelled, when @p cancel becomes true.
    Analysis analyze(const QByteArray &input, const std::atomic_bool *cancel = nullptr,
                     const Progress &progress = {}) const;

    /// "dsn", "bounce", "delay", "autoreply", "feedback", "transcript", "log", "text".
    static QString kindToken(MessageKind kind);

    /// What the sender's side should do for @p recipient, in @p language: the provider's advice where a provider
    /// reply matched, else the reason's.
    QString advice(const RecipientResult &recipient, const QString &language) const;

    /// What @p finding means, in sentences, with catalog text in @p language.
    QStringList explanationSentences(const Finding &finding, const QString &language) const;

    /// The provider's name for a provider id ("gmail" -> "Gmail").
    QString providerName(const QString &id) const;

    const Catalog &catalog() const { return *m_catalog; }

private:
    void readMessage(const MailMessage &message, Analysis &analysis, const std::atomic_bool *cancel,
                     const Progress &progress) const;
    /// What a reply says: its provider, the provider reply it is, its reason and the evidence for it.
    struct Judgement
    {
        QString provider;
        qsizetype response = -1;
        QString reason;
        QString evidence;
    };

    Judgement judge(const QString &text, const QString &host, const QString &enhanced, const QString &reply,
                    const QString &command = {}) const;
    static void numberByInputLines(Analysis &analysis, const QByteArray &input);
    void explain(RecipientResult &recipient) const;
    void explain(Finding &finding) const;

    const Catalog *m_catalog;
    ProviderMatcher m_matcher;
    ReasonClassifier m_classifier;
    mutable QHash<QString, Judgement> m_judged;
};

} // namespace SmtpCodes::Core
