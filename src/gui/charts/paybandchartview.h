#pragma once

#include "core/money.h"
#include "gui/charts/exportablechart.h"
#include "gui/charts/paybandchartplanner.h"
#include "gui/charts/postingbands.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPainter;
class QValueAxis;
QT_END_NAMESPACE

namespace Reqdesk::Gui {

/// Floating pay-range bars (minimum to maximum, a dark tick at the midpoint) for the bands of
/// one posting, of several postings side by side, or of one level across locations, with an
/// optional salary overlay line.
///
/// Each bar is a horizontal stack: a transparent base up to the minimum, the lower half, a thin
/// midpoint tick, the upper half. Horizontal because level × location labels are long and stay
/// readable on the left axis. Units follow PayBandChartPlanner: one currency at a time (the
/// refusal and a currency selector appear above the chart when the bands use several; money is
/// never converted) and one period (mixed periods are re-quoted per year with a note). The
/// notes are part of every export. Past 40 bars the category labels are hidden (they would
/// overlap) and the table beside the chart carries the names; when a colour per posting would
/// take more than kMaxBarItems bar items (QtCharts makes one per set and bar, and a colour is a
/// set), all bars share one colour, with a note.
class PayBandChartView final : public QWidget, public ExportableChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayBandChartView)

public:
    /// Bars beyond which category labels are hidden.
    static constexpr int kMaxLabelledBars = 40;
    /// Bar items (sets × bars) beyond which postings share one colour (P9: 500 bands fast).
    static constexpr int kMaxBarItems = 2400;

    /// An empty chart.
    explicit PayBandChartView(QWidget *parent = nullptr);
    ~PayBandChartView() override;

    /// Replaces the postings shown; keeps mode, posting, level and overlay when still valid.
    void setBands(const QList<PostingBands> &postings);
    /// The postings shown.
    const QList<PostingBands> &bands() const { return m_postings; }
    /// Chooses how bands are arranged.
    void setMode(PayBandChartMode mode);
    PayBandChartMode mode() const { return m_options.mode; }
    /// LevelByLocation: the posting shown (index into bands()).
    void setPostingIndex(int index);
    /// LevelAcrossLocations: the level shown (empty: the first level).
    void setLevel(const QString &level);
    /// With several currencies: the one shown.
    void setCurrency(const QString &currency);
    /// A candidate's expected salary or a draft offer drawn as a line across the bands.
    void setOverlay(std::optional<Core::Money> overlay);

    /// What is plotted, with its notes.
    const PayBandChartPlan &plan() const { return m_plan; }
    /// The refusal shown above the chart ("" when all bands share a currency).
    QString refusalText() const;
    /// The normalisation and overlay notes shown above the chart, one per line.
    QString noteText() const;
    /// True when the currency selector is offered (several currencies).
    bool isCurrencySelectorShown() const;
    /// Plain-text tooltip of a plotted row (exact money via QLocale, compa-ratio, penetration).
    QString toolTipForRow(int row) const;
    /// Number of bars plotted.
    int barCount() const { return int(m_plan.rows.size()); }
    /// The QtCharts chart (for tests and export).
    QChart *chart() const;
    /// Paints the notes and the chart, vector where the device allows, into `target`.
    void renderChart(QPainter *painter, const QRectF &target) const override;
    /// The natural size of an export: the chart's current size, at least 960 × 600.
    QSizeF exportSize() const override;
    /// The chart's title.
    QString exportTitle() const override;
    /// "Reqdesk pay band chart".
    QString exportDescription() const override;
    /// The chart's background colour (light or dark with the palette).
    QColor exportBackground() const override;

signals:
    /// Emitted after every rebuild (new bands, mode, currency or overlay).
    void planChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void rebuild();
    void showBarToolTip(bool shown, int index);
    void flushLayout() const;

    QList<PostingBands> m_postings;
    PayBandChartPlanner::Options m_options;
    PayBandChartPlan m_plan;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QCategoryAxis *m_moneyAxis = nullptr;
    QValueAxis *m_slotAxis = nullptr;
    QWidget *m_refusalBar = nullptr;
    QLabel *m_refusalLabel = nullptr;
    QComboBox *m_currencyBox = nullptr;
    QLabel *m_noteLabel = nullptr;
    bool m_dark = false; ///< the chart theme in use follows the palette
};

} // namespace Reqdesk::Gui
