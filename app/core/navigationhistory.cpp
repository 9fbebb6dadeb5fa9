#include "navigationhistory.h"

#include "catalog.h"

#include <QStringList>

namespace SmtpCodes::Core {

QString Place::toString(const Catalog &catalog) const
{
    auto valid = [&catalog](qsizetype index) {
        return index >= 0 && index < catalog.size();
    };
    switch (kind) {
    case Kind::Entry:
        return valid(entry) ? u"code:" + catalog.at(entry).code : QString();
    case Kind::Comparison:
        return valid(entry) && valid(other) ? u"compare:" + catalog.at(entry).code + u',' + catalog.at(other).code
                                            : QString();
    case Kind::Lookup:
        return u"lookup:" + text;
    case Kind::Analysis:
        return QStringLiteral("analyzer");
    case Kind::None:
    case Kind::Unknown:
        break;
    }
    return {};
}

Place Place::fromString(const Catalog &catalog, const QString &text)
{
    if (text.size() > 120)
        return {};
    if (text == u"analyzer")
        return ofAnalysis(0);
    if (text.startsWith(u"code:")) {
        const qsizetype index = catalog.indexOf(QStringView(text).mid(5));
        return index < 0 ? Place() : ofEntry(index);
    }
    if (text.startsWith(u"lookup:"))
        return catalog.lookup(QStringView(text).mid(7)).size() > 1 ? ofLookup(text.mid(7)) : Place();
    if (text.startsWith(u"compare:")) {
        const QStringList codes = text.mid(8).split(u',');
        if (codes.size() != 2)
            return {};
        const qsizetype left = catalog.indexOf(codes.at(0));
        const qsizetype right = catalog.indexOf(codes.at(1));
        return left < 0 || right < 0 ? Place() : ofComparison(left, right);
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

void NavigationHistory::replaceCurrent(const Place &place)
{
    if (m_current < 0)
        visit(place);
    else
        m_places[m_current] = place;
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
