#pragma once

#include "core/error.h"
#include "core/stage.h"
#include "store/applicationrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

class QTimer;

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

/// Applications of one requisition (or all) with candidate names, as a windowed cache like
/// RequisitionTableModel: rowCount() is the whole result once counted, and only the pages a view
/// reads are held, fetched from the worker by keyset paging (filter and sort in SQL). A far jump
/// loads that page alone (the store's cursorAtRow, then its anchors). At most setCachedPages()
/// pages stay in memory; the ones farthest from the last page read go first. data() reads
/// memory only; a stage move updates its row; refreshWindow() re-reads the window after a sync.
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
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    /// Shows the applications of `requisitionId`, or of all requisitions when none; starts again.
    void setScope(const std::optional<QUuid> &requisitionId);
    std::optional<QUuid> scope() const { return m_scope; }
    /// Rows per page request; takes effect with the next query.
    void setPageSize(int rows);
    /// Rows per page of the current query.
    int pageSize() const { return m_pageSize; }
    /// Pages kept in memory at most (2 or more).
    void setCachedPages(int pages);
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

    /// Rows matching the query once counted; -1 before.
    qint64 totalCount() const { return m_total; }
    /// True when `row` is in memory.
    bool isRowLoaded(int row) const;
    /// Rows held in memory.
    int loadedRowCount() const;
    /// The rows held in memory, ascending (for ApplicationCacheProxy).
    QList<int> loadedRows() const;
    /// True while a page request is outstanding.
    bool isLoading() const { return !m_pageRequests.isEmpty(); }

    /// Row of the application `id`, -1 when not loaded.
    int rowOf(const QUuid &id) const;
    /// The loaded row; nullptr when `id` is not loaded.
    const Store::ApplicationRow *row(const QUuid &id) const;
    /// Replaces a loaded row with a fresher copy (after a move): one dataChanged, no reset.
    void updateRow(const Store::ApplicationRow &row);

    /// Reads the loaded row of `id` again from the store (after a refused move); no-op when
    /// it is not loaded.
    void refreshRow(const QUuid &id);
    /// Applications changed in the store (a sync round): counts again and re-reads the pages
    /// around the last one read, without a reset (rows stay where they are until their page
    /// answers; rows past the new end are removed). Where `ids` sort now is answered by
    /// windowRefreshed().
    void refreshWindow(const QList<QUuid> &ids = {});

    /// Translated stage name: "Recruiter screen", "Hired"...
    static QString stageText(Core::Stage stage);

signals:
    /// The first page of a scope arrived (possibly empty).
    void firstPageArrived();
    /// A page is in memory: rows [first, first + rows).
    void pageArrived(int first, int rows);
    /// A page left memory (the cache limit, a refresh or a shorter result).
    void pageEvicted(int first, int rows);
    void totalCountChanged(qint64 count);
    /// Where the ids given to refreshWindow() are now (-1: gone or filtered out), in order.
    void windowRefreshed(const QList<qint64> &rows);
    void loadFailed(const Reqdesk::Core::Error &error);

private:
    struct Page
    {
        QList<Store::ApplicationRow> rows;
        int counted = 0; ///< m_counts when it arrived
    };

    void restart();
    void requestPage(int page);
    void flushWanted();
    void setRowCount(qint64 rows);
    void dropPage(int page);
    void evict(int keep);
    const Store::ApplicationRow *rowAt(int row) const;
    void onPage(int requestId, const Store::ApplicationRowPage &page);
    void onCount(int requestId, qint64 count);
    void onAnchors(int requestId, const QList<Store::PageCursor> &anchors);
    void onRowsFound(int requestId, const QList<qint64> &rows);
    void onMoved(int requestId, const Store::ApplicationRow &row, const Core::StageEvent &event);
    void onFound(int requestId, const Store::ApplicationRow &row);
    void onFailed(int requestId, const Core::Error &error);

    Store::DatabaseClient *m_client;
    QList<int> m_refreshes; ///< row refreshes in flight
    std::optional<QUuid> m_scope;
    Store::ApplicationQuery m_query;
    bool m_started = false; ///< setScope() was called: filter and sort run queries
    int m_pageSize = 200;
    int m_nextPageSize = 200;
    int m_cachedPages = 64;
    int m_rowCount = 0;
    qint64 m_total = -1;
    bool m_firstArrived = false;
    QHash<int, Page> m_pages;                   ///< page index → rows
    QHash<int, Store::PageCursor> m_pageStarts; ///< page index → cursor after its previous row
    QList<Store::PageCursor> m_anchors;         ///< element k starts page k + 1
    QHash<int, int> m_pageRequests;             ///< request id → page index
    int m_countRequest = 0;
    int m_counts = 0; ///< counts answered so far
    int m_anchorsRequest = 0;
    int m_rowsRequest = 0;
    mutable QSet<int> m_wanted;  ///< pages data() was asked for and does not have
    mutable int m_focusPage = 0; ///< the page read last: eviction keeps its neighbours
    QTimer *m_fetchTimer = nullptr;
};

} // namespace Reqdesk::Gui
