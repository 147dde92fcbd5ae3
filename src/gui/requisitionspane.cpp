#include "gui/requisitionspane.h"

#include "core/rules/requisitionlifecycle.h"
#include "gui/displaytext.h"
#include "gui/requisitiondetailview.h"
#include "gui/requisitioneditcommand.h"
#include "gui/requisitioneditor.h"
#include "gui/requisitionfilterbar.h"
#include "gui/requisitiontablemodel.h"
#include "gui/settings.h"
#include "gui/stagereasondialog.h"
#include "store/databaseclient.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Reqdesk::Gui {

RequisitionsPane::RequisitionsPane(Store::DatabaseClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_filterBar(new RequisitionFilterBar(this))
    , m_model(new RequisitionTableModel(client, this))
    , m_table(new QTableView(this))
    , m_detail(new RequisitionDetailView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_table->setObjectName(QStringLiteral("requisitionsTable"));
    m_table->setAccessibleName(tr("Requisitions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(RequisitionTableModel::UpdatedColumn,
                                                  Qt::DescendingOrder);
    m_table->setColumnWidth(RequisitionTableModel::TitleColumn, 260);
    m_table->setColumnWidth(RequisitionTableModel::CompanyColumn, 130);
    m_table->setColumnWidth(RequisitionTableModel::OrgColumn, 120);
    m_table->setColumnWidth(RequisitionTableModel::LevelColumn, 60);
    m_table->setColumnWidth(RequisitionTableModel::StatusColumn, 130);
    m_table->setColumnWidth(RequisitionTableModel::LocationColumn, 170);
    m_table->setColumnHidden(RequisitionTableModel::HiringManagerColumn, true);
    connect(m_table->horizontalHeader(),
            &QHeaderView::customContextMenuRequested,
            this,
            &RequisitionsPane::showColumnMenu);
    // Sorting goes to SQL: the header only asks the model.
    connect(m_table->horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            m_model,
            [this](int column, Qt::SortOrder order) {
                if (!RequisitionTableModel::sortColumnFor(column)) {
                    // Not sortable in SQL: put the indicator back where the data is.
                    const QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(
                            RequisitionTableModel::columnFor(m_model->query().sort),
                            m_model->query().order);
                    return;
                }
                m_model->sort(column, order);
            });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RequisitionsPane::onCurrentChanged);

    connect(m_filterBar, &RequisitionFilterBar::filterChanged, m_model, [this](const auto &filter) {
        m_model->setFilter(filter);
    });
    connect(m_model,
            &RequisitionTableModel::firstPageArrived,
            this,
            &RequisitionsPane::onFirstPage);
    connect(m_model, &RequisitionTableModel::totalCountChanged, this, &RequisitionsPane::showCount);
    connect(m_model, &RequisitionTableModel::loadFailed, this, [this](const Core::Error &error) {
        emit message(DisplayText::error(error));
    });
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_table->currentIndex().row();
                if (row >= from.row() && row <= to.row())
                    onCurrentChanged();
            });
    connect(m_model,
            &RequisitionTableModel::requisitionsInserted,
            this,
            [this](const QList<int> &rows) {
                m_pendingSelection = QUuid();
                if (rows.isEmpty())
                    return;
                m_table->setCurrentIndex(
                        m_model->index(rows.constFirst(), RequisitionTableModel::TitleColumn));
                m_table->scrollTo(m_table->currentIndex());
            });
    connect(m_client, &Store::DatabaseClient::found, this, &RequisitionsPane::onFound);
    connect(m_client,
            &Store::DatabaseClient::requisitionEdited,
            this,
            [this](int requestId, const QUuid &, bool exists) { onWritten(requestId, exists); });
    connect(m_model,
            &RequisitionTableModel::rowsRefreshed,
            this,
            [this](const QList<qint64> &rows) {
                const QUuid id = std::exchange(m_selectAfterRefresh, QUuid());
                if (id.isNull() || rows.size() != 1 || rows.constFirst() < 0)
                    return;
                m_table->setCurrentIndex(
                        m_model->index(int(rows.constFirst()), RequisitionTableModel::TitleColumn));
                m_table->scrollTo(m_table->currentIndex());
            });

    connect(m_detail, &RequisitionDetailView::editRequested, this, &RequisitionsPane::editCurrent);
    connect(m_detail,
            &RequisitionDetailView::statusChangeRequested,
            this,
            [this](Core::RequisitionStatus to) { changeStatus(to); });
    connect(m_detail, &RequisitionDetailView::deleteRequested, this, [this] { deleteCurrent(); });
    // Enter on a row edits it, as in a spreadsheet's detail form.
    auto *editAction = new QAction(tr("Edit requisition"), m_table);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(editAction, &QAction::triggered, this, &RequisitionsPane::editCurrent);
    m_table->addAction(editAction);
    auto *deleteAction = new QAction(tr("Delete requisition"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, [this] { deleteCurrent(); });
    m_table->addAction(deleteAction);

    connect(m_filterBar, &RequisitionFilterBar::viewChosen, this, &RequisitionsPane::applyView);
    connect(m_filterBar,
            &RequisitionFilterBar::saveViewRequested,
            this,
            &RequisitionsPane::saveView);
    connect(m_filterBar,
            &RequisitionFilterBar::renameViewRequested,
            this,
            &RequisitionsPane::renameView);
    connect(m_filterBar,
            &RequisitionFilterBar::deleteViewRequested,
            this,
            &RequisitionsPane::deleteView);
    connect(m_client, &Store::DatabaseClient::failed, this, &RequisitionsPane::onFailed);

    m_splitter->setObjectName(QStringLiteral("requisitionsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
}

RequisitionsPane::~RequisitionsPane() = default;

void RequisitionsPane::start()
{
    m_model->setFilter(m_filterBar->filter());
}

void RequisitionsPane::reload(const QUuid &select)
{
    m_pendingSelection = select;
    m_model->refresh();
}

void RequisitionsPane::insertSaved(const QList<QUuid> &ids)
{
    if (ids.isEmpty())
        return;
    m_pendingSelection = ids.constFirst(); // used when the model has to start again
    m_model->insertRequisitions(ids);
}

void RequisitionsPane::select(const QUuid &id)
{
    if (const int row = m_model->rowOf(id); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, RequisitionTableModel::TitleColumn));
        m_table->scrollTo(m_table->currentIndex());
    }
}

