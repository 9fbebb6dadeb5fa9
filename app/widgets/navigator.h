#pragma once

#include <core/catalog.h>
#include <core/document.h>
#include <core/navigationhistory.h>

#include <QObject>

class QAction;
class QStackedWidget;
class QWidget;

namespace SmtpCodes::Widgets {

class AnalyzerPane;
class ComparisonView;
class DetailPanel;

/// The one way to go somewhere in the window. It owns the history, the current place and the stack of pages
/// (detail, comparison, analyzer); views report what the reader asks for (a link, a picker, a new analysis) and
/// the navigator goes there with go(), which shows the page, records the step and says so with placeChanged().
class Navigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)

public:
    /// The window's actions that pages show as buttons.
    struct PageActions
    {
        QAction *swap = nullptr;
        QList<QAction *> analyzer; ///< Paste and Analyze, Open…, Open Folder…
    };

    /// @p catalog must outlive the navigator; the page stack is made as a child of @p parentWidget.
    Navigator(const Core::Catalog &catalog, const PageActions &actions, QWidget *parentWidget);

    /// Goes to @p place: shows its page and records it in the history (a comparison whose pickers change replaces
    /// the comparison it was).
    void go(const Core::Place &place);
    void back();
    void forward();

    const Core::Place &current() const { return m_current; }
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

    /// The entry shown last (the current one, or the one before a comparison or an analysis), or -1.
    qsizetype lastEntry() const { return m_lastEntry; }

    QStackedWidget *pages() const { return m_pages; }
    DetailPanel *detailPanel() const { return m_detail; }
    /// The comparison view and the analyzer are made when first needed, so that start-up does not wait for them.
    ComparisonView *comparisonView();
    AnalyzerPane *analyzerPane();
    bool hasAnalyzerPane() const { return m_analyzer != nullptr; }

    /// What the current page shows.
    Core::Document document() const;

signals:
    void placeChanged(const Core::Place &place);

private:
    void show(const Core::Place &place);

    const Core::Catalog *m_catalog;
    PageActions m_actions;
    QStackedWidget *m_pages;
    DetailPanel *m_detail;
    ComparisonView *m_comparison = nullptr;
    AnalyzerPane *m_analyzer = nullptr;
    Core::NavigationHistory m_history;
    Core::Place m_current;
    qsizetype m_lastEntry = -1;
};

} // namespace SmtpCodes::Widgets
