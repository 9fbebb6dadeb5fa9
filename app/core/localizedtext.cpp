#include "localizedtext.h"

namespace SmtpCodes::Core {

QString LocalizedText::text(const QString &language) const
{
    if (auto it = m_texts.constFind(language); it != m_texts.cend())
        return *it;
    const qsizetype underscore = language.indexOf(u'_');
    if (underscore > 0) {
        if (auto it = m_texts.constFind(language.left(underscore)); it != m_texts.cend())
            return *it;
    }
    return m_texts.value(QStringLiteral("en"));
}

} // namespace SmtpCodes::Core