void RequisitionsPane::restoreState(const Settings &settings)
{
    if (const QByteArray s = settings.requisitionsSplitter(); !s.isEmpty())
        m_splitter->restoreState(s);
    else
        m_splitter->setSizes({700, 440});
    if (const QByteArray h = settings.requisitionsHeader(); !h.isEmpty())
        m_table->horizontalHeader()->restoreState(h);
    const int column = RequisitionTableModel::columnFor(settings.requisitionsSortColumn());
    const Qt::SortOrder order = settings.requisitionsSortOrder();
    {
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(column, order);
    }
    // Not started yet: records the order without a query.
    m_model->sort(column, order);
    m_filterBar->setSavedViews(settings.savedViews());
}

void RequisitionsPane::saveState(Settings &settings) const
{
    settings.setRequisitionsSplitter(m_splitter->saveState());
    settings.setRequisitionsHeader(m_table->horizontalHeader()->saveState());
    settings.setRequisitionsSortColumn(m_model->query().sort);
    settings.setRequisitionsSortOrder(m_model->query().order);
}

void RequisitionsPane::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int column = 0; column < RequisitionTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The title identifies the row; it stays.
        action->setEnabled(column != RequisitionTableModel::TitleColumn);
        connect(action, &QAction::toggled, m_table, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void RequisitionsPane::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_findRequest = 0;
        m_detail->clear();
        m_shown.reset();
        return;
    }
    const QUuid id = current.data(RequisitionTableModel::IdRole).toUuid();
    if (id.isNull()) {
        // The row's page is still on its way; dataChanged brings us back here.
        m_findRequest = 0;
        return;
    }
    if (id == m_detail->requisitionId())
        return;
    m_findRequest = m_client->find(id);
}

void RequisitionsPane::onFound(int requestId, const Core::Requisition &requisition)
{
    if (requestId != m_findRequest)
        return;
    m_findRequest = 0;
    m_shown = requisition;
    m_detail->setRequisition(requisition);
    emit detailShown(requisition.id);
    emit requisitionShown(requisition);
}

