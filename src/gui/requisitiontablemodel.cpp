#include "gui/requisitiontablemodel.h"

#include "gui/displaytext.h"
#include "gui/guilogging.h"
#include "store/databaseclient.h"

#include <QScopeGuard>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Reqdesk::Gui {

using Store::RequisitionSummary;
using Store::SortColumn;

RequisitionTableModel::RequisitionTableModel(Store::DatabaseClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(m_client, &Store::DatabaseClient::pageReady, this, &RequisitionTableModel::onPage);
    connect(m_client, &Store::DatabaseClient::countReady, this, &RequisitionTableModel::onCount);
    connect(m_client,
            &Store::DatabaseClient::anchorsReady,
            this,
            &RequisitionTableModel::onAnchors);
    connect(m_client, &Store::DatabaseClient::rowsFound, this, &RequisitionTableModel::onRowsFound);
    // Coalesces the pages one paint asks for into requests made once the paint is over.
    m_fetchTimer = new QTimer(this);
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(0);
    connect(m_fetchTimer, &QTimer::timeout, this, &RequisitionTableModel::flushWanted);
    connect(m_client, &Store::DatabaseClient::failed, this, &RequisitionTableModel::onFailed);
}

RequisitionTableModel::~RequisitionTableModel() = default;

int RequisitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RequisitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequisitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequisitionSummary *loaded = rowAt(index.row());
    if (!loaded) {
        m_wanted.insert(index.row() / m_pageSize);
        if (!m_fetchTimer->isActive())
            m_fetchTimer->start();
        if (role == Qt::DisplayRole && index.column() == TitleColumn)
            return tr("Loading…");
        return {};
    }
    const RequisitionSummary &row = *loaded;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return row.title;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PayMinColumn || index.column() == PayMaxColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case SortRole:
        return sortValue(row, index.column());
    case StatusRole:
        return int(row.status);
    case CurrencyRole:
        return row.payCurrency;
    default:
        return {};
    }
}

QVariant RequisitionTableModel::displayValue(const RequisitionSummary &row, int column) const
{
    switch (column) {
    case TitleColumn:
        return row.title;
    case CompanyColumn:
        return row.company;
    case OrgColumn:
        return row.org;
    case LevelColumn:
        return row.level;
    case StatusColumn:
        return DisplayText::status(row.status);
    case LocationColumn:
        return row.firstLocation;
    case HiringManagerColumn:
        return row.hiringManager;
    case PayMinColumn:
        return row.payCurrency.isEmpty()
                       ? QString()
                       : DisplayText::money(row.payMin, row.payCurrency, m_locale);
    case PayMaxColumn:
        return row.payCurrency.isEmpty()
                       ? QString()
                       : DisplayText::money(row.payMax, row.payCurrency, m_locale);
    case UpdatedColumn:
        return m_locale.toString(row.updatedAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant RequisitionTableModel::sortValue(const RequisitionSummary &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(row.status);
    case PayMinColumn:
        return row.payMin;
    case PayMaxColumn:
        return row.payMax;
    case UpdatedColumn:
        return row.updatedAt;
    default:
        return displayValue(row, column);
    }
}

QVariant RequisitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CompanyColumn:
        return tr("Company");
    case OrgColumn:
        return tr("Organisation");
    case LevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    case HiringManagerColumn:
        return tr("Hiring manager");
    case PayMinColumn:
        return tr("Pay from (year)");
    case PayMaxColumn:
        return tr("Pay to (year)");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

void RequisitionTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = sortColumnFor(column);
    if (!sortColumn)
        return;
    const bool started = m_countRequest != 0 || m_firstArrived || !m_pageRequests.isEmpty();
    if (started && m_query.sort == *sortColumn && m_query.order == order)
        return;
    m_query.sort = *sortColumn;
    m_query.order = order;
    // Before the first query this only records the order.
    if (started)
        restart();
}

QHash<int, QByteArray> RequisitionTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SortRole, "sortValue");
    names.insert(StatusRole, "status");
    names.insert(CurrencyRole, "currency");
    return names;
}

