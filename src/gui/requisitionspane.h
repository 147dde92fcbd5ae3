#pragma once

#include "core/error.h"
#include "core/requisition.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QSplitter;
class QTableView;
class QUndoStack;

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

class RequisitionDetailView;
class RequisitionFilterBar;
class RequisitionEditor;
class RequisitionTableModel;
class Settings;
struct SavedView;

/// Browse requisitions: the filter bar, the lazily paged table and the detail of the current
/// row, which is read with DatabaseClient::find() when the current row changes. Edits (the
/// RequisitionEditor form, status moves, deletion) go on the undo stack as
/// RequisitionEditCommands and are written through the store as local edits; saved views are
/// kept in Settings.
class RequisitionsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequisitionsPane)

public:
    explicit RequisitionsPane(Store::DatabaseClient *client, QWidget *parent = nullptr);
    ~RequisitionsPane() override;

    /// Starts the first query (call once the database is open).
    void start();
    /// Reruns the current query and shows `select` when given.
    void reload(const QUuid &select = {});
    /// Inserts newly saved requisitions where they sort (a delta) and selects the first.
    void insertSaved(const QList<QUuid> &ids);
    /// Selects `id` when its row is in memory.
    void select(const QUuid &id);
    /// Restores the splitter, columns and sort order; call before start().
    void restoreState(const Settings &settings);
    /// Saves the splitter, columns and sort order.
    void saveState(Settings &settings) const;
    /// The stack edits are pushed on; without one, edits are refused.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    /// Where saved views are written as they change (may be null: they then live in memory).
    void setSettings(Settings *settings) { m_settings = settings; }

    /// Opens the editor on the shown requisition (Edit button, Enter, Edit > Edit requisition…).
    void editCurrent();
    /// Opens the editor on a new draft requisition (File > New requisition).
    void newRequisition();
    /// The open editor, if any.
    RequisitionEditor *editor() const;
    /// Deletes the shown requisition (undoable); asks first when `confirm`.
    void deleteCurrent(bool confirm = true);
    /// Moves the shown requisition to `to`. A move the lifecycle refuses is reported and not
    /// made; when a reason is needed and `reason` is empty, a dialog asks (Cancel aborts).
    bool changeStatus(Core::RequisitionStatus to, const QString &reason = QString());
    /// The requisition the detail pane shows, as read from the store; none when empty.
    std::optional<Core::Requisition> currentRequisition() const { return m_shown; }
    /// Writes `next` (or, when none, deletes `id`) through the store as a local edit, provided
    /// the stored record still is `expected`; the list and detail follow once the worker
    /// answers. A write refused because the record changed meanwhile marks `id` stale. Used by
    /// RequisitionEditCommand.
    void writeRequisition(const QUuid &id,
                          const std::optional<Core::Requisition> &expected,
                          const std::optional<Core::Requisition> &next);
    /// True when a write of `id` was refused because the record changed elsewhere: undo
    /// commands of it are dropped rather than replayed.
    bool isStale(const QUuid &id) const { return m_stale.contains(id); }
    /// Reports a refused edit in words (message() and editFailed()).
    void refuse(const QString &text);
    /// Whether a first sync has the search index set aside (StoreStatistics): a text search
    /// then finds nothing yet, and the count message says why instead of a bare "0".
    void setSearchIndexPending(bool pending);
    bool isSearchIndexPending() const { return m_searchIndexPending; }

    /// Saves the current filter, search and sort as the view `name` (replacing one so named).
    void saveView(const QString &name);
    /// Applies the saved view `name` in one query; false when there is none.
    bool applyView(const QString &name);
    /// Renames a saved view; false when `from` does not exist or `to` is taken.
    bool renameView(const QString &from, const QString &to);
    /// Deletes a saved view; false when there is none.
    bool deleteView(const QString &name);
    /// The saved views, in menu order.
    QList<SavedView> savedViews() const;

    RequisitionTableModel *model() const { return m_model; }
    RequisitionFilterBar *filterBar() const { return m_filterBar; }
    QTableView *tableView() const { return m_table; }
    RequisitionDetailView *detailView() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    /// The detail pane shows a requisition read from the store.
    void detailShown(const QUuid &id);
    /// The requisition the detail pane now shows, whole (the pay-bands pane follows it).
    void requisitionShown(const Reqdesk::Core::Requisition &requisition);
    /// A message for the status bar.
    void message(const QString &text);
    /// An edit (save or delete) of `id` was stored.
    void requisitionWritten(const QUuid &id);
    /// An edit was refused or failed; `text` says why.
    void editFailed(const QString &text);

private:
    void showColumnMenu(const QPoint &pos);
    void onCurrentChanged();
    void onFound(int requestId, const Core::Requisition &requisition);
    void onFailed(int requestId, const Core::Error &error);
    void onFirstPage();
    void showCount();
    void onWritten(int requestId, bool exists);
    void openEditor(const Core::Requisition &requisition, bool isNew);
    void storeViews(const QList<SavedView> &views);

    Store::DatabaseClient *m_client;
    bool m_searchIndexPending = false;
    RequisitionFilterBar *m_filterBar = nullptr;
    RequisitionTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    RequisitionDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_findRequest = 0;
    QUuid m_pendingSelection;
    QUndoStack *m_undoStack = nullptr;
    Settings *m_settings = nullptr;
    std::optional<Core::Requisition> m_shown;
    QHash<int, QUuid> m_writes; ///< save or delete request → requisition
    QSet<QUuid> m_stale;        ///< writes refused: changed elsewhere
    QUuid m_selectAfterRefresh;
    QPointer<RequisitionEditor> m_editor;
};

} // namespace Reqdesk::Gui
