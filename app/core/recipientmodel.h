#pragma once

#include "analyzer.h"

#include <QAbstractTableModel>

namespace SmtpCodes::Core {

/// The recipients of one or many analyses as a table: message, recipient, action, reason, hard or soft, codes,
/// provider; in the current interface language. Sortable through a proxy: each cell's sort key is its UserRole.
class RecipientModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientModel)

public:
    enum Column
    {
        Source,
        Recipient,
        Action,
        Reason,
        Bounce,
        Codes,
        Provider,
        ColumnCount,
    };

    /// @p analyzer must outlive the model.
    explicit RecipientModel(const Analyzer &analyzer, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the recipients of @p analyses (replacing what was shown).
    void setAnalyses(QList<Analysis> analyses);

    /// Adds @p analysis at the end (a batch that is still being read).
    void append(const Analysis &analysis);

    const QList<Analysis> &analyses() const { return m_analyses; }

    /// The analysis and recipient a row shows.
    std::pair<qsizetype, qsizetype> position(int row) const { return m_rows.value(row, {-1, -1}); }

    /// Names and labels again in the current interface language.
    void retranslate();

private:
    const Analyzer *m_analyzer;
    QList<Analysis> m_analyses;
    QList<std::pair<qsizetype, qsizetype>> m_rows;
};

} // namespace SmtpCodes::Core
