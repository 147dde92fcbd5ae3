#include "gui/applicationtablemodel.h"

#include "gui/displaytext.h"
#include "gui/guilogging.h"
#include "store/databaseclient.h"

#include <QLocale>
#include <QMimeData>
#include <QScopeGuard>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace Reqdesk::Gui {

using Core::Stage;

QString ApplicationTableModel::mimeType()
{
    return QStringLiteral("application/x-reqdesk-application-ids");
}

ApplicationTableModel::ApplicationTableModel(Store::DatabaseClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(m_client,
            &Store::DatabaseClient::applicationsReady,
            this,
            &ApplicationTableModel::onPage);
    connect(m_client, &Store::DatabaseClient::stageMoved, this, &ApplicationTableModel::onMoved);
    connect(m_client,
            &Store::DatabaseClient::applicationFound,
            this,
            &ApplicationTableModel::onFound);
    connect(m_client, &Store::DatabaseClient::countReady, this, &ApplicationTableModel::onCount);
    connect(m_client,
            &Store::DatabaseClient::anchorsReady,
            this,
            &ApplicationTableModel::onAnchors);
    connect(m_client, &Store::DatabaseClient::rowsFound, this, &ApplicationTableModel::onRowsFound);
    connect(m_client, &Store::DatabaseClient::failed, this, &ApplicationTableModel::onFailed);
    // Coalesces the pages one paint asks for into requests made once the paint is over.
    m_fetchTimer = new QTimer(this);
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(0);
    connect(m_fetchTimer, &QTimer::timeout, this, &ApplicationTableModel::flushWanted);
}

ApplicationTableModel::~ApplicationTableModel() = default;

QString ApplicationTableModel::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Applied:
        return tr("Applied");
    case Stage::RecruiterScreen:
        return tr("Recruiter screen");
    case Stage::HiringManagerScreen:
        return tr("Hiring manager screen");
    case Stage::Onsite:
        return tr("Onsite");
    case Stage::Offer:
        return tr("Offer");
    case Stage::Hired:
        return tr("Hired");
    case Stage::Rejected:
        return tr("Rejected");
    case Stage::Withdrawn:
        return tr("Withdrawn");
    }
    return QString();
}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::ApplicationRow *loaded = rowAt(index.row());
    if (!loaded) {
        m_wanted.insert(index.row() / m_pageSize);
        if (!m_fetchTimer->isActive())
            m_fetchTimer->start();
        if (role == Qt::DisplayRole && index.column() == CandidateColumn)
            return tr("Loading…");
        return {};
    }
    const Store::ApplicationRow &r = *loaded;
    const Core::Application &a = r.application;
    switch (role) {
    case IdRole:
        return a.id;
    case StageRole:
        return int(a.stage);
    case CandidateNameRole:
        return r.candidateName;
    case RequisitionIdRole:
        return a.requisitionId;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CandidateColumn:
            return r.candidateName;
        case RequisitionColumn:
            return r.requisitionTitle;
        case StageColumn:
            return a.exitReason.isEmpty() || role == Qt::DisplayRole
                           ? stageText(a.stage)
                           : stageText(a.stage) + QStringLiteral(": ") + a.exitReason;
        case AppliedColumn:
            return QLocale().toString(a.appliedAt.toLocalTime(), QLocale::ShortFormat);
        case LastMoveColumn:
            return a.stageChangedAt.isValid() ? QLocale().toString(a.stageChangedAt.toLocalTime(),
                                                                   QLocale::ShortFormat)
                                              : QString();
        case ExpectedSalaryColumn:
            return a.expectedSalary
                           ? DisplayText::money(a.expectedSalary->minor, a.expectedSalary->currency)
                                     + u' ' + DisplayText::period(a.expectedSalary->period)
                           : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case CandidateColumn:
            return r.candidateName;
        case RequisitionColumn:
            return r.requisitionTitle;
        case StageColumn:
            return int(a.stage);
        case AppliedColumn:
            return a.appliedAt;
        case LastMoveColumn:
            return a.stageChangedAt;
        case ExpectedSalaryColumn:
            return a.expectedSalary ? QVariant(a.expectedSalary->minor) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ExpectedSalaryColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CandidateColumn:
        return tr("Candidate");
    case RequisitionColumn:
        return tr("Requisition");
    case StageColumn:
        return tr("Stage");
    case AppliedColumn:
        return tr("Applied", "column header: date applied");
    case LastMoveColumn:
        return tr("Last move");
    case ExpectedSalaryColumn:
        return tr("Expected salary");
    }
    return {};
}

