#include "recipientmodel.h"

#include "analysisdocument.h"
#include "document.h"
#include "languages.h"

namespace SmtpCodes::Core {

RecipientModel::RecipientModel(const Analyzer &analyzer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_analyzer(&analyzer)
{
}

int RecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto [analysisIndex, recipientIndex] = m_rows.at(index.row());
    const Analysis &analysis = m_analyses.at(analysisIndex);
    const RecipientResult &recipient = analysis.recipients.at(recipientIndex);
    if (index.column() == Source) {
        if (role == Qt::DisplayRole || role == Qt::UserRole || role == Qt::ToolTipRole)
            return analysis.source;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    // The row's texts come from the one place the documents take them from, without bidi controls: a table cell
    // has a direction of its own.
    const QStringList row = AnalysisDocument::tableRow(*m_analyzer, recipient, Languages::current());
    const QString cell = withoutBidiControls(row.value(index.column() - 1));
    if (role == Qt::UserRole && index.column() == Bounce)
        return recipient.hardBounce ? 2 : (recipient.action == u"failed" ? 1 : 0);
    return cell;
}

QVariant RecipientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Source)
        return tr("Message");
    return AnalysisDocument::tableHeadings().value(section - 1);
}

void RecipientModel::setAnalyses(QList<Analysis> analyses)
{
    beginResetModel();
    m_analyses = std::move(analyses);
    m_rows.clear();
    for (qsizetype a = 0; a < m_analyses.size(); ++a) {
        for (qsizetype r = 0; r < m_analyses.at(a).recipients.size(); ++r)
            m_rows.append({a, r});
    }
    endResetModel();
}

void RecipientModel::append(const Analysis &analysis)
{
    const int first = int(m_rows.size());
    const qsizetype count = analysis.recipients.size();
    m_analyses.append(analysis);
    if (count == 0)
        return;
    beginInsertRows({}, first, first + int(count) - 1);
    for (qsizetype r = 0; r < count; ++r)
        m_rows.append({m_analyses.size() - 1, r});
    endInsertRows();
}

void RecipientModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace SmtpCodes::Core
