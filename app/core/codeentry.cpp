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

QString CodeEntry::kindName(EntryKind kind)
{
    return kind == EntryKind::Reply ? QStringLiteral("reply") : QStringLiteral("enhanced");
}

} // namespace SmtpCodes::Core
