#include "support/testsupport.h"

#include "fuzz/fuzzentry.h"

#include <QDir>
#include <QFile>

using namespace SmtpCodes;

namespace {

using Entry = void (*)(const std::uint8_t *, std::size_t);

// Replays a target's seed corpus and every input it ever crashed on; a crash here fails the whole test binary.
int replay(const QString &target, Entry entry)
{
    int replayed = 0;
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QDir directory(QStringLiteral(SMTPCODES_SOURCE_DIR "/tests/fuzz/") + kind + u'/' + target);
        for (const QString &name : directory.entryList(QDir::Files)) {
            if (name.startsWith(u'.'))
                continue;
            QFile file(directory.filePath(name));
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
            const QByteArray data = file.readAll();
            entry(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
            ++replayed;
        }
    }
    return replayed;
}

} // namespace

TEST(FuzzRegressionTest, CatalogLoader)
{
    EXPECT_GT(replay(QStringLiteral("catalogloader"), Fuzz::catalogLoader), 0);
}

TEST(FuzzRegressionTest, SearchQuery)
{
    EXPECT_GT(replay(QStringLiteral("searchquery"), Fuzz::searchQuery), 0);
}

TEST(FuzzRegressionTest, Analyzer)
{
    EXPECT_GT(replay(QStringLiteral("analyzer"), Fuzz::analyzer), 0);
}

TEST(FuzzRegressionTest, MailReader)
{
    EXPECT_GT(replay(QStringLiteral("mailreader"), Fuzz::mailReader), 0);
}

TEST(FuzzRegressionTest, CommandLine)
{
    EXPECT_GT(replay(QStringLiteral("commandline"), Fuzz::commandLine), 0);
}
