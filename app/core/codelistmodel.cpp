#include "codelistmodel.h"

#include "itemdatarole.h"

namespace SmtpCodes::Core {

CodeListModel::CodeListModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(&catalog)
    , m_search(catalog)
{
    m_rows = m_search.run(m_query);
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    const CodeEntry *entry = checkIndex(index, CheckIndexOption::IndexIsValid) ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString(entry->code + u"  " + entry->name.text(m_language));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return QString(entry->code + u' ' + entry->name.text(m_language));
    case CodeRole:
        return entry->code;
    case NameRole:
        return entry->name.text(m_language);
    case ClassRole:
        return int(entry->replyClass);
    case ClassLabelRole:
        return entry->kind == EntryKind::Reply ? ReplyClasses::label(entry->replyClass) : QStringLiteral("X.Y.Z");
    case KindRole:
        return int(entry->kind);
    default:
        return {};
    }
}

QVariant CodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Code");
    return {};
}

QHash<int, QByteArray> CodeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(NameRole, "name");
    names.insert(ClassRole, "replyClass");
    names.insert(ClassLabelRole, "classLabel");
    names.insert(KindRole, "kind");
    return names;
}

void CodeListModel::setQuery(const SearchQuery &query)
{
    m_query = query;
    refresh();
}

void CodeListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_search = Search(*m_catalog, language);
    refresh();
    emit headerDataChanged(Qt::Horizontal, 0, 0);
}

void CodeListModel::refresh()
{
    QList<qsizetype> rows = m_search.run(m_query);
    if (rows == m_rows) {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CodeListModel::rowOf(const QString &code) const
{
    const qsizetype target = m_catalog->indexOf(code);
    return target < 0 ? -1 : int(m_rows.indexOf(target));
}

const CodeEntry *CodeListModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_catalog->at(m_rows.at(row));
}

} // namespace SmtpCodes::Core
