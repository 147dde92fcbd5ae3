#pragma once

#include "core/stage.h"

#include <QListView>
#include <QUuid>

class QMimeData;

namespace Reqdesk::Gui {

/// One column of the kanban board: the cards of one stage. Cards drag out as application ids;
/// a drop of ids asks for a move to this column's stage (the view itself changes nothing).
class KanbanColumnView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KanbanColumnView)

public:
    explicit KanbanColumnView(Core::Stage stage, QWidget *parent = nullptr);
    ~KanbanColumnView() override;

    Core::Stage stage() const { return m_stage; }
    /// The application ids a drag carries; empty when `mime` holds none.
    static QList<QUuid> idsOf(const QMimeData *mime);

signals:
    /// Applications `ids` were dropped here.
    void applicationsDropped(const QList<QUuid> &ids, Reqdesk::Core::Stage stage);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    Core::Stage m_stage;
};

} // namespace Reqdesk::Gui
