#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace SmtpCodes::Core {

/// One part of an e-mail that the analyzer reads, decoded to text.
struct MailPart
{
    enum class Role
    {
        Text,           ///< text/plain, or text/html turned into text: what people read
        DeliveryStatus, ///< message/delivery-status or message/global-delivery-status (RFC 3464, RFC 6533)
        FeedbackReport, ///< message/feedback-report (RFC 5965)
    };
    Role role = Role::Text;
    QString text; ///< decoded from its transfer encoding and charset; line ends are '\n'
};

/// An e-mail as the analyzer needs it: its headers, the text of its own parts, and what it says of the returned
/// original. The returned original (message/rfc822, message/global, text/rfc822-headers) is never read as part of
/// the bounce: only its Message-ID, Subject and recipients are kept. MIME structure, transfer encodings, RFC 2047
/// encoded words and charsets are handled by GMime and ICU (through QStringDecoder); undeclared 8-bit text that is
/// not UTF-8 is read as windows-1252.
///
/// @code
/// const MailMessage message = MailMessage::read(bytes);
/// if (message.isMessage) message.header("subject"); // "Undelivered Mail Returned to Sender"
/// @endcode
struct MailMessage
{
    bool isMessage = false; ///< the input starts with RFC 5322 header fields; false for a bare paste
    QString reportType;     ///< the report-type of a multipart/report: "delivery-status", "feedback-report"
    QList<MailPart> parts;  ///< the bounce's own parts, in order; for a bare paste, one Text part
    QString returnedMessageId;
    QString returnedSubject;
    QString returnedTo; ///< the returned original's To, where the bounce names no recipient itself

    /// The first header field @p name (case-insensitive), decoded; empty when absent.
    QString header(const QString &name) const { return m_headers.value(name.toCaseFolded()); }

    /// Reads @p bytes: an RFC 5322 message with MIME, or plain text.
    static MailMessage read(const QByteArray &bytes);

    /// Text from @p bytes in @p charset ("ISO-2022-JP", "windows-1251"), through ICU. Without a charset, or with
    /// one ICU does not know, UTF-8 when the bytes are valid UTF-8, else windows-1252: nothing is refused.
    static QString decode(const QByteArray &bytes, const QByteArray &charset = {});

    /// A header field's value with its RFC 2047 encoded words decoded.
    static QString decodeHeader(const QByteArray &value);

    /// The readable text of an HTML part: tags dropped, line breaks kept, entities decoded.
    static QString htmlToText(const QString &html);

    /// Keeps the system's converters for the common charsets loaded from now on. GMime converts encoded words
    /// through iconv, and glibc loads a charset's module at every conversion and unloads it after; reading many
    /// messages calls this once, so that a batch does not load a module per message.
    static void keepCharsetsLoaded();

    /// Whether @p bytes start like an RFC 5322 message: header fields, at least one of the usual ones.
    static bool looksLikeMessage(const QByteArray &bytes);

    QHash<QString, QString> m_headers; ///< case-folded name -> decoded value of its first occurrence
};

} // namespace SmtpCodes::Core
