#include "codeentry.h"

#include <QCoreApplication>

namespace SmtpCodes::Core {

QString CodeEntry::referenceText(const Reference &reference)
{
    if (reference.section.isEmpty())
        return reference.document;
    return QCoreApplication::translate("SmtpCodes::Core::CodeEntry", "%1, section %2")
        .arg(reference.document, reference.section);
}

QString CodeEntry::referenceUrl(const Reference &reference)
{
    const QString &document = reference.document;
    if (document.startsWith(u"RFC ")) {
        bool ok = false;
        const int number = document.mid(4).toInt(&ok);
        if (!ok)
            return {};
        QString url = u"https://www.rfc-editor.org/rfc/rfc" + QString::number(number);
        // "4.2.3" is a section; "Appendix A" or "IANA" notes are not.
        if (!reference.section.isEmpty() && reference.section.front().isDigit())
            url += u"#section-" + reference.section;
        return url;
    }
    if (document.startsWith(u"draft-"))
        return u"https://datatracker.ietf.org/doc/" + document.section(u' ', 0, 0);
    return {};
}

QString CodeEntry::kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Reply:
        return QStringLiteral("reply");
    case EntryKind::Enhanced:
        return QStringLiteral("enhanced");
    case EntryKind::NonStandard:
        return QStringLiteral("nonstandard");
    case EntryKind::Provider:
        return QStringLiteral("provider");
    case EntryKind::Reason:
        break;
    }
    return QStringLiteral("reason");
}

QString CodeEntry::fieldKey(Field field)
{
    static const char16_t *const keys[FieldCount] = {u"name",      u"description", u"whenYouSeeIt", u"howToFix",
                                                     u"whenToUse", u"sender",      u"admin"};
    return QString::fromUtf16(keys[int(field)]);
}

} // namespace SmtpCodes::Core
