#pragma once

#include "replyclass.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace SmtpCodes::Core {

/// What kind of thing a catalog entry describes.
enum class EntryKind
{
    Reply,       ///< a basic three-digit reply code such as 550 (RFC 5321)
    Enhanced,    ///< an enhanced status code such as X.1.1 (RFC 3463)
    NonStandard, ///< a number that web pages or programs show as an SMTP code though no RFC defines it (420, 511)
    Provider,    ///< what one provider, filter or blocklist means by a reply ("Yahoo 421 4.7.0 [TSS04]")
    Reason,      ///< why a bounce happened, in the vocabulary bounce processors use ("mailboxfull")
};

/// The translatable text fields of an entry. Every entry has a name and a description; the others depend on the
/// kind (see CodeEntry).
enum class Field
{
    Name,
    Description,
    WhenYouSeeIt, ///< codes: the situation in which you meet it
    HowToFix,     ///< codes and reasons: what to do about it
    WhenToUse,    ///< codes: when a server sends it
    Sender,       ///< provider responses: what the person who sent the mail should do
    Admin,        ///< provider responses: what the sending side's mail admin should do
};
constexpr int FieldCount = 7;

/// A reply line as a real server words it, with the server that says it.
struct ServerExample
{
    QString server; ///< "Postfix", "Gmail", "Microsoft"…; "Generic" for typical wording that is no one server's
    QString text;   ///< "550 5.1.1 <nobody@example.com>: Recipient address rejected: …"
};

/// Where a code is defined: "RFC 5321" section "4.2.3".
struct Reference
{
    QString document;
    QString section;
};

/// What a basic reply means for the conversation, as structured facts that comparisons are composed from.
struct ReplyFacts
{
    enum class Next
    {
        Continue, ///< success: the client goes on
        SendMore, ///< the server waits for more input (3xx)
        Retry,    ///< the client keeps the message queued and tries again later
        Bounce,   ///< the client gives up and returns the message to its sender
    };
    enum class Actor
    {
        Nobody,
        ClientSoftware, ///< the SMTP client's implementation or session is wrong
        Sender,         ///< the person who sent the message
        SenderAdmin,    ///< the sending side's mail administrator
        RecipientAdmin, ///< the receiving side's administrator
        Recipient,      ///< the addressee
    };
    enum class Bounce
    {
        None,
        Soft,
        Hard,
        Depends,
    };

    bool known = false; ///< false for entries without facts (enhanced codes, providers, reasons)
    Next next = Next::Continue;
    bool closes = false; ///< the server closes the connection with this reply
    Actor actor = Actor::Nobody;
    Bounce bounce = Bounce::None;
};

/// One entry of the catalog, as loaded and validated from JSON. A plain value; its text is English, and
/// Catalog::text() gives it in another language.
struct CodeEntry
{
    QString code; ///< "550", "X.1.1", a provider response's id ("yahoo-4.7.0-tss04"), a reason ("mailboxfull")
    EntryKind kind = EntryKind::Reply;
    ReplyClass replyClass = ReplyClass::Unknown; ///< from the reply's (or provider reply's) first digit
    std::array<QString, FieldCount> english;     ///< the text fields in English; empty where the kind has none

    QStringList commands; ///< replies: client commands this reply answers ("RCPT", "END-OF-DATA"…)
    QList<ServerExample> examples;
    QList<Reference> references;
    QStringList related;       ///< codes worth comparing with; for a reason, the codes that lead to it
    QStringList replies;       ///< enhanced codes: the basic replies that usually carry them
    QStringList usualEnhanced; ///< replies: the enhanced codes that usually come with them
    QStringList standardCodes; ///< non-standard codes: the standard codes that mean what they are used for
    ReplyFacts facts;          ///< replies and non-standard codes

    QString provider;      ///< provider responses: the provider's id
    QString reply;         ///< provider responses: the basic reply, "421"
    QString enhanced;      ///< provider responses: the enhanced code, "4.7.0", or empty
    QStringList match;     ///< provider responses: distinctive phrases or tags, "[TSS04]"
    QString documentation; ///< provider responses: the provider's page, shown as text
    QString checked;       ///< provider responses: when the fact was checked, "2026-12-02"

    QString reason;          ///< provider responses: the reason token; reasons: their own token
    bool hardBounce = false; ///< provider responses and reasons: the address itself is bad
    QString verdict;         ///< reasons: what the sender's side should do, a verdict token ("suppress")
    QStringList phrases;     ///< reasons: phrases in bounces, in several languages, that lead to this reason

    const QString &englishText(Field field) const { return english[std::size_t(field)]; }

    /// "RFC 5321, section 4.2.3" style text of one reference, in the current interface language.
    static QString referenceText(const Reference &reference);

    /// Where @p reference can be read on the web: the RFC Editor's page of an RFC, at its section; the IETF
    /// datatracker for an Internet-Draft; empty for anything else.
    static QString referenceUrl(const Reference &reference);

    /// "kind" as written in the catalog and in JSON output: "reply", "enhanced", "nonstandard", "provider",
    /// "reason".
    static QString kindName(EntryKind kind);

    /// The JSON key of a text field: Field::WhenYouSeeIt -> "whenYouSeeIt".
    static QString fieldKey(Field field);
};

/// A provider, filter, sending service or blocklist that provider responses belong to.
struct Provider
{
    QString id;            ///< "gmail"
    QString name;          ///< "Gmail"
    QString category;      ///< "mailbox", "filter", "esp" or "blocklist"
    QStringList hosts;     ///< host name suffixes that identify it: "google.com"
    QStringList markers;   ///< words in a reply that identify it: "gsmtp"
    QString documentation; ///< its page about bounces, shown as text
};

} // namespace SmtpCodes::Core
