#include "headings.h"

namespace SmtpCodes::Core {

QString Headings::text(Heading heading)
{
    switch (heading) {
    case Heading::Description:
        return tr("Description");
    case Heading::WhenYouSeeIt:
        return tr("When you see it");
    case Heading::HowToFix:
        return tr("How to fix");
    case Heading::WhenToUse:
        return tr("When a server sends it");
    case Heading::Examples:
        return tr("Example replies");
    case Heading::References:
        return tr("References");
    case Heading::Related:
        return tr("Related codes");
    case Heading::UsualEnhanced:
        return tr("Enhanced codes that usually come with it");
    case Heading::UsualReplies:
        return tr("Basic replies that usually carry it");
    case Heading::KeyDifferences:
        return tr("Key differences");
    case Heading::WhenToUseEach:
        return tr("When to use each");
    case Heading::ProviderResponses:
        return tr("What providers mean by it");
    case Heading::StandardCodes:
        return tr("Standard codes to use instead");
    case Heading::SenderAdvice:
        return tr("What the sender should do");
    case Heading::AdminAdvice:
        return tr("What the mail administrator should do");
    case Heading::RecognizedBy:
        return tr("Recognized by");
    case Heading::LeadingCodes:
        return tr("Codes that lead to it");
    case Heading::LeadingPhrases:
        return tr("Phrases in bounces that lead to it");
    case Heading::ReasonResponses:
        return tr("Provider replies with this reason");
    case Heading::Together:
        return tr("What they mean together");
    }
    return {};
}

QString Headings::command(const QString &token)
{
    if (token == u"CONNECT")
        return tr("the opening of the connection");
    if (token == u"END-OF-DATA")
        return tr("the end of the message data");
    return token;
}

QString Headings::server(const QString &name)
{
    if (name == u"Generic")
        return tr("Typical wording", "label of an example reply that is no particular server's wording");
    return name;
}

} // namespace SmtpCodes::Core
