#include "gui/charts/paybandchartmodel.h"

#include "core/rules/paymath.h"
#include "gui/charts/paybandformat.h"

namespace Reqdesk::Gui {

PayBandChartModel::PayBandChartModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

namespace {

bool sameBands(const QList<PayBandChartRow> &a, const QList<PayBandChartRow> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).band != b.at(i).band || a.at(i).posting != b.at(i).posting
            || a.at(i).requisitionId != b.at(i).requisitionId)
            return false;
    }
    return true;
}

} // namespace

void PayBandChartModel::setPlan(const PayBandChartPlan &plan)
{
    if (sameBands(m_rows, plan.rows)) {
        // Only the overlay can differ: update its two columns, no reset.
        m_rows = plan.rows;
        rebuildTexts();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, CompaRatioColumn),
                             index(int(m_rows.size()) - 1, RangePenetrationColumn),
                             {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
        return;
    }
    beginResetModel();
    m_rows = plan.rows;
    rebuildTexts();
    endResetModel();
}

void PayBandChartModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    rebuildTexts();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

PayBandChartModel::Texts PayBandChartModel::textsFor(const PayBandChartRow &row) const
{
    const Core::PayBand &b = row.band;
    Texts t;
    t.min = PayBandFormat::money(b.minMinor, b.currency, m_locale);
    t.mid = PayBandFormat::money(row.midMinor, b.currency, m_locale);
    t.max = PayBandFormat::money(b.maxMinor, b.currency, m_locale);
    t.width = PayBandFormat::money(Core::PayMath::width(b), b.currency, m_locale);
    t.compa = PayBandFormat::ratio(row.compaRatio, m_locale);
    t.penetration = PayBandFormat::percent(row.rangePenetration, m_locale);
    t.period = PayBandChartPlanner::perPeriod(b.period);
    if (row.statedPeriod != b.period)
        t.period += tr(" (stated %1)").arg(PayBandChartPlanner::perPeriod(row.statedPeriod));
    return t;
}

void PayBandChartModel::rebuildTexts()
{
    m_texts.clear();
    m_texts.reserve(m_rows.size());
    for (const PayBandChartRow &row : std::as_const(m_rows))
        m_texts.append(textsFor(row));
}

int PayBandChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayBandChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayBandChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayBandChartRow &row = m_rows.at(index.row());
    const Texts &texts = m_texts.at(index.row());
    const Core::PayBand &band = row.band;
    const int column = index.column();

    if (role == IdRole)
        return band.id;
    if (role == RequisitionIdRole)
        return row.requisitionId;
    if (role == Qt::TextAlignmentRole) {
        if (column >= MinColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role == MinorRole || role == SortRole) {
        switch (column) {
        case MinColumn:
            return band.minMinor;
        case MidpointColumn:
            return row.midMinor;
        case MaxColumn:
            return band.maxMinor;
        case WidthColumn:
            return Core::PayMath::width(band);
        default:
            break;
        }
        if (role == MinorRole)
            return {};
        switch (column) {
        case PostingColumn:
            return row.posting;
        case LevelColumn:
            return band.level;
        case LocationColumn:
            return band.location;
        case CurrencyColumn:
            return band.currency;
        case PeriodColumn:
            return int(band.period);
        case CompaRatioColumn:
            return row.compaRatio ? QVariant(*row.compaRatio) : QVariant();
        case RangePenetrationColumn:
            return row.rangePenetration ? QVariant(*row.rangePenetration) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case PostingColumn:
        return row.posting;
    case LevelColumn:
        return band.level;
    case LocationColumn:
        return band.location;
    case CurrencyColumn:
        return band.currency;
    case PeriodColumn:
        return texts.period;
    case MinColumn:
        return texts.min;
    case MidpointColumn:
        return texts.mid;
    case MaxColumn:
        return texts.max;
    case WidthColumn:
        return texts.width;
    case CompaRatioColumn:
        return texts.compa;
    case RangePenetrationColumn:
        return texts.penetration;
    default:
        return {};
    }
}

QVariant PayBandChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PostingColumn:
        return tr("Posting");
    case LevelColumn:
        return tr("Level");
    case LocationColumn:
        return tr("Location");
    case CurrencyColumn:
        return tr("Currency");
    case PeriodColumn:
        return tr("Period");
    case MinColumn:
        return tr("Minimum");
    case MidpointColumn:
        return tr("Midpoint");
    case MaxColumn:
        return tr("Maximum");
    case WidthColumn:
        return tr("Width");
    case CompaRatioColumn:
        return tr("Compa-ratio");
    case RangePenetrationColumn:
        return tr("Range penetration");
    default:
        return {};
    }
}

} // namespace Reqdesk::Gui
