#pragma once

#include <QCoreApplication>
#include <QString>

namespace SmtpCodes::Core {

/// The section headings of a code's detail and of a comparison, in one table.
enum class Heading
{
    Description,
    WhenYouSeeIt,
    HowToFix,
    WhenToUse,
    Commands,
    Examples,
    References,
    Related,
    UsualEnhanced,
    UsualReplies,
    KeyDifferences,
    WhenToUseEach,
};

class Headings final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Headings)

public:
    /// The heading in the current interface language: Heading::HowToFix -> "How to fix".
    static QString text(Heading heading);

    /// How a client command token of the catalog is shown: "RCPT" stays, "CONNECT" -> "connection greeting".
    static QString command(const QString &token);

    /// How the server of an example response is shown: "Postfix" stays, the catalog's "Generic" (typical wording
    /// rather than one server's) becomes "Typical wording".
    static QString server(const QString &name);
};

} // namespace SmtpCodes::Core
