#include "gui/kanbanboard.h"

#include "core/rules/applicationstatemachine.h"
#include "gui/applicationtablemodel.h"
#include "gui/kanbancolumnview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

using Core::Stage;

KanbanBoard::KanbanBoard(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Stage stage : Core::ApplicationStateMachine::allStages()) {
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setFilterKeyColumn(ApplicationTableModel::CandidateColumn);
        proxy->setFilterRole(ApplicationTableModel::StageRole);
        proxy->setFilterFixedString(QString::number(int(stage)));
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(2, 2, 2, 2);
        auto *header = new QLabel(box);
        header->setObjectName(QStringLiteral("kanbanHeader"));
        auto *view = new KanbanColumnView(stage, box);
        view->setObjectName(QStringLiteral("kanban_") + Core::stageName(stage));
        view->setModel(proxy);
        view->setModelColumn(ApplicationTableModel::CandidateColumn);
        view->setAccessibleName(ApplicationTableModel::stageText(stage));
        v->addWidget(header);
        v->addWidget(view, 1);
        layout->addWidget(box, 1);
        m_columns << view;
        connect(view, &KanbanColumnView::applicationsDropped, this, &KanbanBoard::moveRequested);
        connect(view->selectionModel(),
                &QItemSelectionModel::currentChanged,
                this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        emit applicationActivated(
                                current.data(ApplicationTableModel::IdRole).toUuid());
                });
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &KanbanBoard::updateHeaders);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &KanbanBoard::updateHeaders);
        connect(proxy, &QAbstractItemModel::modelReset, this, &KanbanBoard::updateHeaders);
    }
    updateHeaders();
}

KanbanBoard::~KanbanBoard() = default;

KanbanColumnView *KanbanBoard::column(Stage stage) const
{
    for (KanbanColumnView *view : m_columns) {
        if (view->stage() == stage)
            return view;
    }
    return nullptr;
}

int KanbanBoard::cardCount(Stage stage) const
{
    const KanbanColumnView *view = column(stage);
    return view ? view->model()->rowCount() : 0;
}

QList<QUuid> KanbanBoard::selectedApplications() const
{
    QList<QUuid> ids;
    for (const KanbanColumnView *view : m_columns) {
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        for (const QModelIndex &i : selected)
            ids << i.data(ApplicationTableModel::IdRole).toUuid();
    }
    return ids;
}

bool KanbanBoard::selectApplication(const QUuid &id)
{
    for (KanbanColumnView *view : std::as_const(m_columns)) {
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, ApplicationTableModel::CandidateColumn);
            if (i.data(ApplicationTableModel::IdRole).toUuid() == id) {
                view->setCurrentIndex(i);
                return true;
            }
        }
    }
    return false;
}

void KanbanBoard::updateHeaders()
{
    for (KanbanColumnView *view : std::as_const(m_columns)) {
        auto *header = view->parentWidget()->findChild<QLabel *>(QStringLiteral("kanbanHeader"));
        header->setText(
                QStringLiteral("<b>%1</b> (%2)")
                        .arg(ApplicationTableModel::stageText(view->stage()).toHtmlEscaped())
                        .arg(view->model()->rowCount()));
    }
}

} // namespace Reqdesk::Gui
