#include "support/testsupport.h"

#include <core/mailsource.h>

#include <QFile>
#include <QTemporaryDir>

using namespace SmtpCodes;
using Core::MailSource;
using Core::SourceMessage;

namespace {

QList<SourceMessage> readAll(const QString &path, qint64 maxBytes = 1 << 20)
{
    QList<SourceMessage> messages;
    MailSource::read(
        {path},
        [&messages](SourceMessage message) {
            messages.append(std::move(message));
            return true;
        },
        maxBytes);
    return messages;
}

QString write(const QTemporaryDir &directory, const QString &name, const QByteArray &bytes)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(MailSourceTest, SplitsAnMboxAtItsFromLinesAndUnquotesBodyLines)
{
    QTemporaryDir directory;
    // A line far longer than any read buffer, with "From " text inside it, must neither split the message nor be
    // cut; CRLF line ends and mboxrd quoting are read as mail clients write them.
    const QByteArray longLine = QByteArray(100000, 'x') + " From here to there " + QByteArray(70000, 'y') + "\n";
    const QByteArray mbox = "From a@example.org Mon Nov 30 10:00:00 2026\r\n"
                            "Subject: one\r\n\r\n" +
                            longLine +
                            ">From the quoted line\r\n"
                            "\r\n"
                            "From b@example.org Mon Nov 30 10:01:00 2026\n"
                            "Subject: two\n\n"
                            ">>From twice quoted\n";
    const QList<SourceMessage> messages = readAll(write(directory, QStringLiteral("box.mbox"), mbox));
    ASSERT_EQ(messages.size(), 2);
    EXPECT_TRUE(messages.at(0).source.endsWith(QStringLiteral("box.mbox#1")));
    EXPECT_TRUE(messages.at(0).bytes.contains(longLine));
    EXPECT_TRUE(messages.at(0).bytes.contains("\nFrom the quoted line\r\n"));
    EXPECT_FALSE(messages.at(0).bytes.contains("Subject: two"));
    EXPECT_TRUE(messages.at(1).bytes.startsWith("Subject: two\n"));
    EXPECT_TRUE(messages.at(1).bytes.contains("\n>From twice quoted\n"));
}

TEST(MailSourceTest, AMessageOverTheLimitIsPassedOnCutJustPastIt)
{
    QTemporaryDir directory;
    const QByteArray mbox = "From a@example.org Mon Nov 30 10:00:00 2026\nSubject: big\n\n" + QByteArray(5000, 'z') +
                            "\n\nFrom b@example.org Mon Nov 30 10:01:00 2026\nSubject: small\n\nok\n";
    const QList<SourceMessage> messages = readAll(write(directory, QStringLiteral("box.mbox"), mbox), 1000);
    ASSERT_EQ(messages.size(), 2);
    EXPECT_GT(messages.at(0).bytes.size(), 1000);
    EXPECT_EQ(messages.at(0).bytes.size(), 1001);
    EXPECT_TRUE(messages.at(1).bytes.contains("Subject: small"));
}
