#pragma once

#include <core/catalog.h>
#include <core/codelistmodel.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace SmtpCodes::Widgets {

/// The left side of the window: a search field and a class filter over the list of matching codes.
class CodeList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeList)

public:
    explicit CodeList(const Core::Catalog &catalog, QWidget *parent = nullptr);

    /// Selects @p code, clearing the search and filter first if they hide it. False when the catalog lacks it.
    bool selectCode(const QString &code);
    QString currentCode() const;

    void setLanguage(const QString &language);
    void focusSearch();

    /// The filters as indexes: kind 0 (all), 1 (basic), 2 (enhanced); class 0 (all), 1 (2xx) to 4 (5xx).
    int kindFilter() const;
    int classFilter() const;
    void setFilters(int kind, int replyClass);

    QLineEdit *searchField() const { return m_search; }
    QListView *view() const { return m_view; }
    Core::CodeListModel *model() const { return m_model; }

signals:
    void currentCodeChanged(const QString &code);
    void compareRequested(const QString &code);
    /// The search text is a reply with its enhanced code ("550 5.1.1"): the two parts can be explained together.
    void combinedLookup(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyQuery();
    void updateEmptyState();

    Core::CodeListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_classFilter;
    QComboBox *m_kindFilter;
    QListView *m_view;
    QLabel *m_empty;
    QLabel *m_count;
    QStackedWidget *m_stack;
};

} // namespace SmtpCodes::Widgets
