#include "analysisdocument.h"

#include "entrydocument.h"
#include "headings.h"
#include "replyexplanation.h"
#include "verdicts.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

namespace SmtpCodes::Core {

namespace {

QString codesOf(const QString &reply, const QString &enhanced)
{
    return QStringList{reply, enhanced}.join(u' ').trimmed();
}

/// @p counts, most frequent first (ties in key order).
std::vector<std::pair<QString, int>> mostFirst(const std::map<QString, int> &counts)
{
    std::vector<std::pair<QString, int>> sorted(counts.cbegin(), counts.cend());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return sorted;
}

} // namespace

QString AnalysisDocument::kindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Dsn:
        return tr("Delivery status notification");
    case MessageKind::Bounce:
        return tr("Bounce");
    case MessageKind::Delay:
        return tr("Delay warning");
    case MessageKind::AutoReply:
        return tr("Automatic reply");
    case MessageKind::Feedback:
        return tr("Complaint report");
    case MessageKind::Transcript:
        return tr("SMTP transcript");
    case MessageKind::Log:
        return tr("Mail log");
    case MessageKind::Text:
        break;
    }
    return tr("Text");
}

QString AnalysisDocument::actionName(const QString &action)
{
    if (action == u"failed")
        return tr("Failed");
    if (action == u"delayed")
        return tr("Delayed");
    if (action == u"delivered")
        return tr("Delivered");
    if (action == u"relayed")
        return tr("Relayed");
    if (action == u"expanded")
        return tr("Expanded");
    return {};
}

QString AnalysisDocument::reasonName(const Catalog &catalog, const QString &reason, const QString &language)
{
    const CodeEntry *entry = catalog.find(reason);
    return entry ? catalog.text(*entry, Field::Name, language) : reason;
}

QStringList AnalysisDocument::tableHeadings()
{
    return {tr("Recipient"), tr("Action"), tr("Reason"), tr("Bounce"), tr("Codes"), tr("Provider")};
}

QStringList AnalysisDocument::tableRow(const Analyzer &analyzer, const RecipientResult &recipient,
                                       const QString &language)
{
    const bool rtl = isRightToLeftLanguage(language);
    const QString bounce = recipient.action == u"failed" ? (recipient.hardBounce ? tr("hard") : tr("soft")) : QString();
    return {isolateLeftToRight(recipient.recipient, rtl),
            actionName(recipient.action),
            reasonName(analyzer.catalog(), recipient.reason, language),
            bounce,
            isolateLeftToRight(codesOf(recipient.reply, recipient.enhanced), rtl),
            recipient.provider.isEmpty() ? QString() : analyzer.providerName(recipient.provider)};
}

QStringList AnalysisDocument::addressesToSuppress(const QList<Analysis> &analyses)
{
    QStringList addresses;
    QSet<QString> seen; // case-folded: a folder of bounces can name thousands
    for (const Analysis &analysis : analyses) {
        for (const RecipientResult &recipient : analysis.recipients) {
            if (recipient.verdict == u"suppress" && !recipient.recipient.isEmpty() &&
                !seen.contains(recipient.recipient.toCaseFolded())) {
                seen.insert(recipient.recipient.toCaseFolded());
                addresses.append(recipient.recipient);
            }
        }
    }
    return addresses;
}

