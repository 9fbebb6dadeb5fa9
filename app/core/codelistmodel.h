#pragma once

#include "search.h"

#include <QAbstractListModel>

namespace SmtpCodes::Core {

/// The code list: the entries that match the current search, best first, in the current interface language
/// (Languages::current()). Roles are in itemdatarole.h.
class CodeListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeListModel)

public:
    /// @p catalog must outlive the model.
    explicit CodeListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Runs @p query and shows its result.
    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }

    /// Shows names in the current interface language and searches its text; call after it changed.
    void retranslate();

    /// Builds the search index ahead of the first query.
    void prepareSearch() const { m_search.prepare(); }
    /// Builds the search index on another thread (see Search::prepareInBackground()).
    void prepareSearchInBackground() const { m_search.prepareInBackground(); }

    /// The row showing catalog entry @p index, or -1 when the current result does not hold it.
    int rowOf(qsizetype index) const;

    /// The catalog index of @p row, or -1.
    qsizetype entryIndex(int row) const;

private:
    void refresh();

    const Catalog *m_catalog;
    Search m_search;
    SearchQuery m_query;
    QList<qsizetype> m_rows;
};

} // namespace SmtpCodes::Core