void RequisitionTableModel::setFilter(const Store::RequisitionFilter &filter)
{
    m_query.filter = filter;
    restart();
}

void RequisitionTableModel::setQuery(const Store::RequisitionQuery &query)
{
    m_query.filter = query.filter;
    m_query.sort = query.sort;
    m_query.order = query.order;
    restart();
}

void RequisitionTableModel::refresh()
{
    restart();
}

void RequisitionTableModel::refreshRows(const QList<QUuid> &ids)
{
    if (m_total < 0 || !m_firstArrived) {
        // Nothing settled yet: starting again cannot be wrong.
        restart();
        return;
    }
    // An edit can move a row anywhere in the order (the updated column, a new title): every
    // cached page and cursor may be stale. The row count stays until the new count answers.
    QList<int> loaded = m_pages.keys();
    std::sort(loaded.begin(), loaded.end(), [this](int a, int b) {
        return m_pages.value(a).lastUse > m_pages.value(b).lastUse;
    });
    m_pages.clear();
    m_pageStarts.clear();
    m_anchors.clear();
    m_wanted.clear();
    m_pageRequests.clear();
    m_anchorsRequest = 0;
    m_insertRequest = 0;
    m_countRequest = m_client->count(m_query.filter);
    m_refreshRequest = ids.isEmpty() ? 0 : m_client->rowsOf(query(), ids);
    // The pages someone was looking at come back first (at most a screenful or two).
    if (!loaded.contains(0))
        loaded.prepend(0);
    for (int page : std::as_const(loaded).first(qMin<qsizetype>(loaded.size(), 4)))
        requestPage(page);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

void RequisitionTableModel::insertRequisitions(const QList<QUuid> &ids)
{
    if (ids.isEmpty())
        return;
    if (m_total < 0 || !m_firstArrived) {
        // The first page or the count is still on its way: nothing settled to insert into.
        restart();
        return;
    }
    m_insertRequest = m_client->rowsOf(query(), ids);
}

Store::RequisitionQuery RequisitionTableModel::query() const
{
    Store::RequisitionQuery q = m_query;
    q.after.reset();
    return q;
}

qint64 RequisitionTableModel::totalCount() const
{
    return m_total;
}

QUuid RequisitionTableModel::idAt(int row) const
{
    const RequisitionSummary *summary = rowAt(row);
    return summary ? summary->id : QUuid();
}

int RequisitionTableModel::rowOf(const QUuid &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == id)
                return it.key() * m_pageSize + i;
        }
    }
    return -1;
}

bool RequisitionTableModel::isRowLoaded(int row) const
{
    return rowAt(row) != nullptr;
}

int RequisitionTableModel::loadedRowCount() const
{
    int rows = 0;
    for (const Page &page : m_pages)
        rows += int(page.rows.size());
    return rows;
}

bool RequisitionTableModel::isLoading() const
{
    return !m_pageRequests.isEmpty();
}

void RequisitionTableModel::setPageSize(int rows)
{
    // Page indices of the loaded rows depend on the size: it changes with the next query.
    m_nextPageSize = qMax(1, rows);
}

void RequisitionTableModel::setCachedPages(int pages)
{
    m_cachedPages = qMax(2, pages);
}

const RequisitionSummary *RequisitionTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend() || row % m_pageSize >= it->rows.size())
        return nullptr;
    // Recency for eviction: a page on screen is read on every paint.
    const_cast<Page &>(*it).lastUse = ++m_useClock;
    return &it->rows.at(row % m_pageSize);
}