void AnalysisDocument::appendRecipient(Document &document, const Analyzer &analyzer, const RecipientResult &recipient,
                                       const QString &language)
{
    const Catalog &catalog = analyzer.catalog();
    const bool rtl = document.rightToLeft;
    const QString name = recipient.recipient.isEmpty() ? tr("Recipient not named") : recipient.recipient;
    document.blocks.push_back(Document::heading(isolateLeftToRight(name, rtl)));
    QStringList facts;
    if (!recipient.action.isEmpty())
        facts.append(tr("Action: %1").arg(actionName(recipient.action)));
    facts.append(tr("Reason: %1").arg(reasonName(catalog, recipient.reason, language)));
    if (recipient.action == u"failed")
        facts.append(recipient.hardBounce ? tr("Hard bounce: the address itself is bad")
                                          : tr("Not a hard bounce: the address itself may be fine"));
    if (!recipient.reply.isEmpty() || !recipient.enhanced.isEmpty())
        facts.append(tr("Codes: %1").arg(isolateLeftToRight(codesOf(recipient.reply, recipient.enhanced), rtl)));
    if (!recipient.command.isEmpty())
        facts.append(tr("In reply to: %1").arg(Headings::command(recipient.command)));
    if (!recipient.remoteMta.isEmpty())
        facts.append(tr("Server: %1").arg(isolateLeftToRight(recipient.remoteMta, rtl)));
    if (!recipient.provider.isEmpty())
        facts.append(tr("Provider: %1").arg(isolate(analyzer.providerName(recipient.provider), rtl)));
    if (!recipient.evidence.isEmpty())
        facts.append(tr("Decided by: \"%1\"").arg(isolate(recipient.evidence, rtl)));
    if (!recipient.originalRecipient.isEmpty() && recipient.originalRecipient != recipient.recipient)
        facts.append(tr("Originally addressed to: %1").arg(isolateLeftToRight(recipient.originalRecipient, rtl)));
    document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, facts));
    if (!recipient.diagnostic.isEmpty())
        document.blocks.push_back(Document::pairs(
            DocumentBlock::Kind::Examples, {{tr("Server reply"), isolateLeftToRight(recipient.diagnostic, rtl)}}));
    document.blocks.push_back(
        Document::paragraph(tr("Verdict: %1").arg(Verdicts::text(recipient.verdict, recipient.retryUntil))));
    if (const QString advice = analyzer.advice(recipient, language); !advice.isEmpty())
        document.blocks.push_back(Document::paragraph(advice));
    QStringList codes =
        ReplyExplanation(catalog, recipient.reply, recipient.enhanced, recipient.response).catalogCodes();
    codes.append(recipient.reason);
    document.blocks.push_back(
        Document::pairs(DocumentBlock::Kind::Links, EntryDocument::links(catalog, codes, language)));
}

void AnalysisDocument::appendFindings(Document &document, const Analyzer &analyzer, const Analysis &analysis,
                                      const QString &language)
{
    const bool rtl = document.rightToLeft;
    document.blocks.push_back(Document::heading(
        tr("%Ln server reply(s) found", "heading of the list of replies", int(analysis.findings.size()))));
    // A long log repeats the same replies: say how often each one occurs before listing them.
    if (analysis.findings.size() > 1) {
        QList<QString> order;
        QHash<QString, std::pair<int, const Finding *>> groups;
        for (const Finding &finding : analysis.findings) {
            const QString key = codesOf(finding.reply, finding.enhanced);
            auto it = groups.find(key);
            if (it == groups.end()) {
                order.append(key);
                groups.insert(key, {1, &finding});
            } else {
                ++it->first;
            }
        }
        QStringList summary;
        for (const QString &key : std::as_const(order)) {
            const auto &[count, first] = groups.value(key);
            summary.append(tr("%1: %Ln time(s), first on line %2", "codes, how often, first line", count)
                               .arg(isolateLeftToRight(key, rtl), QLocale(language).toString(first->line)));
        }
        document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, summary));
    }
    const qsizetype listed = std::min<qsizetype>(analysis.findings.size(), MaxListedFindings);
    for (qsizetype i = 0; i < listed; ++i) {
        const Finding &finding = analysis.findings.at(i);
        document.blocks.push_back(
            Document::heading(tr("Line %1: %2", "line number, then the codes found on it")
                                  .arg(QLocale(language).toString(finding.line),
                                       isolateLeftToRight(codesOf(finding.reply, finding.enhanced), rtl)),
                              2));
        document.blocks.push_back(
            Document::pairs(DocumentBlock::Kind::Examples, {{QString(), isolateLeftToRight(finding.text, rtl)}}));
        QStringList sentences = analyzer.explanationSentences(finding, language);
        sentences.append(tr("Verdict: %1").arg(Verdicts::text(finding.verdict)));
        document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, sentences));
        const QStringList codes =
            ReplyExplanation(analyzer.catalog(), finding.reply, finding.enhanced, finding.response).catalogCodes();
        if (!codes.isEmpty())
            document.blocks.push_back(
                Document::pairs(DocumentBlock::Kind::Links, EntryDocument::links(analyzer.catalog(), codes, language)));
    }
    if (const qsizetype rest = analysis.findings.size() - listed; rest > 0)
        document.blocks.push_back(Document::paragraph(
            tr("%Ln more reply(s) are not listed here; \"smtp-codes explain --format json\" lists them all.", "",
               int(rest))));
}

