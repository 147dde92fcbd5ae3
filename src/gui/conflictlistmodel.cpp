#include "gui/conflictlistmodel.h"

#include "gui/conflictvaluetext.h"

#include <QLocale>
#include <QSet>

namespace Reqdesk::Gui {

ConflictListModel::ConflictListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::recordText(const Store::ConflictRow &row)
{
    if (!row.recordTitle.isEmpty())
        return row.recordTitle;
    return row.recordExists ? tr("(untitled)") : tr("(not in this cache)");
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::ConflictRow &row = m_rows.at(index.row());
    const Store::Conflict &c = row.conflict;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntityColumn:
            return ConflictValueText::entity(c.entity);
        case RecordColumn:
            return recordText(row);
        case FieldColumn:
            return ConflictValueText::field(c.entity, c.field);
        case WhenColumn:
            return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return QLocale().toString(c.createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == FieldColumn)
            return ConflictValueText::explanation(c.field);
        return {};
    case SortRole:
        switch (index.column()) {
        case EntityColumn:
            return c.entity;
        case RecordColumn:
            return recordText(row).toLower();
        case FieldColumn:
            return c.field;
        case WhenColumn:
            return c.createdAt;
        }
        return {};
    case IdRole:
        return c.id;
    case EntityIdRole:
        return c.entityId;
    case FieldRole:
        return c.field;
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntityColumn:
        return tr("Kind");
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case WhenColumn:
        return tr("When");
    }
    return {};
}

int ConflictListModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).conflict.id == id)
            return int(i);
    }
    return -1;
}

QList<Store::ConflictRow> ConflictListModel::conflictsOf(const QString &entity,
                                                         const QUuid &entityId) const
{
    QList<Store::ConflictRow> list;
    for (const Store::ConflictRow &row : m_rows) {
        if (row.conflict.entity == entity && row.conflict.entityId == entityId)
            list << row;
    }
    return list;
}

void ConflictListModel::setRows(const QList<Store::ConflictRow> &rows)
{
    QSet<QUuid> wanted;
    for (const Store::ConflictRow &row : rows)
        wanted.insert(row.conflict.id);
    // Removals first, from the bottom, so the rows above keep their numbers.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).conflict.id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // What is left keeps the store's order (oldest first), so walking `rows` in order either
    // meets the next kept row (update it) or a new one (insert it there).
    for (int i = 0; i < int(rows.size()); ++i) {
        const Store::ConflictRow &row = rows.at(i);
        if (i < m_rows.size() && m_rows.at(i).conflict.id == row.conflict.id) {
            m_rows[i] = row;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            continue;
        }
        const int at = rowOf(row.conflict.id);
        if (at > i) {
            // Reordered (a replayed conflict with a new time): move it up.
            beginMoveRows({}, at, at, {}, i);
            m_rows.move(at, i);
            endMoveRows();
            m_rows[i] = row;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, row);
        endInsertRows();
    }
}

} // namespace Reqdesk::Gui