int RequisitionTableModel::columnFor(SortColumn sort)
{
    switch (sort) {
    case SortColumn::Title:
        return TitleColumn;
    case SortColumn::Company:
        return CompanyColumn;
    case SortColumn::Org:
        return OrgColumn;
    case SortColumn::Level:
        return LevelColumn;
    case SortColumn::Status:
        return StatusColumn;
    case SortColumn::Updated:
        return UpdatedColumn;
    case SortColumn::PayMin:
        return PayMinColumn;
    case SortColumn::PayMax:
        return PayMaxColumn;
    }
    return UpdatedColumn;
}

std::optional<SortColumn> RequisitionTableModel::sortColumnFor(int column)
{
    switch (column) {
    case TitleColumn:
        return SortColumn::Title;
    case CompanyColumn:
        return SortColumn::Company;
    case OrgColumn:
        return SortColumn::Org;
    case LevelColumn:
        return SortColumn::Level;
    case StatusColumn:
        return SortColumn::Status;
    case UpdatedColumn:
        return SortColumn::Updated;
    case PayMinColumn:
        return SortColumn::PayMin;
    case PayMaxColumn:
        return SortColumn::PayMax;
    default:
        return std::nullopt;
    }
}

void RequisitionTableModel::restart()
{
    {
        beginResetModel();
        const auto guard = qScopeGuard([this] { endResetModel(); });
        m_pageSize = m_nextPageSize;
        m_pages.clear();
        m_pageStarts.clear();
        m_anchors.clear();
        m_wanted.clear();
        m_rowCount = 0;
        m_total = -1;
        m_firstArrived = false;
        // Answers to the previous query's requests no longer match these ids: dropped.
        m_pageRequests.clear();
        m_countRequest = 0;
        m_anchorsRequest = 0;
        m_insertRequest = 0;
        m_refreshRequest = 0;
    }
    // The first rows first (P4: first rows on screen), then the count behind them.
    requestPage(0);
    m_countRequest = m_client->count(m_query.filter);
}

void RequisitionTableModel::requestPage(int page)
{
    for (int requested : std::as_const(m_pageRequests)) {
        if (requested == page)
            return;
    }
    Store::RequisitionQuery q = m_query;
    q.limit = m_pageSize;
    int id = 0;
    if (page == 0) {
        q.after.reset();
        id = m_client->fetchPage(q);
    } else if (const auto start = m_pageStarts.constFind(page); start != m_pageStarts.cend()) {
        q.after = *start; // the page before ended here: the next keyset page
        id = m_client->fetchPage(q);
    } else if (page - 1 < m_anchors.size()) {
        q.after = m_anchors.at(page - 1);
        id = m_client->fetchPage(q);
    } else {
        // No cursor: the store steps there through the sort index once (cursorAtRow).
        id = m_client->fetchPageAtRow(q, qint64(page) * m_pageSize);
        // Someone jumps around: fetch the anchors behind this page, so later jumps are one
        // short seek. Not before, so typing in the search box never queues a full index pass.
        if (m_anchors.isEmpty() && m_anchorsRequest == 0) {
            q.limit = m_pageSize;
            m_anchorsRequest = m_client->anchors(q, m_pageSize);
        }
    }
    m_pageRequests.insert(id, page);
}

void RequisitionTableModel::flushWanted()
{
    const QSet<int> wanted = std::exchange(m_wanted, {});
    for (int page : wanted) {
        if (!m_pages.contains(page) && qint64(page) * m_pageSize < m_rowCount)
            requestPage(page);
    }
}

void RequisitionTableModel::setRowCount(qint64 rows)
{
    const int target = int(qMin<qint64>(rows, INT_MAX));
    if (target > m_rowCount) {
        beginInsertRows({}, m_rowCount, target - 1);
        m_rowCount = target;
        endInsertRows();
    } else if (target < m_rowCount) {
        beginRemoveRows({}, target, m_rowCount - 1);
        m_rowCount = target;
        endRemoveRows();
    }
}

