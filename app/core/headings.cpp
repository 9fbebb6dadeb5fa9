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
    case Heading::Commands:
        return tr("Answers");
    case Heading::Examples:
        return tr("Example responses");
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
    }
    return {};
}

QString Headings::command(const QString &token)
{
    if (token == u"CONNECT")
        return tr("connection greeting");
    if (token == u"END-OF-DATA")
        return tr("end of message data");
    if (token == u"ANY")
        return tr("any command");
    return token;
}

QString Headings::server(const QString &name)
{
    if (name == u"Generic")
        return tr("Typical wording", "label of an example response that is no particular server's wording");
    return name;
}

} // namespace SmtpCodes::Core
