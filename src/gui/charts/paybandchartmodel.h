#pragma once

#include "gui/charts/paybandchartplanner.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Reqdesk::Gui {

/// The figures beside the pay-band chart: one row per plotted band, in the plotted unit, with
/// the overlay's compa-ratio and range penetration.
class PayBandChartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayBandChartModel)

public:
    /// Columns of the table.
    enum Column {
        PostingColumn,
        LevelColumn,
        LocationColumn,
        CurrencyColumn,
        PeriodColumn,
        MinColumn,
        MidpointColumn,
        MaxColumn,
        WidthColumn,
        CompaRatioColumn,
        RangePenetrationColumn,
        ColumnCount
    };
    /// Custom roles.
    enum Role : int {
        IdRole = Qt::UserRole + 1, ///< the band's QUuid
        SortRole,                  ///< raw value: minor units for money, the ratio as a double
        RequisitionIdRole,         ///< the posting's requisition QUuid
        MinorRole,                 ///< money columns: minor units (qint64)
    };

    /// An empty model.
    explicit PayBandChartModel(QObject *parent = nullptr);

    /// Shows a plan: rows reset when the bands change, overlay columns update in place when only
    /// the overlay did.
    void setPlan(const PayBandChartPlan &plan);
    /// The rows shown.
    const QList<PayBandChartRow> &rows() const { return m_rows; }
    /// The locale used for money and ratio text (default: QLocale()).
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// Precomputed display text, so data() only reads memory.
    struct Texts
    {
        QString min, mid, max, width, compa, penetration, period;
    };
    Texts textsFor(const PayBandChartRow &row) const;
    void rebuildTexts();

    QList<PayBandChartRow> m_rows;
    QList<Texts> m_texts;
    QLocale m_locale;
};

} // namespace Reqdesk::Gui
