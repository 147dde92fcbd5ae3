#include "gui/charts/pipelinefiguresmodel.h"

#include "gui/charts/pipelineformat.h"

namespace Reqdesk::Gui {

PipelineFiguresModel::PipelineFiguresModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

PipelineFiguresModel::~PipelineFiguresModel() = default;

void PipelineFiguresModel::setFunnel(const PipelineFunnel &funnel)
{
    Q_ASSERT(m_kind == Kind::Funnel);
    // A handful of rows replaced as a whole: a reset is the honest change.
    beginResetModel();
    m_funnel = funnel;
    m_hasData = !funnel.isEmpty();
    endResetModel();
}

void PipelineFiguresModel::setDurations(const StageDurations &durations)
{
    Q_ASSERT(m_kind == Kind::TimeInStage);
    beginResetModel();
    m_durations = durations;
    m_hasData = !durations.isEmpty();
    endResetModel();
}

int PipelineFiguresModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_hasData)
        return 0;
    return int(m_kind == Kind::Funnel ? m_funnel.steps().size() : m_durations.entries().size());
}

int PipelineFiguresModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Funnel ? int(FunnelColumnCount) : int(DurationColumnCount);
}

QVariant PipelineFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == StageColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return m_kind == Kind::Funnel ? funnelData(index.row(), index.column(), role)
                                  : durationData(index.row(), index.column(), role);
}

QVariant PipelineFiguresModel::funnelData(int row, int column, int role) const
{
    const FunnelStep &s = m_funnel.steps().at(row);
    const std::optional<double> share
            = m_funnel.total() > 0
                      ? std::optional<double>(double(s.reached) / double(m_funnel.total()))
                      : std::nullopt;
    if (role == StageRole)
        return int(s.stage);
    if (role == SortRole) {
        switch (column) {
        case StageColumn:
            return row;
        case ReachedColumn:
            return s.reached;
        case ConversionColumn:
            return s.conversion.value_or(-1.0);
        case ShareColumn:
            return share.value_or(-1.0);
        case CurrentColumn:
            return s.current;
        case ExitedColumn:
            return s.exited;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case StageColumn:
        return PipelineFormat::stage(s.stage);
    case ReachedColumn:
        return PipelineFormat::count(s.reached);
    case ConversionColumn:
        return row == 0 ? QString() : PipelineFormat::percent(s.conversion);
    case ShareColumn:
        return PipelineFormat::percent(share);
    case CurrentColumn:
        return PipelineFormat::count(s.current);
    case ExitedColumn:
        return PipelineFormat::count(s.exited);
    }
    return {};
}

QVariant PipelineFiguresModel::durationData(int row, int column, int role) const
{
    const StageDuration &e = m_durations.entries().at(row);
    if (role == StageRole)
        return int(e.stage);
    if (role == SortRole) {
        switch (column) {
        case StageColumn:
            return row;
        case MedianColumn:
            return e.medianDays;
        case MeanColumn:
            return e.meanDays;
        case StaysColumn:
            return e.stays;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case StageColumn:
        return PipelineFormat::stage(e.stage);
    case MedianColumn:
        return e.stays > 0 ? PipelineFormat::dayNumber(e.medianDays) : QString();
    case MeanColumn:
        return e.stays > 0 ? PipelineFormat::dayNumber(e.meanDays) : QString();
    case StaysColumn:
        return PipelineFormat::count(e.stays);
    }
    return {};
}

QVariant PipelineFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == StageColumn)
        return tr("Stage");
    if (m_kind == Kind::Funnel) {
        switch (section) {
        case ReachedColumn:
            return tr("Reached");
        case ConversionColumn:
            return tr("From previous");
        case ShareColumn:
            return tr("Of all");
        case CurrentColumn:
            return tr("There now");
        case ExitedColumn:
            return tr("Left here");
        }
        return {};
    }
    switch (section) {
    case MedianColumn:
        return tr("Median days");
    case MeanColumn:
        return tr("Mean days");
    case StaysColumn:
        return tr("Stays");
    }
    return {};
}

} // namespace Reqdesk::Gui
