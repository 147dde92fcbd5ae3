#include "gui/charts/paybandspane.h"

#include "core/currency.h"
#include "gui/charts/paybandchartmodel.h"
#include "gui/charts/paybandchartplanner.h"
#include "gui/charts/paybandchartview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

PayBandsPane::PayBandsPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Pay bands"));

    m_modeBox = new QComboBox(this);
    m_modeBox->setAccessibleName(tr("Chart arrangement"));
    m_modeBox->addItem(tr("One posting: levels × locations"),
                       int(PayBandChartMode::LevelByLocation));
    m_modeBox->addItem(tr("Postings side by side"), int(PayBandChartMode::PostingsSideBySide));
    m_modeBox->addItem(tr("One level across locations"),
                       int(PayBandChartMode::LevelAcrossLocations));
    m_postingBox = new QComboBox(this);
    m_postingBox->setAccessibleName(tr("Posting shown"));
    m_levelBox = new QComboBox(this);
    m_levelBox->setAccessibleName(tr("Level shown"));
    m_levelBox->setVisible(false);

    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setAccessibleName(tr("Salary to compare"));
    m_amountEdit->setPlaceholderText(tr("Expected salary or offer"));
    m_amountEdit->setClearButtonEnabled(true);
    m_amountEdit->setMaximumWidth(180);
    m_overlayCurrencyBox = new QComboBox(this);
    m_overlayCurrencyBox->setAccessibleName(tr("Currency of the salary to compare"));
    m_overlayCurrencyBox->setEditable(true);
    m_overlayPeriodBox = new QComboBox(this);
    m_overlayPeriodBox->setAccessibleName(tr("Period of the salary to compare"));
    for (Core::Period p : {Core::Period::Year,
                           Core::Period::Month,
                           Core::Period::Week,
                           Core::Period::Day,
                           Core::Period::Hour})
        m_overlayPeriodBox->addItem(PayBandChartPlanner::perPeriod(p), int(p));
    m_clearOverlayButton = new QPushButton(tr("Clear"), this);
    m_clearOverlayButton->setAccessibleName(tr("Clear the salary to compare"));

    auto *pngButton = new QPushButton(tr("PNG…"), this);
    pngButton->setAccessibleName(tr("Export chart as PNG"));
    auto *svgButton = new QPushButton(tr("SVG…"), this);
    svgButton->setAccessibleName(tr("Export chart as SVG"));
    auto *pdfButton = new QPushButton(tr("PDF…"), this);
    pdfButton->setAccessibleName(tr("Export chart as PDF"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_modeBox);
    controls->addWidget(m_postingBox);
    controls->addWidget(m_levelBox);
    controls->addSpacing(16);
    auto *compareLabel = new QLabel(tr("Compare:"), this);
    compareLabel->setBuddy(m_amountEdit);
    controls->addWidget(compareLabel);
    controls->addWidget(m_amountEdit);
    controls->addWidget(m_overlayCurrencyBox);
    controls->addWidget(m_overlayPeriodBox);
    controls->addWidget(m_clearOverlayButton);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Export:"), this));
    controls->addWidget(pngButton);
    controls->addWidget(svgButton);
    controls->addWidget(pdfButton);

    m_chart = new PayBandChartView(this);
    m_model = new PayBandChartModel(this);
    auto *proxy = new QSortFilterProxyModel(this); // small in-memory model: a proxy is fine
    proxy->setSourceModel(m_model);
    proxy->setSortRole(PayBandChartModel::SortRole);
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Pay band figures"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Location names run long ("San Francisco Bay Area and New York City metro"): elide them
    // (the full text is the tooltip) so the money columns stay in view.
    header->setSectionResizeMode(PayBandChartModel::LocationColumn, QHeaderView::Interactive);
    header->resizeSection(PayBandChartModel::LocationColumn, 160);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setAccessibleName(tr("Chart and figures"));
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_splitter, 1);

    connect(m_chart, &PayBandChartView::planChanged, this, [this] {
        m_model->setPlan(m_chart->plan());
    });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setMode(PayBandChartMode(m_modeBox->currentData().toInt()));
        syncSelectors();
    });
    connect(m_postingBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_chart->setPostingIndex(index);
    });
    connect(m_levelBox, &QComboBox::currentTextChanged, this, [this](const QString &level) {
        m_chart->setLevel(level);
    });
    connect(m_amountEdit, &QLineEdit::editingFinished, this, &PayBandsPane::applyOverlayInput);
    connect(m_overlayCurrencyBox,
            &QComboBox::currentTextChanged,
            this,
            &PayBandsPane::applyOverlayInput);
    connect(m_overlayPeriodBox,
            &QComboBox::currentIndexChanged,
            this,
            &PayBandsPane::applyOverlayInput);
    connect(m_clearOverlayButton, &QPushButton::clicked, this, [this] {
        m_amountEdit->clear();
        applyOverlayInput();
    });
    connect(pngButton, &QPushButton::clicked, this, [this] {
        askAndExport(PayBandChartExporter::Format::Png);
    });
    connect(svgButton, &QPushButton::clicked, this, [this] {
        askAndExport(PayBandChartExporter::Format::Svg);
    });
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        askAndExport(PayBandChartExporter::Format::Pdf);
    });

    syncSelectors();
    m_model->setPlan(m_chart->plan());
}

