#pragma once

#include "store/conflictresolver.h"

#include <QList>
#include <QStringList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace Reqdesk::Gui {

/// One record's open conflicts side by side: a row per field in conflict with the last synced
/// value (base), this computer's (mine) and the server's (theirs), as a person reads them.
/// Where mine and theirs differ both cells are highlighted; a side that changed the base is in
/// bold. The selected row is the conflict the pane's buttons act on.
class ConflictComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictComparisonView)

public:
    enum Column { FieldColumn, BaseColumn, MineColumn, TheirsColumn, ColumnCount };

    explicit ConflictComparisonView(QWidget *parent = nullptr);

    /// Shows `rows` (the open conflicts of one record) and selects `current`.
    void showRecord(const QList<Store::ConflictRow> &rows, const QUuid &current);
    /// Shows nothing.
    void clear();
    /// The selected conflict; null when none.
    QUuid currentConflict() const;
    /// Selects the row of `id` if shown.
    void setCurrentConflict(const QUuid &id);

    /// The text shown in a cell (tests, accessibility).
    QString cellText(int row, Column column) const;
    /// True when the cell is highlighted as a difference between mine and theirs.
    bool isHighlighted(int row, Column column) const;
    QTableWidget *table() const { return m_table; }
    QString heading() const;

signals:
    /// The selected conflict changed (null when none).
    void currentConflictChanged(const QUuid &id);

private:
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QUuid> m_ids;
    QStringList m_fields;
};

} // namespace Reqdesk::Gui
