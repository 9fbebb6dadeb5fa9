#include "mailsource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <algorithm>
#include <optional>

namespace SmtpCodes::Core {

namespace {

bool readMbox(QFile &file, const QString &path, const MailSource::Sink &sink, qint64 maxBytes)
{
    QByteArray message;
    int number = 0;
    bool previousBlank = true;
    bool tooLarge = false;
    auto flush = [&]() -> bool {
        if (number == 0)
            return true;
        const bool goOn = sink({path + u'#' + QString::number(number), message, {}});
        message.clear();
        tooLarge = false;
        return goOn;
    };
    // Past maxBytes nothing more is kept: one byte beyond it says that the message is too large.
    auto append = [&](const QByteArray &line) {
        if (tooLarge)
            return;
        message += line.left(maxBytes + 1 - message.size());
        tooLarge = message.size() > maxBytes;
    };
    // Lines are read into one buffer; a line longer than it comes in pieces, and only a piece that starts a line
    // can be a separator.
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    bool atLineStart = true;
    while (!file.atEnd()) {
        const qint64 length = file.readLine(buffer.data(), buffer.size());
        if (length <= 0)
            break;
        QByteArray line = QByteArray::fromRawData(buffer.constData(), length);
        const bool startsLine = atLineStart;
        atLineStart = line.endsWith('\n');
        if (!startsLine) {
            if (number > 0)
                append(line);
            continue;
        }
        if (previousBlank && MailSource::isMboxSeparator(line)) {
            if (!flush())
                return false;
            ++number;
            previousBlank = false;
            continue;
        }
        previousBlank = line == "\n" || line == "\r\n";
        if (number == 0)
            continue;
        // mboxrd quoting: ">From " lines in a body stand for "From ".
        if (line.startsWith(">From ") || line.startsWith(">>From "))
            line = line.mid(1);
        append(line);
    }
    return flush();
}

/// Reads a regular file without Qt's buffer: its start, to tell an mbox, then the rest into one allocation of the
/// file's size (one byte past the limit is enough to know that a message is too large).
std::optional<QByteArray> readRegularFile(QFile &file, qint64 maxBytes)
{
    QByteArray bytes(std::min(file.size(), maxBytes) + 1, Qt::Uninitialized);
    qint64 got = 0;
    while (got < bytes.size()) {
        const qint64 n =
            file.read(bytes.data() + got, got == 0 ? std::min<qint64>(bytes.size(), 1024) : bytes.size() - got);
        if (n <= 0)
            break;
        if (got == 0) {
            const QByteArray head = QByteArray::fromRawData(bytes.constData(), n);
            if (MailSource::isMboxSeparator(head.left(head.indexOf('\n') + 1)))
                return std::nullopt;
        }
        got += n;
    }
    bytes.truncate(got);
    return bytes;
}

bool readFile(const QString &path, const MailSource::Sink &sink, qint64 maxBytes)
{
    QFile file;
    const bool standardInput = path == u"-";
    if (!standardInput) {
        file.setFileName(path);
        if (file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) && !file.isSequential()) {
            if (std::optional<QByteArray> bytes = readRegularFile(file, maxBytes))
                return sink({path, *bytes, {}});
            file.close(); // an mbox: read line by line, through Qt's buffer
        } else {
            file.close();
        }
    }
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return sink({path, {}, MailSource::tr("cannot read %1: %2").arg(path, file.errorString())});
    const QByteArray first = file.peek(1024);
    if (MailSource::isMboxSeparator(first.left(first.indexOf('\n') + 1)))
        return readMbox(file, standardInput ? QStringLiteral("-") : path, sink, maxBytes);
    // Standard input or a pipe: read in pieces up to one byte past the limit.
    QByteArray bytes;
    while (bytes.size() <= maxBytes && !file.atEnd()) {
        const QByteArray chunk = file.read(std::min<qint64>(1 << 20, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty() && !file.waitForReadyRead(-1))
            break;
        bytes += chunk;
    }
    return sink({standardInput ? QString() : path, bytes, {}});
}

} // namespace

bool MailSource::isMboxSeparator(const QByteArray &line)
{
    // "From sender@example.com Tue Nov 24 01:02:03 2026": a "From " line with a date after the address.
    return line.startsWith("From ") && line.size() > 20 && line.count(':') >= 2;
}

void MailSource::read(const QStringList &paths, const Sink &sink, qint64 maxBytes)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (path != u"-" && info.isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : std::as_const(files)) {
                if (!readFile(file, sink, maxBytes))
                    return;
            }
            continue;
        }
        if (path != u"-" && !info.exists()) {
            if (!sink({path, {}, tr("cannot read %1: no such file or folder").arg(path)}))
                return;
            continue;
        }
        if (!readFile(path, sink, maxBytes))
            return;
    }
}

} // namespace SmtpCodes::Core
