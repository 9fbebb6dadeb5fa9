#pragma once

#include "localizedtext.h"
#include "replyclass.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes::Core {

/// What kind of code a catalog entry describes.
enum class EntryKind
{
    Reply,    ///< a basic three-digit reply code such as 550 (RFC 5321)
    Enhanced, ///< an enhanced status code such as X.1.1 (RFC 3463)
};

/// A reply line as a real server words it, with the server that says it.
struct ServerExample
{
    QString server; ///< "Postfix", "Gmail", "Microsoft"…
    QString text;   ///< "550 5.1.1 <nobody@example.com>: Recipient address rejected: …"
};

/// Where a code is defined: "RFC 5321" section "4.2.3".
struct Reference
{
    QString document;
    QString section;
};

/// One code of the catalog, as loaded and validated from JSON. A plain value.
struct CodeEntry
{
    QString code;
    EntryKind kind = EntryKind::Reply;
    ReplyClass replyClass = ReplyClass::Unknown; ///< Unknown for enhanced codes written with an X class
    LocalizedText name;
    LocalizedText description;
    LocalizedText whenYouSeeIt;
    LocalizedText howToFix;
    LocalizedText whenToUse;
    QStringList commands; ///< client commands this reply answers ("RCPT", "END-OF-DATA"…)
    QList<ServerExample> examples;
    QList<Reference> references;
    QStringList related; ///< other catalog codes worth comparing with
    QStringList replies; ///< enhanced entries: the basic replies that usually carry them

    /// "RFC 5321, section 4.2.3" style text of one reference, in the current interface language.
    static QString referenceText(const Reference &reference);

    /// "kind" as written in the catalog and in JSON output: "reply" or "enhanced".
    static QString kindName(EntryKind kind);
};

} // namespace SmtpCodes::Core
