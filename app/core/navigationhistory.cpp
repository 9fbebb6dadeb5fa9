#include "navigationhistory.h"

#include <QStringList>

namespace SmtpCodes::Core {

QString Place::toString() const
{
    switch (kind) {
    case Kind::Code:
        return u"code:" + first;
    case Kind::Comparison:
        return u"compare:" + first + u',' + second;
    case Kind::Analyzer:
        return QStringLiteral("analyzer");
    case Kind::None:
        break;
    }
    return {};
}

Place Place::fromString(const QString &text)
{
    if (text == u"analyzer")
        return {Kind::Analyzer, {}, {}};
    if (text.startsWith(u"code:") && text.size() > 5 && text.size() < 40)
        return {Kind::Code, text.mid(5), {}};
    if (text.startsWith(u"compare:") && text.size() < 60) {
        const QStringList codes = text.mid(8).split(u',');
        if (codes.size() == 2 && !codes.at(0).isEmpty() && !codes.at(1).isEmpty())
            return {Kind::Comparison, codes.at(0), codes.at(1)};
    }
    return {};
}

void NavigationHistory::visit(const Place &place)
{
    if (place.kind == Place::Kind::None || (m_current >= 0 && m_places.at(m_current) == place))
        return;
    m_places.resize(m_current + 1);
    m_places.append(place);
    if (m_places.size() > Limit)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
}

Place NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

Place NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}

} // namespace SmtpCodes::Core
