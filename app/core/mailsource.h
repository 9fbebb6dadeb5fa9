#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace SmtpCodes::Core {

/// One message read from files, folders or mailboxes.
struct SourceMessage
{
    QString source; ///< the file; "FILE#3" for the third message of an mbox
    QByteArray bytes;
    QString problem; ///< why it could not be read, for the user; empty when it was
};

/// Reads many messages: single files (.eml or any text), folders (recursively, so a Maildir's cur/ and new/
/// too) and mbox files (split at their "From " lines, read as a stream, so a mailbox of any size is read in
/// bounded memory). Standard input is "-".
///
/// @code
/// MailSource::read({"bounces/", "old.mbox"}, [](SourceMessage message) {
///     qDebug() << message.source << message.bytes.size();
///     return true; // go on
/// });
/// @endcode
class MailSource final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::MailSource)

public:
    /// Called for each message in order; return false to stop.
    using Sink = std::function<bool(SourceMessage message)>;

    /// Reads @p paths in order; each folder's files in name order. A message over @p maxBytes is passed on with
    /// its first maxBytes + 1 bytes (so that the analyzer can say it is too large).
    static void read(const QStringList &paths, const Sink &sink, qint64 maxBytes);

    /// Whether @p firstLine starts an mbox file: "From sender date".
    static bool isMboxSeparator(const QByteArray &line);
};

} // namespace SmtpCodes::Core
