#pragma once

#include "core/money.h"
#include "core/result.h"
#include "gui/charts/paybandchartexporter.h"
#include "gui/charts/postingbands.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
QT_END_NAMESPACE

namespace Reqdesk::Gui {

class PayBandChartModel;
class PayBandChartView;

/// The pay-bands pane: the band chart and its figures table side by side, a mode selector, a
/// salary overlay (amount, currency, period) and PNG/SVG/PDF export. Everything runs on the GUI
/// thread from memory; 500 bands rebuild in a few tens of milliseconds (TARGETS.md P9).
class PayBandsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayBandsPane)

public:
    /// An empty pane.
    explicit PayBandsPane(QWidget *parent = nullptr);
    ~PayBandsPane() override;

    /// Shows these postings' bands (the first posting in the single-posting mode).
    void setBands(const QList<PostingBands> &postings);
    /// Draws a candidate's expected salary or a draft offer across the bands; nullopt clears it.
    void setOverlay(std::optional<Core::Money> overlay);
    /// The overlay in effect.
    std::optional<Core::Money> overlay() const { return m_overlay; }
    /// Writes the chart to a file (what the export buttons do after asking for a path).
    Core::Status exportChart(const QString &path, PayBandChartExporter::Format format) const;

    /// The chart, for the main window's menus and for tests.
    PayBandChartView *chartView() const { return m_chart; }
    /// The figures table's model.
    PayBandChartModel *model() const { return m_model; }
    /// The figures table.
    QTableView *table() const { return m_table; }

signals:
    /// The user edited the overlay (not emitted by setOverlay).
    void overlayEdited(std::optional<Core::Money> overlay);

private:
    void syncSelectors();
    void applyOverlayInput();
    void askAndExport(PayBandChartExporter::Format format);

    std::optional<Core::Money> m_overlay;
    PayBandChartView *m_chart = nullptr;
    PayBandChartModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_modeBox = nullptr;
    QComboBox *m_postingBox = nullptr;
    QComboBox *m_levelBox = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QComboBox *m_overlayCurrencyBox = nullptr;
    QComboBox *m_overlayPeriodBox = nullptr;
    QPushButton *m_clearOverlayButton = nullptr;
};

} // namespace Reqdesk::Gui
