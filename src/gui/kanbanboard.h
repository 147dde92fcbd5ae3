#pragma once

#include "core/stage.h"

#include <QUuid>
#include <QWidget>

class QAbstractItemModel;

namespace Reqdesk::Gui {

class KanbanColumnView;

/// The pipeline as columns, one per active stage plus Rejected and Withdrawn; each column is a
/// filtered view of the same application model, showing the candidates' names as cards.
class KanbanBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KanbanBoard)

public:
    /// `model` is an ApplicationTableModel (or anything with its roles); it must outlive the board.
    explicit KanbanBoard(QAbstractItemModel *model, QWidget *parent = nullptr);
    ~KanbanBoard() override;

    /// The column of `stage`.
    KanbanColumnView *column(Core::Stage stage) const;
    /// Number of cards in `stage`'s column.
    int cardCount(Core::Stage stage) const;
    /// Ids of the cards selected in any column.
    QList<QUuid> selectedApplications() const;
    /// Makes the card of `id` current in its column; false when no column shows it.
    bool selectApplication(const QUuid &id);

signals:
    /// Cards were dropped on the column of `to`.
    void moveRequested(const QList<QUuid> &ids, Reqdesk::Core::Stage to);
    /// A card became current.
    void applicationActivated(const QUuid &id);

private:
    void updateHeaders();

    QList<KanbanColumnView *> m_columns;
};

} // namespace Reqdesk::Gui
