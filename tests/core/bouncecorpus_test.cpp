#include "support/testsupport.h"

#include <core/analyzer.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace SmtpCodes;

namespace {

QString orEmpty(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

/// The input that @p expectation describes: the file of the same name without ".expected.json".
QString inputOf(const QString &expectation)
{
    const QString stem = expectation.chopped(int(QStringLiteral(".expected.json").size()));
    for (const QString &suffix : {QStringLiteral(".eml"), QStringLiteral(".log"), QStringLiteral(".txt"), QString()}) {
        if (QFile::exists(stem + suffix))
            return stem + suffix;
    }
    return {};
}

} // namespace

// Every bounce of tests/data/bounces (captured from Postfix, Exim and OpenSMTPD on this machine by
// tests/mta/capture-bounces, or written by us in the formats of providers that cannot run here) with its expected
// per-recipient results: kind, reporting MTA, returned message, and for each recipient the address, action, codes,
// reason and whether it is a hard bounce.
TEST(BounceCorpusTest, EveryRecipientReasonAndHardBounceIsRight)
{
    const Core::Analyzer analyzer(Testing::catalog());
    QDirIterator it(Testing::dataPath(QStringLiteral("bounces")), {QStringLiteral("*.expected.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int checked = 0;
    int recipients = 0;
    while (it.hasNext()) {
        const QString expectation = it.next();
        SCOPED_TRACE(expectation.toStdString());
        const QString input = inputOf(expectation);
        ASSERT_FALSE(input.isEmpty());
        QFile expectedFile(expectation);
        QFile inputFile(input);
        ASSERT_TRUE(expectedFile.open(QIODevice::ReadOnly));
        ASSERT_TRUE(inputFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        const Core::Analysis analysis = analyzer.analyze(inputFile.readAll());
        ASSERT_EQ(analysis.problem, Core::Analysis::Problem::None) << analysis.message.toStdString();

        EXPECT_EQ(Core::Analyzer::kindToken(analysis.kind), expected.value(u"kind").toString());
        for (const auto &[key, actual] :
             {std::pair{u"reportingMta", analysis.reportingMta}, std::pair{u"messageId", analysis.messageId},
              std::pair{u"subject", analysis.subject}}) {
            if (expected.contains(QString::fromUtf16(key))) {
                EXPECT_EQ(actual, orEmpty(expected.value(QString::fromUtf16(key))))
                    << QString::fromUtf16(key).toStdString();
            }
        }
        const QJsonArray wanted = expected.value(u"recipients").toArray();
        ASSERT_EQ(analysis.recipients.size(), wanted.size());
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const QJsonObject want = wanted.at(i).toObject();
            const Core::RecipientResult &got = analysis.recipients.at(i);
            SCOPED_TRACE(got.recipient.toStdString());
            EXPECT_EQ(got.recipient.toLower(), orEmpty(want.value(u"recipient")).toLower());
            EXPECT_EQ(got.action, orEmpty(want.value(u"action")));
            EXPECT_EQ(got.reply, orEmpty(want.value(u"reply")));
            EXPECT_EQ(got.enhanced, orEmpty(want.value(u"enhanced")));
            EXPECT_EQ(got.reason, want.value(u"reason").toString()) << "evidence: " << got.evidence.toStdString();
            EXPECT_EQ(got.hardBounce, want.value(u"hardBounce").toBool());
            EXPECT_FALSE(got.verdict.isEmpty());
            ++recipients;
        }
        ++checked;
    }
    EXPECT_GE(checked, 90);
    EXPECT_GE(recipients, 100);
}
