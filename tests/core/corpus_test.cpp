#include "support/testsupport.h"

#include <core/analyzer.h>

#include <QDir>
#include <QFile>

using namespace SmtpCodes;

// Every file of tests/data/corpus (replies captured from a real OpenSMTPD by tests/mta/capture-corpus, and
// bounces, DSNs and logs of other servers) with its .expected findings: "LINE REPLY ENHANCED VERDICT" a line (the
// verdict token of the reply's reason),
// "-" for a missing code. Every expected finding must be found and no other. SMTPCODES_CORPUS_DIR points the test
// at a fresh capture instead (the LiveMtaCorpus test); its log's line numbers are not compared, as a server writes
// its log lines in the order its processes finish.
TEST(CorpusTest, FindsEveryReplyAndNothingElse)
{
    const QDir expectations(Testing::dataPath(QStringLiteral("corpus")));
    const QString override = qEnvironmentVariable("SMTPCODES_CORPUS_DIR");
    const QDir inputs(override.isEmpty() ? expectations.path() : override);
    const QStringList files = expectations.entryList({QStringLiteral("*.expected")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 10);
    int checked = 0;
    const Core::Analyzer analyzer(Testing::catalog());
    for (const QString &name : files) {
        const QString stem = name.chopped(9);
        const QStringList candidates = inputs.entryList({stem + u".*"}, QDir::Files);
        QString input;
        for (const QString &candidate : candidates) {
            if (!candidate.endsWith(u".expected"))
                input = inputs.filePath(candidate);
        }
        if (input.isEmpty() && !override.isEmpty())
            continue; // a fixture of another server, not part of the capture
        SCOPED_TRACE(input.toStdString());
        ASSERT_FALSE(input.isEmpty()) << "no input for " << name.toStdString();

        QFile expectedFile(expectations.filePath(name));
        ASSERT_TRUE(expectedFile.open(QIODevice::ReadOnly));
        QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QFile inputFile(input);
        ASSERT_TRUE(inputFile.open(QIODevice::ReadOnly));
        const Core::Analysis result = analyzer.analyze(inputFile.readAll());
        ASSERT_EQ(result.problem, Core::Analysis::Problem::None) << result.message.toStdString();

        const bool ignoreLines = !override.isEmpty() && input.endsWith(u".log");
        QStringList found;
        for (const Core::Finding &finding : result.findings) {
            const QString dash = QStringLiteral("-");
            found.append(QStringList{ignoreLines ? QStringLiteral("*") : QString::number(finding.line),
                                     finding.reply.isEmpty() ? dash : finding.reply,
                                     finding.enhanced.isEmpty() ? dash : finding.enhanced, finding.verdict}
                             .join(u' '));
        }
        if (ignoreLines) {
            for (QString &line : expected)
                line = u"* " + line.section(u' ', 1);
            expected.sort();
            found.sort();
        }
        EXPECT_EQ(found, expected) << "found:\n" << found.join(u'\n').toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 7);
}