Qt::ItemFlags ApplicationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList ApplicationTableModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ApplicationTableModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = i.data(IdRole).toUuid().toString(QUuid::WithoutBraces);
        if (!ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ids.join(u'\n').toUtf8());
    return mime;
}

Qt::DropActions ApplicationTableModel::supportedDragActions() const
{
    // A drop onto a stage column copies: rows are never removed by a drag, the store decides.
    return Qt::CopyAction | Qt::MoveAction;
}

void ApplicationTableModel::setScope(const std::optional<QUuid> &requisitionId)
{
    m_scope = requisitionId;
    m_query.filter.requisitionId = requisitionId;
    m_started = true;
    restart();
}

void ApplicationTableModel::setFilter(const QList<Stage> &stages, const QString &text)
{
    m_query.filter.stages = stages;
    m_query.filter.text = text.trimmed();
    // Before the first scope the filter is only recorded.
    if (m_started)
        restart();
}

void ApplicationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const Store::ApplicationSort sort = sortFor(column);
    if (sort == m_query.sort && order == m_query.order)
        return;
    m_query.sort = sort;
    m_query.order = order;
    // Before the first scope there is nothing to reload: the order is only recorded.
    if (m_started)
        restart();
}

Store::ApplicationQuery ApplicationTableModel::query() const
{
    Store::ApplicationQuery q = m_query;
    q.after.reset();
    q.limit = m_pageSize;
    return q;
}

int ApplicationTableModel::columnFor(Store::ApplicationSort sort)
{
    switch (sort) {
    case Store::ApplicationSort::Candidate:
        return CandidateColumn;
    case Store::ApplicationSort::Requisition:
        return RequisitionColumn;
    case Store::ApplicationSort::Stage:
        return StageColumn;
    case Store::ApplicationSort::Applied:
        return AppliedColumn;
    case Store::ApplicationSort::LastMove:
        return LastMoveColumn;
    case Store::ApplicationSort::ExpectedSalary:
        return ExpectedSalaryColumn;
    }
    return AppliedColumn;
}

Store::ApplicationSort ApplicationTableModel::sortFor(int column)
{
    switch (column) {
    case CandidateColumn:
        return Store::ApplicationSort::Candidate;
    case RequisitionColumn:
        return Store::ApplicationSort::Requisition;
    case StageColumn:
        return Store::ApplicationSort::Stage;
    case LastMoveColumn:
        return Store::ApplicationSort::LastMove;
    case ExpectedSalaryColumn:
        return Store::ApplicationSort::ExpectedSalary;
    default:
        return Store::ApplicationSort::Applied;
    }
}

void ApplicationTableModel::restart()
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
        m_focusPage = 0;
        // Answers to the previous query's requests no longer match these ids: dropped.
        m_pageRequests.clear();
        m_countRequest = 0;
        m_anchorsRequest = 0;
        m_rowsRequest = 0;
    }
    // The first rows first (P4: first rows on screen), then the count behind them.
    requestPage(0);
    m_countRequest = m_client->countApplications(m_query.filter);
}

void ApplicationTableModel::setPageSize(int rows)
{
    // Page indices of the loaded rows depend on the size: it changes with the next query.
    m_nextPageSize = qMax(1, rows);
}

void ApplicationTableModel::setCachedPages(int pages)
{
    m_cachedPages = qMax(2, pages);
    evict(m_focusPage);
}

const Store::ApplicationRow *ApplicationTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || row % m_pageSize >= it->rows.size())
        return nullptr;
    m_focusPage = page; // a page on screen is read on every paint
    return &it->rows.at(row % m_pageSize);
}

bool ApplicationTableModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return false;
    const auto it = m_pages.constFind(row / m_pageSize);
    return it != m_pages.cend() && row % m_pageSize < it->rows.size();
}

int ApplicationTableModel::loadedRowCount() const
{
    int rows = 0;
    for (const Page &page : m_pages)
        rows += int(page.rows.size());
    return rows;
}

QList<int> ApplicationTableModel::loadedRows() const
{
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    QList<int> rows;
    for (int page : std::as_const(pages)) {
        const int first = page * m_pageSize;
        const int end = qMin(m_rowCount, first + int(m_pages.value(page).rows.size()));
        for (int r = first; r < end; ++r)
            rows << r;
    }
    return rows;
}

