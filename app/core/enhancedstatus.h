#pragma once

#include "codesyntax.h"

#include <QCoreApplication>
#include <QString>

namespace SmtpCodes::Core {

/// The class and subject tables of RFC 3463, translated.
class EnhancedStatus final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::EnhancedStatus)

public:
    /// "Success", "Persistent Transient Failure", "Permanent Failure"; empty for other classes.
    static QString className(int statusClass);

    /// "Addressing Status", … "Security or Policy Status"; empty past subject 7.
    static QString subjectName(int subject);
};

} // namespace SmtpCodes::Core
