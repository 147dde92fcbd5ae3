#pragma once

#include "core/error.h"
#include "core/stage.h"
#include "store/applicationrepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

/// Applications of one requisition (or all) with candidate names, appended page by page from
/// the worker with keyset cursors. Filter (stages, text) and sort run in SQL, so the list can be
/// large; a new filter or order starts again from the first page. data() reads memory only; a
/// stage move updates its row.
class ApplicationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationTableModel)

public:
    enum Column {
        CandidateColumn,
        RequisitionColumn,
        StageColumn,
        AppliedColumn,
        LastMoveColumn,
        ExpectedSalaryColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role : int {
        IdRole = Qt::UserRole + 1, ///< QUuid of the application
        SortRole,                  ///< raw value of the cell (date, enum, minor units)
        StageRole,                 ///< Core::Stage as int
        CandidateNameRole,         ///< the candidate's name, whatever the column
        RequisitionIdRole,         ///< QUuid of the requisition
    };

    /// MIME type of dragged applications: their ids, one per line.
    static QString mimeType();

    /// `client` must outlive the model.
    explicit ApplicationTableModel(Store::DatabaseClient *client, QObject *parent = nullptr);
    ~ApplicationTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    /// Shows the applications of `requisitionId`, or of all requisitions when none; starts again.
    void setScope(const std::optional<QUuid> &requisitionId);
    std::optional<QUuid> scope() const { return m_scope; }
    /// Rows per page request.
    void setPageSize(int rows);
    /// Shows only applications in `stages` (empty: all) whose candidate name or requisition
    /// title contains `text`; starts again (before the first setScope() it is only recorded).
    void setFilter(const QList<Core::Stage> &stages, const QString &text);
    /// Runs a new query in that order (SQL; recorded only before the first setScope()). Every
    /// column sorts on its raw value: stage in pipeline order, dates, salary in minor units.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The current query (scope, filter, order; no cursor).
    Store::ApplicationQuery query() const;
    /// The model column of a store sort, and back.
    static int columnFor(Store::ApplicationSort sort);
    static Store::ApplicationSort sortFor(int column);

    /// Row of the application `id`, -1 when not loaded.
    int rowOf(const QUuid &id) const;
    /// The loaded row; nullptr when `id` is not loaded.
    const Store::ApplicationRow *row(const QUuid &id) const;
    /// Replaces a loaded row with a fresher copy (after a move): one dataChanged, no reset.
    void updateRow(const Store::ApplicationRow &row);

    /// Reads the loaded row of `id` again from the store (after a refused move); no-op when
    /// it is not loaded.
    void refreshRow(const QUuid &id);

    /// Translated stage name: "Recruiter screen", "Hired"...
    static QString stageText(Core::Stage stage);

signals:
    /// The first page of a scope arrived (possibly empty).
    void firstPageArrived();
    /// Rows [first, first + rows) were appended.
    void pageArrived(int first, int rows);
    void loadFailed(const Reqdesk::Core::Error &error);

private:
    void restart();
    void request();
    void onPage(int requestId, const Store::ApplicationRowPage &page);
    void onMoved(int requestId, const Store::ApplicationRow &row, const Core::StageEvent &event);
    void onFound(int requestId, const Store::ApplicationRow &row);
    void onFailed(int requestId, const Core::Error &error);

    Store::DatabaseClient *m_client;
    QList<int> m_refreshes; ///< row refreshes in flight
    std::optional<QUuid> m_scope;
    Store::ApplicationQuery m_query;
    QList<Store::ApplicationRow> m_rows;
    QHash<QUuid, int> m_index;
    std::optional<Store::PageCursor> m_next;
    bool m_atEnd = true;
    int m_pending = 0; ///< the page request in flight, 0 when none
    bool m_first = true;
    int m_pageSize = 200;
};

} // namespace Reqdesk::Gui
