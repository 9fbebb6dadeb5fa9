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
    const Analyzer analyzer(*m_catalog); // for writing; the batch has one per core for reading
    QList<Analysis> analyses;            // kept without their findings, for the summary
    QList<QByteArray> objects;           // --format json: one object for one message, an array of them for more

    int failed = 0;
    const qsizetype read = AnalysisBatch::run(*m_catalog, sources, [&](const Analysis &analysis) {
        if (analysis.problem != Analysis::Problem::None) {
            ++failed;
            const QString name = analysis.source.isEmpty() ? tr("standard input") : analysis.source;
            err << withoutBidiControls(tr("smtp-codes: %1: %2").arg(name, analysis.message)) << Qt::endl;
            return;
        }
        switch (options.format) {
        case Format::JsonLines: {
            JsonText line(JsonText::Style::Compact);
            JsonWriter::analysis(line, analyzer, analysis, options.language);
            out << QString::fromUtf8(line.take());
            out.flush();
            break;
        }
        case Format::Json: {
            JsonText object(JsonText::Style::Indented);
            JsonWriter::analysis(object, analyzer, analysis, options.language);
            objects.append(object.take().trimmed());
            break;
        }
        case Format::Text:
        case Format::Markdown:
            write(out, AnalysisDocument::build(analyzer, analysis, options.language), options.format);
            out << u'\n';
            break;
        }
        if (options.format == Format::Text || options.format == Format::Markdown) {
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
        }
    });
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
