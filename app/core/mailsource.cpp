#include "mailsource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

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
    while (!file.atEnd()) {
        QByteArray line = file.readLine(1024 * 1024);
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
            line.remove(0, 1);
        if (tooLarge)
            continue;
        message += line;
        tooLarge = message.size() > maxBytes;
    }
    return flush();
}

bool readFile(const QString &path, const MailSource::Sink &sink, qint64 maxBytes)
{
    QFile file;
    const bool standardInput = path == u"-";
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return sink({path, {}, MailSource::tr("cannot read %1: %2").arg(path, file.errorString())});
    const QByteArray first = file.peek(1024);
    if (MailSource::isMboxSeparator(first.left(first.indexOf('\n') + 1)))
        return readMbox(file, standardInput ? QStringLiteral("-") : path, sink, maxBytes);
    // One byte past the limit is enough to know a message is too large, without reading all of it.
    return sink({standardInput ? QString() : path, file.read(maxBytes + 1), {}});
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
