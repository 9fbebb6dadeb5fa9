#include "verdicts.h"

namespace SmtpCodes::Core {

QString Verdicts::text(const QString &token, const QString &until)
{
    if (token == u"suppress")
        return tr("Remove the address from your lists");
    if (token == u"none")
        return tr("Nothing to do");
    if (token == u"wait")
        return until.isEmpty()
                   ? tr("Nothing to do unless it persists: the sending server keeps trying")
                   : tr("Nothing to do unless it persists: the sending server keeps trying until %1").arg(until);
    if (token == u"retry")
        return tr("Retry later");
    if (token == u"fixconfig")
        return tr("Fix the sending configuration, then send again");
    if (token == u"fixmessage")
        return tr("Change the message, then send again");
    if (token == u"delist")
        return tr("Ask for the sending IP or domain to be delisted");
    if (token == u"contact")
        return tr("Contact the recipient's postmaster");
    return token;
}

} // namespace SmtpCodes::Core
