#include "gui/requisitiontablemodel.h"

#include "gui/displaytext.h"
#include "gui/guilogging.h"
#include "store/databaseclient.h"

#include <QScopeGuard>

namespace Reqdesk::Gui {

using Store::RequisitionSummary;
using Store::SortColumn;

RequisitionTableModel::RequisitionTableModel(Store::DatabaseClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(m_client, &Store::DatabaseClient::pageReady, this, &RequisitionTableModel::onPage);
    connect(m_client, &Store::DatabaseClient::countReady, this, &RequisitionTableModel::onCount);
    connect(m_client, &Store::DatabaseClient::failed, this, &RequisitionTableModel::onFailed);
}

RequisitionTableModel::~RequisitionTableModel() = default;

int RequisitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequisitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequisitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequisitionSummary &row = m_rows.at(index.row());
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

bool RequisitionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_atEnd;
}

void RequisitionTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_pageRequest != 0)
        return;
    requestPage();
}

void RequisitionTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = sortColumnFor(column);
    if (!sortColumn)
        return;
    if (m_started && m_query.sort == *sortColumn && m_query.order == order)
        return;
    m_query.sort = *sortColumn;
    m_query.order = order;
    // Before the first query this only records the order.
    if (m_started)
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

void RequisitionTableModel::refresh()
{
    restart();
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
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QUuid();
}

int RequisitionTableModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

bool RequisitionTableModel::isLoading() const
{
    return m_pageRequest != 0;
}

void RequisitionTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
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
        m_rows.clear();
        m_next.reset();
        m_atEnd = false;
        m_started = true;
        m_total = -1;
        m_firstArrived = false;
        // Answers to the previous query's requests no longer match these ids: dropped.
        m_pageRequest = 0;
        m_countRequest = 0;
    }
    requestPage();
    m_countRequest = m_client->count(m_query.filter);
}

void RequisitionTableModel::requestPage()
{
    Store::RequisitionQuery q = m_query;
    q.after = m_next;
    q.limit = m_pageSize;
    m_pageRequest = m_client->fetchPage(q);
}

void RequisitionTableModel::onPage(int requestId, const Store::RequisitionPage &page)
{
    if (requestId != m_pageRequest)
        return;
    m_pageRequest = 0;
    const bool first = !m_firstArrived;
    m_firstArrived = true;
    // The cursor moves before the insert: a view may call fetchMore() from rowsInserted.
    m_next = page.next;
    m_atEnd = !page.next.has_value();
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows.append(page.rows);
        endInsertRows();
    }
    emit pageArrived(int(page.rows.size()));
    if (first)
        emit firstPageArrived();
}

void RequisitionTableModel::onCount(int requestId, qint64 count)
{
    if (requestId != m_countRequest)
        return;
    m_countRequest = 0;
    m_total = count;
    emit totalCountChanged(count);
}

void RequisitionTableModel::onFailed(int requestId, const Core::Error &error)
{
    if (requestId == m_pageRequest) {
        m_pageRequest = 0;
        m_atEnd = true; // no retry loop from the view's fetchMore
        qCWarning(lcGui) << "requisition page failed:" << error.message();
        emit loadFailed(error);
    } else if (requestId == m_countRequest) {
        m_countRequest = 0;
        emit loadFailed(error);
    }
}

} // namespace Reqdesk::Gui
