#pragma once

#include <QList>
#include <QString>

namespace SmtpCodes::Core {

/// A place the reader can go back to: a code's detail, a comparison, or the analyzer.
struct Place
{
    enum class Kind
    {
        None,
        Code,
        Comparison,
        Analyzer,
    };

    Kind kind = Kind::None;
    QString first;  ///< the code, or the comparison's left code
    QString second; ///< the comparison's right code

    bool operator==(const Place &other) const = default;

    /// "code:550", "compare:354,551", "analyzer"; empty for None. Used to remember the last place.
    QString toString() const;

    /// The reverse of toString(); Kind::None for anything else.
    static Place fromString(const QString &text);
};

/// Back and forward through visited places, as in a web browser: visiting a new place drops the places ahead.
class NavigationHistory final
{
public:
    /// Records @p place as the current one, unless it already is. At most @p limit places are kept.
    void visit(const Place &place);

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }

    /// Moves back or forward and returns the place now current; the current place when it cannot move.
    Place back();
    Place forward();

    Place current() const { return m_current >= 0 ? m_places.at(m_current) : Place(); }
    qsizetype size() const { return m_places.size(); }

    static constexpr qsizetype Limit = 200;

private:
    QList<Place> m_places;
    qsizetype m_current = -1;
};

} // namespace SmtpCodes::Core
