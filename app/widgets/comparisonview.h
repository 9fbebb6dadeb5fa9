#pragma once

#include <core/catalog.h>
#include <core/document.h>

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace SmtpCodes::Widgets {

class TextView;

/// Two entries side by side: two pickers, the window's Swap action as a button, and the comparison itself.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    /// @p swapAction is the window's Swap action, shown here as a button.
    ComparisonView(const Core::Catalog &catalog, QAction *swapAction, QWidget *parent = nullptr);

    /// Shows the comparison of catalog entries @p first and @p second; -1 leaves a side to be picked.
    void show(qsizetype first, qsizetype second);
    qsizetype first() const;
    qsizetype second() const;

    void focusSecondPicker();
    TextView *view() const { return m_view; }

    /// What the view shows, for copying, printing and exporting.
    Core::Document document() const;

signals:
    /// The reader picked another entry on a side.
    void comparisonRequested(qsizetype first, qsizetype second);
    /// The reader followed a link to the entry at catalog index @p index.
    void entryRequested(qsizetype index);

private:
    void fillPickers();

    const Core::Catalog *m_catalog;
    QLabel *m_firstLabel;
    QComboBox *m_first;
    QLabel *m_secondLabel;
    QComboBox *m_second;
    TextView *m_view;
};

} // namespace SmtpCodes::Widgets
