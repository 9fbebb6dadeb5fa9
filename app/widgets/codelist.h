#pragma once

#include <core/catalog.h>
#include <core/codelistmodel.h>
#include <core/navigationhistory.h>

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace SmtpCodes::Widgets {

/// The left side of the window: a search field and filters over the list of matching entries. It reports what
/// the reader chooses (entryChosen, lookupRequested, compareRequested) and follows where the window goes
/// (follow), without ever changing the search or the filters on its own.
class CodeList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeList)

public:
    /// @p findAction is the window's Find action: the search field's hint names its shortcut.
    CodeList(const Core::Catalog &catalog, QAction *findAction, QWidget *parent = nullptr);

    /// Marks the row of @p place's entry as current when the list shows it, else marks none (other places leave
    /// the mark where it is); emits nothing.
    void follow(const Core::Place &place);

    /// The catalog index of the current row, or -1.
    qsizetype currentEntry() const;

    void focusSearch();

    /// The filters as indexes: kind 0 (all), 1 (basic), 2 (enhanced), 3 (provider), 4 (reasons); class 0 (all),
    /// 1 (2xx) to 4 (5xx).
    int kindFilter() const;
    int classFilter() const;
    void setFilters(int kind, int replyClass);

    /// A word of the catalog in the current language that the search finds, for the search field's hint.
    QString exampleWord() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *view() const { return m_view; }
    Core::CodeListModel *model() const { return m_model; }

signals:
    /// The reader chose the entry at catalog index @p index (clicked it, or moved onto it with the keyboard).
    void entryChosen(qsizetype index);
    /// The reader asked to compare the entry at @p index with another one.
    void compareRequested(qsizetype index);
    /// The search text names a reply with its enhanced code ("550 5.7.26"): both can be read together.
    void lookupRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyQuery();
    void updateEmptyState();

    const Core::Catalog *m_catalog;
    QAction *m_findAction;
    Core::CodeListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_classFilter;
    QComboBox *m_kindFilter;
    QListView *m_view;
    QLabel *m_empty;
    QLabel *m_count;
    QStackedWidget *m_stack;
    bool m_painted = false;   ///< the list has been on screen: from then on a new language's index is built at once
    bool m_following = false; ///< the selection moves because the window went somewhere, not by the reader
};

} // namespace SmtpCodes::Widgets
