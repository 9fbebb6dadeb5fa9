#include "codelistmodel.h"

#include "entrydocument.h"
#include "itemdatarole.h"
#include "languages.h"

namespace SmtpCodes::Core {

CodeListModel::CodeListModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(&catalog)
    , m_search(catalog, Languages::current())
{
    m_rows = m_search.run(m_query);
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qsizetype catalogIndex = m_rows.at(index.row());
    const CodeEntry &entry = m_catalog->at(catalogIndex);
    const QString &language = m_search.language();
    auto shownCode = [&entry] {
        return entry.kind == EntryKind::Provider ? (entry.enhanced.isEmpty() ? entry.reply : entry.enhanced)
                                                 : EntryDocument::shownCode(entry);
    };
    auto name = [&] {
        if (entry.kind != EntryKind::Provider)
            return m_catalog->text(entry, Field::Name, language);
        const Provider *provider = m_catalog->provider(entry.provider);
        return tr("%1: %2", "a provider and the name of its reply in the code list")
            .arg(provider ? provider->name : entry.provider, m_catalog->text(entry, Field::Name, language));
    };
    switch (role) {
    case Qt::DisplayRole:
        return QString(shownCode() + u"  " + name());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return EntryDocument::label(*m_catalog, entry, language);
    case CodeRole:
        return entry.code;
    case IndexRole:
        return catalogIndex;
    case ShownCodeRole:
        return shownCode();
    case NameRole:
        return name();
    case ClassRole:
        return int(entry.replyClass);
    case ClassLabelRole:
        if (entry.kind == EntryKind::Enhanced)
            return QStringLiteral("X.Y.Z");
        return ReplyClasses::label(entry.replyClass);
    case KindRole:
        return int(entry.kind);
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

void CodeListModel::setQuery(const SearchQuery &query)
{
    m_query = query;
    refresh();
}

void CodeListModel::retranslate()
{
    if (Languages::current() != m_search.language())
        m_search = Search(*m_catalog, Languages::current());
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

int CodeListModel::rowOf(qsizetype index) const
{
    return int(m_rows.indexOf(index));
}

qsizetype CodeListModel::entryIndex(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1;
}

} // namespace SmtpCodes::Core
