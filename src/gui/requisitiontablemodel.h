#pragma once

#include "core/error.h"
#include "store/requisitionquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <optional>

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

/// The requisitions list: pages of Store::RequisitionSummary fetched lazily from the database
/// worker (keyset paging; filter and sort run in SQL). data() reads memory only.
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Runs a new query in that order (SQL); columns without an index (location, hiring
    /// manager) keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the filter and starts again from the first page. Pages of the previous query
    /// that arrive later are dropped by request id.
    void setFilter(const Store::RequisitionFilter &filter);
    /// Reruns the current query (after an import).
    void refresh();

    /// The current query (filter, order; no cursor).
    Store::RequisitionQuery query() const;
    /// Rows matching the filter, once the count arrived; -1 before.
    qint64 totalCount() const;
    /// The id of `row`; null when out of range.
    QUuid idAt(int row) const;
    /// The row of `id` among the loaded rows; -1 when not loaded.
    int rowOf(const QUuid &id) const;
    /// True while a page request is outstanding.
    bool isLoading() const;
    /// Rows per page request.
    void setPageSize(int rows);
    /// The model column for a store sort column.
    static int columnFor(Store::SortColumn sort);
    /// The store sort column for a model column, if that column can be sorted in SQL.
    static std::optional<Store::SortColumn> sortColumnFor(int column);

signals:
    /// The first page of a new query is in the model (possibly empty).
    void firstPageArrived();
    /// A page was appended.
    void pageArrived(int rows);
    void totalCountChanged(qint64 count);
    /// A request of the current query failed; the rows loaded so far stay.
    void loadFailed(const Reqdesk::Core::Error &error);

private:
    void restart();
    void requestPage();
    void onPage(int requestId, const Store::RequisitionPage &page);
    void onCount(int requestId, qint64 count);
    void onFailed(int requestId, const Core::Error &error);
    QVariant displayValue(const Store::RequisitionSummary &row, int column) const;
    QVariant sortValue(const Store::RequisitionSummary &row, int column) const;

    Store::DatabaseClient *m_client;
    Store::RequisitionQuery m_query;
    QList<Store::RequisitionSummary> m_rows;
    std::optional<Store::PageCursor> m_next;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_firstArrived = false;
    int m_pageRequest = 0;
    int m_countRequest = 0;
    int m_pageSize = 200;
    qint64 m_total = -1;
    QLocale m_locale;
};

} // namespace Reqdesk::Gui
