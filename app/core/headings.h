#pragma once

#include <QCoreApplication>
#include <QString>

namespace SmtpCodes::Core {

/// The section headings of every page the app shows, in one table.
enum class Heading
{
    Description,
    WhenYouSeeIt,
    HowToFix,
    WhenToUse,
    Examples,
    References,
    Related,
    UsualEnhanced,
    UsualReplies,
    KeyDifferences,
    WhenToUseEach,
    ProviderResponses, ///< what providers mean by a code
    StandardCodes,     ///< the standard codes a non-standard one stands for
    SenderAdvice,
    AdminAdvice,
    RecognizedBy, ///< the phrases or tags a provider response is recognized by
    LeadingCodes, ///< the codes that lead to a reason
    LeadingPhrases,
    ReasonResponses, ///< provider responses with a reason
    Together,        ///< what a reply and its enhanced code mean together
};

class Headings final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Headings)

public:
    /// The heading in the current interface language: Heading::HowToFix -> "How to fix".
    static QString text(Heading heading);

    /// How a client command token of the catalog is shown inside a sentence: "RCPT" stays, "CONNECT" -> "the
    /// opening of the connection".
    static QString command(const QString &token);

    /// How the server of an example reply is shown: "Postfix" stays, the catalog's "Generic" (typical wording
    /// rather than one server's) becomes "Typical wording".
    static QString server(const QString &name);
};

} // namespace SmtpCodes::Core