Document AnalysisDocument::build(const Analyzer &analyzer, const Analysis &analysis, const QString &language,
                                 qsizetype recipient)
{
    Document document;
    document.rightToLeft = isRightToLeftLanguage(language);
    const bool rtl = document.rightToLeft;
    if (analysis.problem != Analysis::Problem::None) {
        document.title = tr("Nothing was analyzed");
        document.blocks.push_back(Document::paragraph(analysis.message));
        return document;
    }
    document.title =
        tr("%1: %Ln recipient(s)", "message kind, then how many recipients it names", int(analysis.recipients.size()))
            .arg(kindName(analysis.kind));
    QStringList about;
    if (!analysis.source.isEmpty())
        about.append(tr("File: %1").arg(isolateLeftToRight(analysis.source, rtl)));
    if (!analysis.reportingMta.isEmpty())
        about.append(tr("Reported by: %1").arg(isolateLeftToRight(analysis.reportingMta, rtl)));
    if (!analysis.messageId.isEmpty())
        about.append(tr("Returned message: %1").arg(isolateLeftToRight(analysis.messageId, rtl)));
    if (!analysis.subject.isEmpty())
        about.append(tr("Its subject: %1").arg(isolate(analysis.subject, rtl)));
    if (!about.isEmpty())
        document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, about));

    if (analysis.recipients.isEmpty() && analysis.findings.isEmpty()) {
        document.blocks.push_back(Document::paragraph(
            tr("Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery "
               "status notification, an SMTP transcript or mail log lines.")));
        return document;
    }
    if (recipient >= 0 && recipient < analysis.recipients.size()) {
        appendRecipient(document, analyzer, analysis.recipients.at(recipient), language);
        return document;
    }
    if (!analysis.recipients.isEmpty()) {
        const QList<RecipientResult> listed = analysis.recipients.mid(0, MaxListedRecipients);
        QList<QStringList> rows;
        for (const RecipientResult &result : listed)
            rows.append(tableRow(analyzer, result, language));
        document.blocks.push_back(Document::table(tableHeadings(), rows));
        if (const qsizetype rest = analysis.recipients.size() - listed.size(); rest > 0)
            document.blocks.push_back(Document::paragraph(
                tr("%Ln more recipient(s) are not listed here; \"smtp-codes explain --format json\" lists them all.",
                   "", int(rest))));
        for (const RecipientResult &result : listed)
            appendRecipient(document, analyzer, result, language);
    }
    if (!analysis.findings.isEmpty())
        appendFindings(document, analyzer, analysis, language);
    return document;
}

Document AnalysisDocument::summary(const Analyzer &analyzer, const QList<Analysis> &analyses, const QString &language)
{
    Document document;
    document.rightToLeft = isRightToLeftLanguage(language);
    document.title = tr("Summary of %Ln message(s)", "", int(analyses.size()));
    std::map<QString, int> byReason;
    std::map<QString, int> byAction;
    qsizetype recipients = 0;
    int problems = 0;
    for (const Analysis &analysis : analyses) {
        problems += analysis.problem != Analysis::Problem::None ? 1 : 0;
        for (const RecipientResult &result : analysis.recipients) {
            ++recipients;
            ++byReason[result.reason];
            ++byAction[result.action.isEmpty() ? QStringLiteral("-") : result.action];
        }
    }
    QStringList totals{tr("%Ln recipient(s)", "", int(recipients))};
    if (problems > 0)
        totals.append(tr("%Ln message(s) could not be analyzed", "", problems));
    document.blocks.push_back(Document::list(DocumentBlock::Kind::BulletList, totals));
    QList<QStringList> reasonRows;
    for (const auto &[reason, count] : mostFirst(byReason))
        reasonRows.append({reasonName(analyzer.catalog(), reason, language), QLocale(language).toString(count)});
    document.blocks.push_back(Document::heading(tr("Recipients by reason")));
    document.blocks.push_back(Document::table({tr("Reason"), tr("Recipients")}, reasonRows));
    QList<QStringList> actionRows;
    for (const auto &[action, count] : mostFirst(byAction))
        actionRows.append({action == u"-" ? tr("None") : actionName(action), QLocale(language).toString(count)});
    document.blocks.push_back(Document::heading(tr("Recipients by action")));
    document.blocks.push_back(Document::table({tr("Action"), tr("Recipients")}, actionRows));
    const QStringList suppress = addressesToSuppress(analyses);
    document.blocks.push_back(Document::heading(tr("Addresses to remove from your lists")));
    if (suppress.isEmpty())
        document.blocks.push_back(Document::paragraph(tr("None.")));
    else
        document.blocks.push_back(Document::pairs(DocumentBlock::Kind::Examples, {{QString(), suppress.join(u'\n')}}));
    return document;
}

} // namespace SmtpCodes::Core
