#pragma once

#include <QList>
#include <QString>

namespace SmtpCodes::Core {

class Catalog;

/// A place the reader can go to and back to: an entry's page, a lookup of several codes at once, a comparison,
/// an analysis, or the page for something the catalog does not have.
struct Place
{
    enum class Kind
    {
        None,
        Entry,      ///< entry: a catalog index
        Lookup,     ///< text: what was looked up, such as "550 5.7.26"
        Comparison, ///< entry and other: two catalog indexes, or -1 for a side still to be picked
        Analysis,   ///< analysis: which analysis (0 for the analyzer before any), as its pane numbers them
        Unknown,    ///< text: a code the catalog does not have
    };

    Kind kind = Kind::None;
    qsizetype entry = -1;
    qsizetype other = -1;
    QString text;
    int analysis = 0;

    bool operator==(const Place &other) const = default;

    static Place ofEntry(qsizetype index) { return {Kind::Entry, index, -1, {}, 0}; }
    static Place ofComparison(qsizetype left, qsizetype right) { return {Kind::Comparison, left, right, {}, 0}; }
    static Place ofLookup(const QString &text) { return {Kind::Lookup, -1, -1, text, 0}; }
    static Place ofAnalysis(int analysis) { return {Kind::Analysis, -1, -1, {}, analysis}; }
    static Place ofUnknown(const QString &text) { return {Kind::Unknown, -1, -1, text, 0}; }

    /// "code:550", "compare:354,551", "lookup:550 5.7.26", "analyzer"; empty for None and Unknown. Used to
    /// remember the last place between runs.
    QString toString(const Catalog &catalog) const;

    /// The reverse of toString(); Kind::None for anything else, and for codes @p catalog does not have.
    static Place fromString(const Catalog &catalog, const QString &text);
};

/// Back and forward through visited places, as in a web browser: visiting a new place drops the places ahead.
class NavigationHistory final
{
public:
    /// Records @p place as the current one, unless it already is. At most Limit places are kept.
    void visit(const Place &place);

    /// Replaces the current place with @p place, without a new step (a comparison whose pickers changed).
    void replaceCurrent(const Place &place);

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }

    /// Moves back or forward and returns the place now current; the current place when it cannot move.
    Place back();
    Place forward();

    Place current() const { return m_current >= 0 ? m_places.at(m_current) : Place(); }
    qsizetype size() const { return m_places.size(); }
    const QList<Place> &places() const { return m_places; }

    static constexpr qsizetype Limit = 200;

private:
    QList<Place> m_places;
    qsizetype m_current = -1;
};

} // namespace SmtpCodes::Core
