#pragma once

#include "catalog.h"
#include "document.h"

#include <QCoreApplication>

namespace SmtpCodes::Core {

/// Composes what the app says about one catalog entry: its page, and the sections a comparison shows of it.
class EntryDocument final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::EntryDocument)

public:
    /// The page of @p entry with catalog text in @p language (English where the catalog has none).
    static Document build(const Catalog &catalog, const CodeEntry &entry, const QString &language);

    /// How an entry is named in lists and titles: "550 Mailbox Unavailable", "Gmail 550 5.7.26: Unauthenticated
    /// sender", "Mailbox full".
    static QString label(const Catalog &catalog, const CodeEntry &entry, const QString &language);

    /// The codes an entry stands for as people see them: "550", "X.1.1", a provider reply's "550 5.7.26"; empty for
    /// a reason.
    static QString shownCode(const CodeEntry &entry);

    /// shownCode(), isolated from surrounding right-to-left text where @p language needs it.
    static QString code(const CodeEntry &entry, const QString &language);

    /// One line saying what kind of entry it is: "5xx Permanent Negative reply", "Enhanced status code of
    /// subject 1 (Addressing Status)", "Gmail's reply", "Hard bounce: the address itself is bad".
    static QString classLine(const Catalog &catalog, const CodeEntry &entry);

    /// The client commands @p entry answers as a list in @p language: "MAIL, RCPT and DATA".
    static QString commandList(const CodeEntry &entry, const QString &language);

    /// The sections both the page and a comparison column show. @p headingLevel is 1 on the page, 2 inside a
    /// comparison column.
    static std::vector<DocumentBlock> coreSections(const Catalog &catalog, const CodeEntry &entry,
                                                   const QString &language, int headingLevel);

    /// Links to the catalog entries @p codes names (those it has), labelled.
    static QList<DocumentItem> links(const Catalog &catalog, const QStringList &codes, const QString &language);

    /// Links to the provider responses @p indexes, each "At Gmail: DKIM did not pass (550 5.7.30)".
    static QList<DocumentItem> providerLinks(const Catalog &catalog, const QList<qsizetype> &indexes,
                                             const QString &language);

    /// The most provider responses a page lists.
    static constexpr qsizetype MaxProviderLinks = 40;

private:
    static void appendCodeSections(Document &document, const Catalog &catalog, const CodeEntry &entry,
                                   const QString &language);
};

} // namespace SmtpCodes::Core