void RequisitionsPane::onFailed(int requestId, const Core::Error &error)
{
    if (const QUuid id = m_writes.take(requestId); !id.isNull()) {
        if (error.code == Core::ErrorCode::IllegalTransition) {
            // Changed by a sync or another window since the command was made: replaying it
            // would overwrite what this window never saw.
            m_stale.insert(id);
            refuse(tr("The requisition was changed elsewhere meanwhile: the edit was not made, "
                      "and undo history for it is dropped."));
        } else {
            refuse(tr("The requisition was not saved: %1").arg(DisplayText::error(error)));
        }
        // Show what the store holds, so the next edit starts from the truth.
        m_model->refreshRows({id});
        if (m_shown && m_shown->id == id)
            m_findRequest = m_client->find(id);
        return;
    }
    if (requestId != m_findRequest)
        return;
    m_findRequest = 0;
    m_shown.reset();
    m_detail->clear();
    emit message(DisplayText::error(error));
}

void RequisitionsPane::onFirstPage()
{
    int row = 0;
    if (!m_pendingSelection.isNull()) {
        row = qMax(0, m_model->rowOf(m_pendingSelection));
        m_pendingSelection = QUuid();
    }
    m_shown.reset();
    if (m_model->rowCount() == 0) {
        m_detail->clear();
        return;
    }
    m_detail->clear();
    m_table->setCurrentIndex(m_model->index(row, RequisitionTableModel::TitleColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void RequisitionsPane::editCurrent()
{
    if (!m_shown) {
        emit message(tr("Select a requisition to edit."));
        return;
    }
    openEditor(*m_shown, false);
}

void RequisitionsPane::newRequisition()
{
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.status = Core::RequisitionStatus::Draft;
    r.createdAt = QDateTime::currentDateTimeUtc();
    openEditor(r, true);
}

RequisitionEditor *RequisitionsPane::editor() const
{
    return m_editor;
}

void RequisitionsPane::openEditor(const Core::Requisition &requisition, bool isNew)
{
    if (m_editor && m_editor->isVisible()) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_editor = new RequisitionEditor(requisition, isNew, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    RequisitionEditor *dialog = m_editor;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_undoStack)
            return;
        const Core::Requisition after = dialog->savedRequisition();
        if (!dialog->isNew() && after == dialog->original()) {
            emit message(tr("Nothing changed."));
            return;
        }
        const auto before = dialog->isNew() ? std::nullopt
                                            : std::optional<Core::Requisition>(dialog->original());
        m_stale.remove(after.id);
        m_undoStack->push(new RequisitionEditCommand(this, before, after));
    });
    // Window-modal and non-blocking: the event loop keeps running (and tests can drive it).
    dialog->open();
}

void RequisitionsPane::deleteCurrent(bool confirm)
{
    if (!m_shown || !m_undoStack) {
        emit message(tr("Select a requisition to delete."));
        return;
    }
    const Core::Requisition shown = *m_shown;
    if (confirm
        && QMessageBox::question(this,
                                 tr("Delete requisition"),
                                 tr("Delete “%1” with its pay bands? Edit > Undo brings it back.")
                                         .arg(shown.title))
                   != QMessageBox::Yes) {
        return;
    }
    m_stale.remove(shown.id);
    m_undoStack->push(new RequisitionEditCommand(this, shown, std::nullopt));
}

bool RequisitionsPane::changeStatus(Core::RequisitionStatus to, const QString &reason)
{
    if (!m_shown || !m_undoStack)
        return false;
    const Core::Requisition before = *m_shown;
    QString why = reason.trimmed();
    if (why.isEmpty() && Core::RequisitionLifecycle::requiresReason(before.status, to)) {
        StageReasonDialog dialog(tr("Move “%1” from %2 to %3.")
                                         .arg(before.title,
                                              DisplayText::status(before.status),
                                              DisplayText::status(to)),
                                 true,
                                 this);
        if (dialog.exec() != QDialog::Accepted) {
            emit message(tr("Status change cancelled."));
            return false;
        }
        why = dialog.reason();
    }
    if (const QString problem = RequisitionEditor::statusProblem(before, to, why);
        !problem.isEmpty()) {
        emit message(problem);
        emit editFailed(problem);
        return false;
    }
    Core::Requisition after = before;
    after.status = to;
    after.statusReason = why;
    m_stale.remove(before.id);
    m_undoStack->push(new RequisitionEditCommand(this, before, after));
    return true;
}

void RequisitionsPane::writeRequisition(const QUuid &id,
                                        const std::optional<Core::Requisition> &expected,
                                        const std::optional<Core::Requisition> &next)
{
    std::optional<Core::Requisition> stamped = next;
    if (stamped) {
        stamped->updatedAt = QDateTime::currentDateTimeUtc();
        if (!stamped->createdAt.isValid())
            stamped->createdAt = stamped->updatedAt;
    }
    m_writes.insert(m_client->editRequisition(id, expected, stamped), id);
}

void RequisitionsPane::refuse(const QString &text)
{
    emit message(text);
    emit editFailed(text);
}

void RequisitionsPane::onWritten(int requestId, bool exists)
{
    const QUuid id = m_writes.take(requestId);
    if (id.isNull())
        return;
    m_selectAfterRefresh = id;
    // First the list (its dataChanged makes the pane forget a find in flight for a row whose
    // page is gone), then the detail reads what the store now holds. A deleted requisition
    // leaves the detail; the row that takes its place is shown once its page is back.
    m_model->refreshRows({id});
    if (m_shown && m_shown->id == id) {
        if (exists) {
            m_findRequest = m_client->find(id);
        } else {
            m_findRequest = 0;
            m_shown.reset();
            m_detail->clear();
        }
    }
    emit requisitionWritten(id);
}

QList<SavedView> RequisitionsPane::savedViews() const
{
    return m_filterBar->savedViews();
}

void RequisitionsPane::storeViews(const QList<SavedView> &views)
{
    m_filterBar->setSavedViews(views);
    if (m_settings) {
        m_settings->setSavedViews(views);
        m_settings->sync();
    }
}

void RequisitionsPane::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    const Store::RequisitionQuery q = m_model->query();
    const SavedView view{trimmed, m_filterBar->filter(), q.sort, q.order};
    QList<SavedView> views = savedViews();
    auto it = std::find_if(
            views.begin(), views.end(), [&](const SavedView &v) { return v.name == trimmed; });
    if (it != views.end())
        *it = view;
    else
        views << view;
    storeViews(views);
    emit message(tr("Saved the view “%1”.").arg(trimmed));
}

