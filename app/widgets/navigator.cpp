#include "navigator.h"

#include "analyzerpane.h"
#include "comparisonview.h"
#include "detailpanel.h"

#include <QStackedWidget>

namespace SmtpCodes::Widgets {

using Core::Place;

Navigator::Navigator(const Core::Catalog &catalog, const PageActions &actions, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_catalog(&catalog)
    , m_actions(actions)
    , m_pages(new QStackedWidget(parentWidget))
    , m_detail(new DetailPanel(catalog, m_pages))
{
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_detail);
    connect(m_detail, &DetailPanel::entryRequested, this, [this](qsizetype index) { go(Place::ofEntry(index)); });
}

ComparisonView *Navigator::comparisonView()
{
    if (!m_comparison) {
        m_comparison = new ComparisonView(*m_catalog, m_actions.swap, m_pages);
        m_pages->addWidget(m_comparison);
        connect(m_comparison, &ComparisonView::entryRequested, this,
                [this](qsizetype index) { go(Place::ofEntry(index)); });
        connect(m_comparison, &ComparisonView::comparisonRequested, this,
                [this](qsizetype first, qsizetype second) { go(Place::ofComparison(first, second)); });
    }
    return m_comparison;
}

AnalyzerPane *Navigator::analyzerPane()
{
    if (!m_analyzer) {
        m_analyzer = new AnalyzerPane(*m_catalog, m_actions.analyzer, m_pages);
        m_pages->addWidget(m_analyzer);
        connect(m_analyzer, &AnalyzerPane::entryRequested, this,
                [this](qsizetype index) { go(Place::ofEntry(index)); });
        connect(m_analyzer, &AnalyzerPane::analysisReady, this, [this](int id) { go(Place::ofAnalysis(id)); });
    }
    return m_analyzer;
}

void Navigator::go(const Place &place)
{
    if (place.kind == Place::Kind::None)
        return;
    if (place.kind == Place::Kind::Comparison && m_current.kind == Place::Kind::Comparison)
        m_history.replaceCurrent(place);
    else
        m_history.visit(place);
    show(place);
}

void Navigator::back()
{
    if (m_history.canGoBack())
        show(m_history.back());
}

void Navigator::forward()
{
    if (m_history.canGoForward())
        show(m_history.forward());
}

void Navigator::show(const Place &place)
{
    m_current = place;
    switch (place.kind) {
    case Place::Kind::Comparison:
        comparisonView()->show(place.entry, place.other);
        m_pages->setCurrentWidget(m_comparison);
        break;
    case Place::Kind::Analysis:
        analyzerPane()->show(place.analysis);
        m_pages->setCurrentWidget(m_analyzer);
        break;
    default:
        if (place.kind == Place::Kind::Entry)
            m_lastEntry = place.entry;
        m_detail->show(place);
        m_pages->setCurrentWidget(m_detail);
        break;
    }
    emit placeChanged(place);
}

Core::Document Navigator::document() const
{
    switch (m_current.kind) {
    case Place::Kind::Comparison:
        return m_comparison->document();
    case Place::Kind::Analysis:
        return m_analyzer->document();
    default:
        return m_detail->document();
    }
}

} // namespace SmtpCodes::Widgets