int ApplicationTableModel::rowOf(const QUuid &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).application.id == id) {
                const int r = it.key() * m_pageSize + i;
                return r < m_rowCount ? r : -1;
            }
        }
    }
    return -1;
}

const Store::ApplicationRow *ApplicationTableModel::row(const QUuid &id) const
{
    const int r = rowOf(id);
    if (r < 0)
        return nullptr;
    return &m_pages.find(r / m_pageSize)->rows.at(r % m_pageSize);
}

void ApplicationTableModel::updateRow(const Store::ApplicationRow &row)
{
    const int r = rowOf(row.application.id);
    if (r < 0)
        return;
    m_pages[r / m_pageSize].rows[r % m_pageSize] = row;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void ApplicationTableModel::refreshRow(const QUuid &id)
{
    if (rowOf(id) >= 0)
        m_refreshes << m_client->findApplication(id);
}

void ApplicationTableModel::refreshWindow(const QList<QUuid> &ids)
{
    if (!m_started)
        return;
    if (m_total < 0 || !m_firstArrived) {
        // Nothing settled yet: starting again cannot be wrong.
        restart();
        if (!ids.isEmpty())
            m_rowsRequest = m_client->applicationRowsOf(query(), ids);
        return;
    }
    // Rows may have gone, come or moved anywhere in the order: every cursor is stale. The
    // pages nearest the one read last stay on screen until they answer again (no "Loading…"
    // flash, the selection stays); the others leave memory now.
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end(), [this](int a, int b) {
        return std::abs(a - m_focusPage) < std::abs(b - m_focusPage);
    });
    constexpr int kReread = 4;
    for (int i = kReread; i < pages.size(); ++i)
        dropPage(pages.at(i));
    pages = pages.first(qMin<qsizetype>(pages.size(), kReread));
    m_pageStarts.clear();
    m_anchors.clear();
    m_wanted.clear();
    m_pageRequests.clear();
    m_anchorsRequest = 0;
    m_countRequest = m_client->countApplications(m_query.filter);
    m_rowsRequest = ids.isEmpty() ? 0 : m_client->applicationRowsOf(query(), ids);
    std::sort(pages.begin(), pages.end());
    for (int page : std::as_const(pages))
        requestPage(page);
}

void ApplicationTableModel::onFound(int requestId, const Store::ApplicationRow &row)
{
    if (m_refreshes.removeOne(requestId))
        updateRow(row);
}

void ApplicationTableModel::requestPage(int page)
{
    for (int requested : std::as_const(m_pageRequests)) {
        if (requested == page)
            return;
    }
    Store::ApplicationQuery q = m_query;
    q.limit = m_pageSize;
    int id = 0;
    if (page == 0) {
        q.after.reset();
        id = m_client->fetchApplications(q);
    } else if (const auto start = m_pageStarts.constFind(page); start != m_pageStarts.cend()) {
        q.after = *start; // the page before ended here: the next keyset page
        id = m_client->fetchApplications(q);
    } else if (page - 1 < m_anchors.size()) {
        q.after = m_anchors.at(page - 1);
        id = m_client->fetchApplications(q);
    } else {
        // No cursor: the store steps there once (cursorAtRow), and the anchors behind it make
        // every later jump one short seek. Not before, so typing a search never queues them.
        q.after.reset();
        id = m_client->fetchApplicationsAtRow(q, qint64(page) * m_pageSize);
        if (m_anchors.isEmpty() && m_anchorsRequest == 0)
            m_anchorsRequest = m_client->applicationAnchors(q, m_pageSize);
    }
    m_pageRequests.insert(id, page);
}

void ApplicationTableModel::flushWanted()
{
    const QSet<int> wanted = std::exchange(m_wanted, {});
    for (int page : wanted) {
        const qint64 first = qint64(page) * m_pageSize;
        if (first >= m_rowCount)
            continue;
        // A page read before the latest count can be short of rows the count now has (once
        // only: a page read after it stays as the store gave it).
        const auto it = m_pages.constFind(page);
        if (it == m_pages.cend()
            || (it->counted != m_counts
                && first + it->rows.size() < qMin<qint64>(m_rowCount, first + m_pageSize)))
            requestPage(page);
    }
}