PayBandsPane::~PayBandsPane() = default;

void PayBandsPane::setBands(const QList<PostingBands> &postings)
{
    m_chart->setBands(postings);
    syncSelectors();
}

void PayBandsPane::setOverlay(std::optional<Core::Money> overlay)
{
    m_overlay = overlay;
    {
        const QSignalBlocker b1(m_amountEdit);
        const QSignalBlocker b2(m_overlayCurrencyBox);
        const QSignalBlocker b3(m_overlayPeriodBox);
        if (overlay) {
            m_amountEdit->setText(overlay->toDecimalString());
            m_overlayCurrencyBox->setCurrentText(overlay->currency);
            m_overlayPeriodBox->setCurrentIndex(m_overlayPeriodBox->findData(int(overlay->period)));
        } else {
            m_amountEdit->clear();
        }
    }
    m_chart->setOverlay(std::move(overlay));
}

Core::Status PayBandsPane::exportChart(const QString &path,
                                       PayBandChartExporter::Format format) const
{
    return PayBandChartExporter(m_chart).exportTo(path, format);
}

void PayBandsPane::syncSelectors()
{
    const QList<PostingBands> &postings = m_chart->bands();
    const auto mode = m_chart->mode();
    {
        const QSignalBlocker blocker(m_postingBox);
        const int current = m_postingBox->currentIndex();
        m_postingBox->clear();
        for (const PostingBands &p : postings)
            m_postingBox->addItem(p.title);
        m_postingBox->setCurrentIndex(current >= 0 && current < m_postingBox->count() ? current
                                                                                      : 0);
    }
    {
        const QSignalBlocker blocker(m_levelBox);
        const QString current = m_levelBox->currentText();
        m_levelBox->clear();
        m_levelBox->addItems(PayBandChartPlanner::levels(postings));
        if (m_levelBox->findText(current) >= 0)
            m_levelBox->setCurrentText(current);
        m_chart->setLevel(m_levelBox->currentText());
    }
    {
        // Offer the bands' currencies first, then the locale's own.
        const QSignalBlocker blocker(m_overlayCurrencyBox);
        const QString current = m_overlayCurrencyBox->currentText();
        QStringList codes;
        for (const PostingBands &p : postings) {
            for (const Core::PayBand &band : p.bands) {
                if (!codes.contains(band.currency))
                    codes << band.currency;
            }
        }
        const QString own = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        if (!own.isEmpty() && !codes.contains(own))
            codes << own;
        m_overlayCurrencyBox->clear();
        m_overlayCurrencyBox->addItems(codes);
        m_overlayCurrencyBox->setCurrentText(
                current.isEmpty() && !codes.isEmpty() ? codes.constFirst() : current);
    }
    m_postingBox->setVisible(mode == PayBandChartMode::LevelByLocation && postings.size() > 1);
    // One posting: its title is the chart's; the column would only repeat it.
    m_table->setColumnHidden(PayBandChartModel::PostingColumn,
                             mode == PayBandChartMode::LevelByLocation);
    m_levelBox->setVisible(mode == PayBandChartMode::LevelAcrossLocations);
}

void PayBandsPane::applyOverlayInput()
{
    const QString currency = m_overlayCurrencyBox->currentText().trimmed().toUpper();
    const QString text = m_amountEdit->text().trimmed();
    std::optional<Core::Money> overlay;
    if (!text.isEmpty() && Core::Currency::isKnown(currency)) {
        if (const auto minor = Core::Money::parseDecimal(text, currency)) {
            overlay = Core::Money{
                    *minor, currency, Core::Period(m_overlayPeriodBox->currentData().toInt())};
        }
    }
    // Unparseable text keeps the field red rather than silently clearing the line.
    m_amountEdit->setStyleSheet(!text.isEmpty() && !overlay
                                        ? QStringLiteral("QLineEdit { border: 1px solid #c01f3a; }")
                                        : QString());
    if (overlay == m_overlay)
        return;
    m_overlay = overlay;
    m_chart->setOverlay(overlay);
    emit overlayEdited(overlay);
}

void PayBandsPane::askAndExport(PayBandChartExporter::Format format)
{
    QString filter;
    QString suffix;
    switch (format) {
    case PayBandChartExporter::Format::Png:
        filter = tr("PNG image (*.png)");
        suffix = QStringLiteral(".png");
        break;
    case PayBandChartExporter::Format::Svg:
        filter = tr("SVG drawing (*.svg)");
        suffix = QStringLiteral(".svg");
        break;
    case PayBandChartExporter::Format::Pdf:
        filter = tr("PDF document (*.pdf)");
        suffix = QStringLiteral(".pdf");
        break;
    }
    QString path = QFileDialog::getSaveFileName(
            this, tr("Export pay band chart"), QStringLiteral("pay-bands") + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const Core::Status status = exportChart(path, format);
    if (!status)
        QMessageBox::warning(this,
                             tr("Export failed"),
                             tr("The chart could not be written to %1:\n%2")
                                     .arg(path, status.error().message()));
}

} // namespace Reqdesk::Gui