void RequisitionTableModel::evict()
{
    while (m_pages.size() > m_cachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void RequisitionTableModel::onPage(int requestId, const Store::RequisitionPage &page)
{
    const auto request = m_pageRequests.constFind(requestId);
    if (request == m_pageRequests.cend())
        return;
    const int index = *request;
    m_pageRequests.erase(request);
    if (page.next)
        m_pageStarts.insert(index + 1, *page.next);
    const int first = index * m_pageSize;
    m_pages.insert(index, Page{page.rows, ++m_useClock});
    const int end = first + int(page.rows.size());
    if (m_total < 0 && end > m_rowCount) {
        // Before the count: the rows known so far.
        setRowCount(end);
    } else if (const int last = qMin(end, m_rowCount); last > first) {
        emit dataChanged(this->index(first, 0), this->index(last - 1, ColumnCount - 1));
    }
    evict();
    emit pageArrived(first, int(page.rows.size()));
    if (!m_firstArrived) {
        m_firstArrived = true;
        emit firstPageArrived();
    }
}

void RequisitionTableModel::onCount(int requestId, qint64 count)
{
    if (requestId != m_countRequest)
        return;
    m_countRequest = 0;
    m_total = count;
    setRowCount(count);
    emit totalCountChanged(count);
}

void RequisitionTableModel::onAnchors(int requestId, const QList<Store::PageCursor> &anchors)
{
    if (requestId != m_anchorsRequest)
        return;
    m_anchorsRequest = 0;
    m_anchors = anchors;
}

void RequisitionTableModel::onRowsFound(int requestId, const QList<qint64> &rows)
{
    if (requestId != 0 && requestId == m_refreshRequest) {
        m_refreshRequest = 0;
        emit rowsRefreshed(rows);
        return;
    }
    if (requestId != m_insertRequest)
        return;
    m_insertRequest = 0;
    QList<int> positions;
    for (qint64 row : rows) {
        if (row >= 0)
            positions << int(qMin<qint64>(row, INT_MAX));
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    if (positions.isEmpty()) {
        emit requisitionsInserted({});
        return;
    }
    // Rows above the first new one are unchanged, and so is the cursor that starts its page.
    // From that page on, rows, cursors and outstanding requests describe the old order.
    const int firstPage = positions.constFirst() / m_pageSize;
    m_pages.removeIf([firstPage](const auto &it) { return it.key() >= firstPage; });
    m_pageStarts.removeIf([firstPage](const auto &it) { return it.key() > firstPage; });
    m_pageRequests.removeIf([firstPage](const auto &it) { return it.value() >= firstPage; });
    if (m_anchors.size() > firstPage)
        m_anchors.resize(firstPage);
    // Ascending final positions: each insert lands where the store said.
    for (int position : std::as_const(positions)) {
        const int at = qMin(position, m_rowCount);
        beginInsertRows({}, at, at);
        ++m_rowCount;
        endInsertRows();
    }
    m_total += positions.size();
    emit totalCountChanged(m_total);
    emit requisitionsInserted(positions);
}

void RequisitionTableModel::onFailed(int requestId, const Core::Error &error)
{
    if (m_pageRequests.remove(requestId) > 0 || requestId == m_countRequest) {
        if (requestId == m_countRequest)
            m_countRequest = 0;
        qCWarning(lcGui) << "requisition list request failed:" << error.message();
        emit loadFailed(error);
    } else if (requestId != 0 && requestId == m_refreshRequest) {
        m_refreshRequest = 0;
        emit rowsRefreshed({});
    } else if (requestId == m_insertRequest) {
        // Where the new rows go is unknown: start again, which cannot be wrong.
        m_insertRequest = 0;
        restart();
    } else if (requestId == m_anchorsRequest) {
        // Jumps still work through cursorAtRow; only slower.
        m_anchorsRequest = 0;
        qCWarning(lcGui) << "requisition anchors failed:" << error.message();
    }
}

} // namespace Reqdesk::Gui
