#pragma once

#include "core/error.h"
#include "store/requisitionquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

#include <optional>

class QTimer;

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

/// The requisitions list as a windowed cache: rowCount() is the whole result (once counted), and
/// only the pages someone looks at are held in memory, fetched from the database worker by
/// keyset paging (filter and sort run in SQL). A far jump (scroll bar to the end, Ctrl+End)
/// loads that page alone: the first through the store's cursorAtRow(), later ones through the
/// anchors fetched right after it. data() reads memory only; for a row not loaded yet it
/// returns nothing and notes the page, which is requested once control returns to the event
/// loop.
class RequisitionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequisitionTableModel)

public:
    enum Column {
        TitleColumn,
        CompanyColumn,
        OrgColumn,
        LevelColumn,
        StatusColumn,
        LocationColumn,
        HiringManagerColumn,
        PayMinColumn,
        PayMaxColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role : int {
        IdRole = Qt::UserRole + 1, ///< QUuid of the requisition
        SortRole,                  ///< raw value of the cell (minor units, enum, date)
        StatusRole,                ///< Core::RequisitionStatus as int
        CurrencyRole,              ///< ISO code of the pay columns
    };

    /// Shows nothing until setFilter() or refresh() is called.
    explicit RequisitionTableModel(Store::DatabaseClient *client, QObject *parent = nullptr);
    ~RequisitionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Runs a new query in that order (SQL); columns without an index (location, hiring
    /// manager) keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the filter and starts again from the first page. Pages of the previous query
    /// that arrive later are dropped by request id.
    void setFilter(const Store::RequisitionFilter &filter);
    /// Replaces filter and order at once (a saved view): one new query.
    void setQuery(const Store::RequisitionQuery &query);
    /// Reruns the current query from the top (a reset).
    void refresh();
    /// Requisitions were edited or deleted: drops the cached pages without a reset (the scroll
    /// position and row numbers stay), counts again, reloads the pages that were in memory and
    /// asks where `ids` sort now. Answered by rowsRefreshed().
    void refreshRows(const QList<QUuid> &ids);
    /// New requisitions were saved: asks the store where they sort in this query and inserts
    /// those that match as rows (a delta, no reset); the rows above the first of them stay in
    /// memory. Answered by requisitionsInserted().
    void insertRequisitions(const QList<QUuid> &ids);

    /// The current query (filter, order; no cursor).
    Store::RequisitionQuery query() const;
    /// Rows matching the filter, once the count arrived; -1 before.
    qint64 totalCount() const;
    /// The id of `row`; null when out of range.
    QUuid idAt(int row) const;
    /// The row of `id` among the loaded rows; -1 when not loaded.
    int rowOf(const QUuid &id) const;
    /// True when `row` is in memory.
    bool isRowLoaded(int row) const;
    /// Rows held in memory.
    int loadedRowCount() const;
    /// True while a page request is outstanding.
    bool isLoading() const;
    /// Rows per page request; takes effect with the next query.
    void setPageSize(int rows);
    /// Pages kept in memory at most; the least recently read go first.
    void setCachedPages(int pages);
    /// The model column for a store sort column.
    static int columnFor(Store::SortColumn sort);
    /// The store sort column for a model column, if that column can be sorted in SQL.
    static std::optional<Store::SortColumn> sortColumnFor(int column);

signals:
    /// The first page of a new query is in the model (possibly empty).
    void firstPageArrived();
    /// A page is in memory: `first` is its first row.
    void pageArrived(int first, int rows);
    void totalCountChanged(qint64 count);
    /// Rows insertRequisitions() added, ascending; empty when none matches the filter.
    void requisitionsInserted(const QList<int> &rows);
    /// Where the ids given to refreshRows() are now (-1: deleted or filtered out), in order.
    void rowsRefreshed(const QList<qint64> &rows);
    /// A request of the current query failed; the rows loaded so far stay.
    void loadFailed(const Reqdesk::Core::Error &error);

private:
    void restart();
    void requestPage(int page);
    void flushWanted();
    void setRowCount(qint64 rows);
    void evict();
    const Store::RequisitionSummary *rowAt(int row) const;
    void onPage(int requestId, const Store::RequisitionPage &page);
    void onCount(int requestId, qint64 count);
    void onAnchors(int requestId, const QList<Store::PageCursor> &anchors);
    void onRowsFound(int requestId, const QList<qint64> &rows);
    void onFailed(int requestId, const Core::Error &error);
    QVariant displayValue(const Store::RequisitionSummary &row, int column) const;
    QVariant sortValue(const Store::RequisitionSummary &row, int column) const;

    struct Page
    {
        QList<Store::RequisitionSummary> rows;
        quint64 lastUse = 0;
    };

    Store::DatabaseClient *m_client;
    Store::RequisitionQuery m_query;
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
    int m_anchorsRequest = 0;
    int m_insertRequest = 0;
    int m_refreshRequest = 0;
    mutable QSet<int> m_wanted; ///< pages data() was asked for and does not have
    mutable quint64 m_useClock = 0;
    QTimer *m_fetchTimer = nullptr;
    QLocale m_locale;
};

} // namespace Reqdesk::Gui
