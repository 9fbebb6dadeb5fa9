#include "deliverystatus.h"

#include "codesyntax.h"

#include <QStringList>

namespace SmtpCodes::Core {

QString DeliveryStatus::withoutType(const QString &value)
{
    const qsizetype semicolon = value.indexOf(u';');
    QString text = (semicolon >= 0 && semicolon < 16 ? value.mid(semicolon + 1) : value).trimmed();
    if (text.startsWith(u'<') && text.endsWith(u'>'))
        text = text.mid(1, text.size() - 2);
    return text;
}

DeliveryStatus DeliveryStatus::parse(const QString &text)
{
    DeliveryStatus report;
    // Fields first, with folded lines joined.
    QList<std::pair<QString, QString>> fields; // lower-case name, value; an empty name marks a blank line
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            fields.append({QString(), QString()});
            continue;
        }
        if ((line.front() == u' ' || line.front() == u'\t') && !fields.isEmpty() && !fields.last().first.isEmpty()) {
            fields.last().second += u' ' + line.trimmed().toString();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        fields.append({line.left(colon).trimmed().toString().toLower(), line.mid(colon + 1).trimmed().toString()});
    }

    static const QStringList recipientFields{QStringLiteral("final-recipient"),  QStringLiteral("original-recipient"),
                                             QStringLiteral("action"),           QStringLiteral("status"),
                                             QStringLiteral("remote-mta"),       QStringLiteral("diagnostic-code"),
                                             QStringLiteral("will-retry-until"), QStringLiteral("last-attempt-date")};
    DeliveryStatusRecipient *current = nullptr;
    bool blockOpen = false;
    for (const auto &[name, value] : std::as_const(fields)) {
        if (name.isEmpty()) {
            blockOpen = false;
            continue;
        }
        if (name == u"reporting-mta") {
            if (report.reportingMta.isEmpty())
                report.reportingMta = withoutType(value);
            continue;
        }
        if (!recipientFields.contains(name))
            continue;
        // A new block starts after a blank line, or where an address field repeats without one.
        const bool repeated = current && ((name == u"final-recipient" && !current->finalRecipient.isEmpty()) ||
                                          (name == u"original-recipient" && !current->originalRecipient.isEmpty()));
        if (!blockOpen || repeated) {
            report.recipients.append(DeliveryStatusRecipient());
            current = &report.recipients.last();
            blockOpen = true;
        }
        if (name == u"final-recipient")
            current->finalRecipient = withoutType(value);
        else if (name == u"original-recipient")
            current->originalRecipient = withoutType(value);
        else if (name == u"action")
            current->action = value.section(u' ', 0, 0).toLower();
        else if (name == u"status")
            current->status = CodeSyntax::enhancedAt(value, 0);
        else if (name == u"remote-mta")
            current->remoteMta = withoutType(value);
        else if (name == u"diagnostic-code")
            current->diagnostic = withoutType(value);
        else if (name == u"will-retry-until")
            current->willRetryUntil = value;
    }
    // Blocks without an address say nothing about a recipient.
    report.recipients.removeIf(
        [](const DeliveryStatusRecipient &r) { return r.finalRecipient.isEmpty() && r.originalRecipient.isEmpty(); });
    for (DeliveryStatusRecipient &recipient : report.recipients) {
        if (recipient.finalRecipient.isEmpty())
            recipient.finalRecipient = recipient.originalRecipient;
    }
    return report;
}

} // namespace SmtpCodes::Core
