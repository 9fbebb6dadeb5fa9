#pragma once

#include <Qt>

namespace SmtpCodes::Core {

/// The custom roles of the code list model, in one place.
enum ItemDataRole
{
    CodeRole = Qt::UserRole + 1, ///< QString: the entry's code, "550", "X.1.1", a provider reply's id, a reason
    IndexRole,                   ///< qsizetype: the entry's index in the catalog
    ShownCodeRole,               ///< QString: the code column: "550", "X.1.1", a provider reply's "5.7.26"
    NameRole,                    ///< QString: the name in the current language ("Gmail: Unauthenticated sender")
    ClassRole,                   ///< int: the ReplyClass (0 for enhanced codes and reasons)
    ClassLabelRole,              ///< QString: the badge, "5xx", "X.Y.Z"; empty for reasons
    KindRole,                    ///< int: the EntryKind
};

} // namespace SmtpCodes::Core
