#pragma once

#include <Qt>

namespace SmtpCodes::Core {

/// The custom roles of the code list model, in one place.
enum ItemDataRole
{
    CodeRole = Qt::UserRole + 1, ///< QString: "550" or "X.1.1"
    NameRole,                    ///< QString: the entry's name in the current language
    ClassRole,                   ///< int: the ReplyClass (0 for enhanced codes without a class digit)
    ClassLabelRole,              ///< QString: "5xx", or "X.Y.Z" for enhanced codes
    KindRole,                    ///< int: the EntryKind
};

} // namespace SmtpCodes::Core
