// The explain verb: every message of the given files, folders and mailboxes, in the chosen format.
#include "commandline.h"

#include "jsonwriter.h"

#include <core/analysisbatch.h>
#include <core/analysisdocument.h>
#include <core/analyzer.h>

namespace SmtpCodes::Cli {

using namespace Core;

int CommandLine::explain(const QStringList &paths, const Options &options, QTextStream &out, QTextStream &err) const
{
    const QStringList sources = paths.isEmpty() ? QStringList{QStringLiteral("-")} : paths;
    const Analyzer analyzer(*m_catalog); // for the summary; each worker writes its own messages
    QList<Analysis> analyses;            // kept without their findings, for the summary
    QList<QByteArray> objects;           // --format json: one object for one message, an array of them for more

    // Each message is written out on the worker that read it; this thread only puts them in order.
    const Format format = options.format;
    const QString language = options.language;
    const AnalysisBatch::Render render = [this, format, language](const Analyzer &worker, const Analysis &analysis) {
        if (analysis.problem != Analysis::Problem::None)
            return QByteArray();
        if (format == Format::Json || format == Format::JsonLines) {
            JsonText json(format == Format::Json ? JsonText::Style::Indented : JsonText::Style::Compact);
            JsonWriter::analysis(json, worker, analysis, language);
            return format == Format::Json ? json.take().trimmed() : json.take();
        }
        QString text;
        QTextStream stream(&text);
        write(stream, AnalysisDocument::build(worker, analysis, language), format);
        stream << u'\n';
        stream.flush();
        return text.toUtf8();
    };

    int failed = 0;
    const auto output = [&](const Analysis &analysis, const QByteArray &rendered) {
        if (analysis.problem != Analysis::Problem::None) {
            ++failed;
            const QString name = analysis.source.isEmpty() ? tr("standard input") : analysis.source;
            err << withoutBidiControls(tr("smtp-codes: %1: %2").arg(name, analysis.message)) << Qt::endl;
            return;
        }
        if (format == Format::Json) {
            objects.append(rendered);
            return;
        }
        out << QString::fromUtf8(rendered);
        if (format == Format::JsonLines) {
            out.flush();
            return;
        }
        Analysis brief;
        brief.problem = analysis.problem;
        for (const RecipientResult &recipient : analysis.recipients) {
            RecipientResult kept;
            kept.recipient = recipient.recipient;
            kept.action = recipient.action;
            kept.reason = recipient.reason;
            kept.hardBounce = recipient.hardBounce;
            kept.verdict = recipient.verdict;
            brief.recipients.append(kept);
        }
        analyses.append(brief);
    };
    const qsizetype read = AnalysisBatch::run(*m_catalog, sources, output, nullptr, 0, render);
    if (read == 0) {
        err << withoutBidiControls(
                   tr("smtp-codes: no message to analyze in %1").arg(sources.join(QStringLiteral(", "))))
            << Qt::endl;
        return 1;
    }
    if (options.format == Format::Json && !objects.isEmpty())
        out << QString::fromUtf8(objects.size() == 1 ? QByteArray(objects.first() + '\n')
                                                     : QByteArray("[\n" + objects.join(",\n") + "\n]\n"));
    if ((options.format == Format::Text || options.format == Format::Markdown) && !analyses.isEmpty())
        write(out, AnalysisDocument::summary(analyzer, analyses, options.language), options.format);
    return failed > 0 ? 1 : 0;
}

} // namespace SmtpCodes::Cli
