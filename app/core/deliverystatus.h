#pragma once

#include <QList>
#include <QString>

namespace SmtpCodes::Core {

/// One recipient's block of a delivery status notification (RFC 3464 section 2.3; RFC 6533 for UTF-8).
struct DeliveryStatusRecipient
{
    QString finalRecipient;    ///< the address, without its "rfc822;" type
    QString originalRecipient; ///< likewise, or empty
    QString action;            ///< "failed", "delayed", "delivered", "relayed", "expanded" (lower case)
    QString status;            ///< "5.1.1"
    QString remoteMta;         ///< the host name, without "dns;"
    QString diagnostic;        ///< the Diagnostic-Code without its "smtp;" type, folded lines joined
    QString willRetryUntil;    ///< as written, or empty
};

/// A message/delivery-status part: the per-message fields and one block per recipient.
///
/// @code
/// auto report = DeliveryStatus::parse(u"Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@b.example\n"
///                                     u"Action: failed\nStatus: 5.1.1\n");
/// report.recipients.first().finalRecipient; // "a@b.example"
/// @endcode
struct DeliveryStatus
{
    QString reportingMta;
    QList<DeliveryStatusRecipient> recipients;

    /// Reads @p text, tolerating what real MTAs write: fields in any letter case, folded lines, missing blank lines
    /// between recipients (a new Final-Recipient starts a new block).
    static DeliveryStatus parse(const QString &text);

    /// "rfc822; a@b.example" -> "a@b.example"; "dns; mx.example.net" -> "mx.example.net".
    static QString withoutType(const QString &value);
};

} // namespace SmtpCodes::Core
