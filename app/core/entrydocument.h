#pragma once

#include "catalog.h"
#include "document.h"

#include <QCoreApplication>

namespace SmtpCodes::Core {

/// Composes what the app says about one code: its detail page, and the per-code sections a comparison shows.
class EntryDocument final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::EntryDocument)

public:
    /// The full detail of @p entry with catalog text in @p language (English where the catalog has none).
    static Document build(const Catalog &catalog, const CodeEntry &entry, const QString &language);

    /// "550 Mailbox Unavailable".
    static QString label(const CodeEntry &entry, const QString &language);

    /// "5xx Permanent Negative response" for a reply, "Enhanced status code" for an enhanced one.
    static QString classLine(const CodeEntry &entry);

    /// The code, isolated from surrounding right-to-left text where @p language needs it.
    static QString code(const CodeEntry &entry, const QString &language);

    /// The client commands @p entry answers as a list in @p language: "MAIL, RCPT and DATA".
    static QString commandList(const CodeEntry &entry, const QString &language);

    /// The sections both the detail and a comparison column show: description, when you see it, how to fix,
    /// example responses. @p headingLevel is 1 in the detail, 2 inside a comparison column.
    static std::vector<DocumentBlock> coreSections(const CodeEntry &entry, const QString &language, int headingLevel);
};

} // namespace SmtpCodes::Core
