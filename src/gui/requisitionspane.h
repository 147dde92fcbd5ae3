#pragma once

#include "core/error.h"
#include "core/requisition.h"

#include <QWidget>

class QSplitter;
class QTableView;

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

class RequisitionDetailView;
class RequisitionFilterBar;
class RequisitionTableModel;
class Settings;

/// Browse requisitions: the filter bar, the lazily paged table and the detail of the current
/// row, which is read with DatabaseClient::find() when the current row changes.
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

private:
    void showColumnMenu(const QPoint &pos);
    void onCurrentChanged();
    void onFound(int requestId, const Core::Requisition &requisition);
    void onFailed(int requestId, const Core::Error &error);
    void onFirstPage();

    Store::DatabaseClient *m_client;
    RequisitionFilterBar *m_filterBar = nullptr;
    RequisitionTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    RequisitionDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_findRequest = 0;
    QUuid m_pendingSelection;
};

} // namespace Reqdesk::Gui
