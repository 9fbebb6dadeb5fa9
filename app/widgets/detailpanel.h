#pragma once

#include <core/catalog.h>
#include <core/document.h>
#include <core/navigationhistory.h>

#include <QWidget>

namespace SmtpCodes::Widgets {

class TextView;

/// The page of one entry, of a lookup of several codes at once ("550 5.7.26"), of a code the catalog lacks, or the
/// welcome page: the right side of the window while browsing.
class DetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPanel)

public:
    explicit DetailPanel(const Core::Catalog &catalog, QWidget *parent = nullptr);

    /// Shows @p place: an Entry, a Lookup, an Unknown code, or (None) the welcome page.
    void show(const Core::Place &place);

    TextView *view() const { return m_view; }

    /// What the panel shows, for copying, printing and exporting.
    Core::Document document() const;

signals:
    /// The reader followed a link to the entry at catalog index @p index.
    void entryRequested(qsizetype index);

private:
    const Core::Catalog *m_catalog;
    TextView *m_view;
    Core::Place m_place; ///< what the panel renders again on a language or colour change
};

} // namespace SmtpCodes::Widgets
