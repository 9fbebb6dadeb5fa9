#pragma once

#include "catalog.h"
#include "document.h"

#include <QCoreApplication>

namespace SmtpCodes::Core {

/// The page for a lookup that names several entries at once: a reply with its enhanced code ("550 5.7.26", both
/// explained together), or a tag that several provider replies share.
class LookupDocument final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::LookupDocument)

public:
    /// @p text as typed; @p entries what Catalog::lookup() found for it.
    static Document build(const Catalog &catalog, const QString &text, const QList<qsizetype> &entries,
                          const QString &language);
};

} // namespace SmtpCodes::Core
