#pragma once

#include "store/conflictresolver.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace Reqdesk::Gui {

/// The open conflicts of the cache, one row each (oldest first): what kind of record, which
/// one, which field, when. Fed with whole lists from DatabaseClient::openConflicts(); a new
/// list reaches the view as removals, insertions and dataChanged, never a reset.
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictListModel)

public:
    enum Column { EntityColumn, RecordColumn, FieldColumn, WhenColumn, ColumnCount };
    enum Role : int {
        IdRole = Qt::UserRole + 1, ///< the conflict's QUuid
        SortRole,                  ///< raw value to sort on
        EntityIdRole,              ///< the record's QUuid
        FieldRole,                 ///< the wire field name (or the whole-record kind)
    };

    explicit ConflictListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Replaces the rows with `rows` as a delta: gone ids are removed, known ones updated in
    /// place, new ones inserted where `rows` puts them.
    void setRows(const QList<Store::ConflictRow> &rows);
    /// The row of conflict `id`; -1 when not listed.
    int rowOf(const QUuid &id) const;
    /// The conflict at `row` (0 <= row < rowCount()).
    const Store::ConflictRow &conflictAt(int row) const { return m_rows.at(row); }
    /// The open conflicts of one record, in list order.
    QList<Store::ConflictRow> conflictsOf(const QString &entity, const QUuid &entityId) const;
    /// The record's title, or "(not in this cache)" when it is unknown here.
    static QString recordText(const Store::ConflictRow &row);

private:
    QList<Store::ConflictRow> m_rows;
};

} // namespace Reqdesk::Gui