bool RequisitionsPane::applyView(const QString &name)
{
    const QList<SavedView> views = savedViews();
    const auto it = std::find_if(
            views.cbegin(), views.cend(), [&](const SavedView &v) { return v.name == name; });
    if (it == views.cend())
        return false;
    m_filterBar->setFilter(it->filter);
    {
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(RequisitionTableModel::columnFor(it->sort),
                                                      it->order);
    }
    Store::RequisitionQuery q;
    q.filter = it->filter;
    q.sort = it->sort;
    q.order = it->order;
    m_model->setQuery(q);
    emit message(tr("View “%1”").arg(name));
    return true;
}

bool RequisitionsPane::renameView(const QString &from, const QString &to)
{
    QList<SavedView> views = savedViews();
    const QString target = to.trimmed();
    if (target.isEmpty() || std::any_of(views.cbegin(), views.cend(), [&](const auto &v) {
            return v.name == target;
        }))
        return false;
    for (SavedView &v : views) {
        if (v.name == from) {
            v.name = target;
            storeViews(views);
            return true;
        }
    }
    return false;
}

bool RequisitionsPane::deleteView(const QString &name)
{
    QList<SavedView> views = savedViews();
    if (views.removeIf([&](const SavedView &v) { return v.name == name; }) == 0)
        return false;
    storeViews(views);
    return true;
}

void RequisitionsPane::setSearchIndexPending(bool pending)
{
    if (pending == m_searchIndexPending)
        return;
    m_searchIndexPending = pending;
    if (!m_model->query().filter.text.trimmed().isEmpty())
        showCount();
}

void RequisitionsPane::showCount()
{
    const qint64 count = m_model->totalCount();
    if (count < 0)
        return;
    const int shown = int(qMin<qint64>(count, INT_MAX));
    if (m_searchIndexPending && !m_model->query().filter.text.trimmed().isEmpty()) {
        emit message(tr("%n requisition(s) found; search is complete once the first sync ends",
                        nullptr,
                        shown));
        return;
    }
    emit message(tr("%n requisition(s)", nullptr, shown));
}

} // namespace Reqdesk::Gui
