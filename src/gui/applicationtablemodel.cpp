#include "gui/applicationtablemodel.h"

#include "gui/displaytext.h"
#include "store/databaseclient.h"

#include <QLocale>
#include <QMimeData>

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
    connect(m_client, &Store::DatabaseClient::failed, this, &ApplicationTableModel::onFailed);
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::ApplicationRow &r = m_rows.at(index.row());
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

bool ApplicationTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_pending == 0;
}

void ApplicationTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request();
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
    restart();
}

void ApplicationTableModel::setFilter(const QList<Stage> &stages, const QString &text)
{
    m_query.filter.stages = stages;
    m_query.filter.text = text.trimmed();
    // Before the first scope the filter is only recorded.
    if (!m_first || m_pending != 0 || !m_rows.isEmpty())
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
    if (!m_first || m_pending != 0 || !m_rows.isEmpty())
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
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_next.reset();
    m_atEnd = false;
    m_first = true;
    endResetModel();
    m_pending = 0; // an answer to an older request is ignored
    request();
}

void ApplicationTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

int ApplicationTableModel::rowOf(const QUuid &id) const
{
    return m_index.value(id, -1);
}

const Store::ApplicationRow *ApplicationTableModel::row(const QUuid &id) const
{
    const int r = rowOf(id);
    return r < 0 ? nullptr : &m_rows.at(r);
}

void ApplicationTableModel::updateRow(const Store::ApplicationRow &row)
{
    const int r = rowOf(row.application.id);
    if (r < 0)
        return;
    m_rows[r] = row;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void ApplicationTableModel::refreshRow(const QUuid &id)
{
    if (rowOf(id) >= 0)
        m_refreshes << m_client->findApplication(id);
}

void ApplicationTableModel::onFound(int requestId, const Store::ApplicationRow &row)
{
    if (m_refreshes.removeOne(requestId))
        updateRow(row);
}

void ApplicationTableModel::request()
{
    Store::ApplicationQuery q = m_query;
    q.after = m_next;
    q.limit = m_pageSize;
    m_pending = m_client->fetchApplications(q);
}

void ApplicationTableModel::onPage(int requestId, const Store::ApplicationRowPage &page)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    m_next = page.next;
    m_atEnd = !page.next.has_value();
    const int first = int(m_rows.size());
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, first, first + int(page.rows.size()) - 1);
        for (const Store::ApplicationRow &r : page.rows) {
            m_index.insert(r.application.id, int(m_rows.size()));
            m_rows.append(r);
        }
        endInsertRows();
    }
    if (m_first) {
        m_first = false;
        emit firstPageArrived();
    }
    emit pageArrived(first, int(page.rows.size()));
}

void ApplicationTableModel::onMoved(int, const Store::ApplicationRow &row, const Core::StageEvent &)
{
    updateRow(row);
}

void ApplicationTableModel::onFailed(int requestId, const Core::Error &error)
{
    if (m_refreshes.removeOne(requestId))
        return; // gone meanwhile: the row stays as it was until the next reload
    if (requestId != m_pending)
        return;
    m_pending = 0;
    m_atEnd = true;
    emit loadFailed(error);
}

} // namespace Reqdesk::Gui
