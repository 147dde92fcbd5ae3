#include "gui/kanbancolumnview.h"

#include "gui/applicationtablemodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace Reqdesk::Gui {

KanbanColumnView::KanbanColumnView(Core::Stage stage, QWidget *parent)
    : QListView(parent)
    , m_stage(stage)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setUniformItemSizes(true);
    setSpacing(2);
}

KanbanColumnView::~KanbanColumnView() = default;

QList<QUuid> KanbanColumnView::idsOf(const QMimeData *mime)
{
    QList<QUuid> ids;
    if (!mime || !mime->hasFormat(ApplicationTableModel::mimeType()))
        return ids;
    const QString text = QString::fromUtf8(mime->data(ApplicationTableModel::mimeType()));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QUuid id = QUuid::fromString(line);
        if (!id.isNull())
            ids << id;
    }
    return ids;
}

void KanbanColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(ApplicationTableModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void KanbanColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(ApplicationTableModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void KanbanColumnView::dropEvent(QDropEvent *event)
{
    const QList<QUuid> ids = idsOf(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    // Copy, not move: the model must not remove the dragged rows; the store decides.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit applicationsDropped(ids, m_stage);
}

} // namespace Reqdesk::Gui
