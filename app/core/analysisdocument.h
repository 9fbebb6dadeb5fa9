#pragma once

#include "analyzer.h"
#include "document.h"

#include <QCoreApplication>

namespace SmtpCodes::Core {

/// What the app says about analyses: one message's recipients and replies, and the summary of many messages.
/// The window and the CLI's text and Markdown show these documents.
class AnalysisDocument final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::AnalysisDocument)

public:
    /// How many findings a page lists one by one; the summary before them counts all of them.
    static constexpr qsizetype MaxListedFindings = 200;
    /// How many recipients a page lists (a log can name tens of thousands; the window's table holds them all).
    static constexpr qsizetype MaxListedRecipients = 200;

    /// The page of @p analysis: its recipients (the first MaxListedRecipients, or only @p recipient when it is not
    /// -1) and the replies found.
    static Document build(const Analyzer &analyzer, const Analysis &analysis, const QString &language,
                          qsizetype recipient = -1);

    /// The summary of many analyses: messages, recipients by reason and by action, the addresses to suppress.
    static Document summary(const Analyzer &analyzer, const QList<Analysis> &analyses, const QString &language);

    /// The message kind for people: MessageKind::Dsn -> "Delivery status notification".
    static QString kindName(MessageKind kind);

    /// The action for people: "failed" -> "Failed".
    static QString actionName(const QString &action);

    /// The reason's label in @p language: "mailboxfull" -> "Mailbox full".
    static QString reasonName(const Catalog &catalog, const QString &reason, const QString &language);

    /// The recipients as table rows (recipient, action, reason, hard or soft, codes, provider), for the window's
    /// table and the documents.
    static QStringList tableHeadings();
    static QStringList tableRow(const Analyzer &analyzer, const RecipientResult &recipient, const QString &language);

    /// The addresses of @p analyses to stop sending to: hard bounces, suppressed addresses and complaints.
    static QStringList addressesToSuppress(const QList<Analysis> &analyses);

private:
    static void appendRecipient(Document &document, const Analyzer &analyzer, const RecipientResult &recipient,
                                const QString &language);
    static void appendFindings(Document &document, const Analyzer &analyzer, const Analysis &analysis,
                               const QString &language);
};

} // namespace SmtpCodes::Core