void ApplicationTableModel::setRowCount(qint64 rows)
{
    const int target = int(qMin<qint64>(rows, INT_MAX));
    if (target > m_rowCount) {
        beginInsertRows({}, m_rowCount, target - 1);
        m_rowCount = target;
        endInsertRows();
    } else if (target < m_rowCount) {
        // Pages past the new end leave memory first, so nothing maps to rows that are gone.
        const QList<int> pages = m_pages.keys();
        for (int page : pages) {
            if (qint64(page) * m_pageSize >= target)
                dropPage(page);
        }
        const int straddling = target / m_pageSize;
        if (auto it = m_pages.find(straddling); it != m_pages.end()) {
            const int keep = target - straddling * m_pageSize;
            if (it->rows.size() > keep) {
                const int first = straddling * m_pageSize + keep;
                const int gone = int(it->rows.size()) - keep;
                it->rows.resize(keep);
                emit pageEvicted(first, gone);
            }
        }
        beginRemoveRows({}, target, m_rowCount - 1);
        m_rowCount = target;
        endRemoveRows();
    }
}

void ApplicationTableModel::dropPage(int page)
{
    const auto it = m_pages.find(page);
    if (it == m_pages.end())
        return;
    const int rows = int(it->rows.size());
    m_pages.erase(it);
    emit pageEvicted(page * m_pageSize, rows);
}

void ApplicationTableModel::evict(int keep)
{
    // The pages farthest from the one read last go first: what is on screen and around it
    // stays, whatever the length of the list. `keep` was just asked for: never dropped.
    while (m_pages.size() > m_cachedPages) {
        int farthest = -1;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it.key() == keep)
                continue;
            if (farthest < 0 || std::abs(it.key() - m_focusPage) > std::abs(farthest - m_focusPage))
                farthest = it.key();
        }
        dropPage(farthest);
    }
}

void ApplicationTableModel::onPage(int requestId, const Store::ApplicationRowPage &page)
{
    const auto request = m_pageRequests.constFind(requestId);
    if (request == m_pageRequests.cend())
        return;
    const int index = *request;
    m_pageRequests.erase(request);
    if (page.next)
        m_pageStarts.insert(index + 1, *page.next);
    const int first = index * m_pageSize;
    const int oldRows = int(m_pages.value(index).rows.size());
    m_pages.insert(index, Page{page.rows, m_counts});
    m_focusPage = index;
    const int end = first + int(page.rows.size());
    if (m_total < 0 && end > m_rowCount) {
        // Before the count: the rows known so far.
        setRowCount(end);
    } else if (const int last = qMin(qMax(end, first + oldRows), m_rowCount); last > first) {
        emit dataChanged(this->index(first, 0), this->index(last - 1, ColumnCount - 1));
    }
    evict(index);
    emit pageArrived(first, int(page.rows.size()));
    if (!m_firstArrived) {
        m_firstArrived = true;
        emit firstPageArrived();
    }
}

void ApplicationTableModel::onCount(int requestId, qint64 count)
{
    if (requestId != m_countRequest)
        return;
    m_countRequest = 0;
    ++m_counts;
    m_total = count;
    setRowCount(count);
    emit totalCountChanged(count);
}

void ApplicationTableModel::onAnchors(int requestId, const QList<Store::PageCursor> &anchors)
{
    if (requestId != m_anchorsRequest)
        return;
    m_anchorsRequest = 0;
    m_anchors = anchors;
}

void ApplicationTableModel::onRowsFound(int requestId, const QList<qint64> &rows)
{
    if (requestId == 0 || requestId != m_rowsRequest)
        return;
    m_rowsRequest = 0;
    emit windowRefreshed(rows);
}

void ApplicationTableModel::onMoved(int, const Store::ApplicationRow &row, const Core::StageEvent &)
{
    updateRow(row);
}

void ApplicationTableModel::onFailed(int requestId, const Core::Error &error)
{
    if (m_refreshes.removeOne(requestId))
        return; // gone meanwhile: the row stays as it was until the next reload
    if (m_pageRequests.remove(requestId) > 0 || (requestId != 0 && requestId == m_countRequest)) {
        if (requestId == m_countRequest)
            m_countRequest = 0;
        qCWarning(lcGui) << "application list request failed:" << error.message();
        emit loadFailed(error);
    } else if (requestId != 0 && requestId == m_rowsRequest) {
        m_rowsRequest = 0;
        emit windowRefreshed({});
    } else if (requestId != 0 && requestId == m_anchorsRequest) {
        // Jumps still work through cursorAtRow; only slower.
        m_anchorsRequest = 0;
        qCWarning(lcGui) << "application anchors failed:" << error.message();
    }
}

} // namespace Reqdesk::Gui
