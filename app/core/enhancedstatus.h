#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace SmtpCodes::Core {

/// A concrete enhanced status code as it appears in a reply: class.subject.detail, "5.7.26".
struct EnhancedCode
{
    int statusClass = 0; ///< 2, 4 or 5
    int subject = 0;     ///< 0 to 7 in the registry
    int detail = 0;

    /// Parses "5.7.26"; nothing for anything that is not class.subject.detail with class 2, 4 or 5.
    static std::optional<EnhancedCode> parse(QStringView text);

    /// "5.7.26".
    QString toString() const;

    /// "X.7.26", the form the catalog stores.
    QString generic() const;
};

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
