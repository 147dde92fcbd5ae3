#include "gui/charts/paybandchartview.h"

#include "core/currency.h"
#include "core/rules/paymath.h"
#include "gui/charts/charttheme.h"
#include "gui/charts/paybandformat.h"
#include "gui/guilogging.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Reqdesk::Gui {

namespace {

// Colour-blind-safe hues (Okabe–Ito, slightly softened) for up to eight postings.
const QColor kPalette[] = {QColor(0x35, 0x7e, 0xbd),
                           QColor(0xe6, 0x9f, 0x00),
                           QColor(0x00, 0x9e, 0x73),
                           QColor(0xcc, 0x79, 0xa7),
                           QColor(0x56, 0xb4, 0xe9),
                           QColor(0xd5, 0x5e, 0x00),
                           QColor(0x7f, 0x7f, 0x7f),
                           QColor(0xb8, 0xa2, 0x00)};
constexpr int kPaletteSize = int(std::size(kPalette));
const QColor kOverlayColour(0xc0, 0x1f, 0x3a); // reads on light and dark backgrounds

double toMajor(qint64 minor, const QString &currency)
{
    return double(minor) / double(Core::Currency::minorPerMajor(currency));
}

// A "nice" tick step (1, 2, 2.5 or 5 × 10^k) giving about `ticks` intervals over `span`.
double niceStep(double span, int ticks)
{
    if (span <= 0)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

PayBandChartView::PayBandChartView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_dark = ChartTheme::isDark(palette());
    ChartTheme::apply(m_chart, m_dark);
    m_chart->setMargins(QMargins(8, 8, 48, 8)); // room for the last money tick's label
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_categoryAxis = new QBarCategoryAxis(m_chart);
    m_categoryAxis->setGridLineVisible(false);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    // Money ticks: a QCategoryAxis so each label goes through QLocale, not printf.
    m_moneyAxis = new QCategoryAxis(m_chart);
    m_moneyAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_moneyAxis, Qt::AlignBottom);
    m_slotAxis = new QValueAxis(m_chart);
    m_slotAxis->setVisible(false);
    m_chart->addAxis(m_slotAxis, Qt::AlignRight);

    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    // Thousands of bar items are replaced on every rebuild: a BSP index costs more than it saves.
    m_chartView->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_chartView->setMinimumSize(320, 240);
    m_chartView->setAccessibleName(tr("Pay band chart"));

    m_refusalBar = new QWidget(this);
    m_refusalLabel = new QLabel(m_refusalBar);
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setTextFormat(Qt::PlainText);
    m_refusalLabel->setAccessibleName(tr("Currency notice"));
    QFont noticeFont = m_refusalLabel->font();
    noticeFont.setWeight(QFont::DemiBold);
    m_refusalLabel->setFont(noticeFont);
    m_refusalLabel->setForegroundRole(QPalette::ToolTipText);
    m_currencyBox = new QComboBox(m_refusalBar);
    m_currencyBox->setAccessibleName(tr("Currency shown"));
    m_currencyBox->setToolTip(tr("Bands in other currencies are not converted; pick one to show"));
    auto *refusalLayout = new QHBoxLayout(m_refusalBar);
    refusalLayout->setContentsMargins(6, 4, 6, 4);
    refusalLayout->addWidget(m_refusalLabel, 1);
    refusalLayout->addWidget(new QLabel(tr("Show:"), m_refusalBar));
    refusalLayout->addWidget(m_currencyBox);
    // A notice strip in the palette's tool-tip colours: readable in light and dark palettes.
    m_refusalBar->setAutoFillBackground(true);
    m_refusalBar->setBackgroundRole(QPalette::ToolTipBase);
    m_refusalBar->setVisible(false);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setAccessibleName(tr("Chart notes"));
    m_noteLabel->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_refusalBar);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_chartView, 1);

    connect(m_currencyBox, &QComboBox::currentTextChanged, this, [this](const QString &code) {
        setCurrency(code);
    });
    rebuild();
}

PayBandChartView::~PayBandChartView() = default;

void PayBandChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && ChartTheme::isDark(palette()) != m_dark)
        applyTheme();
}

void PayBandChartView::applyTheme()
{
    // A theme resets fonts and series colours: set it, then rebuild the series on top.
    m_dark = ChartTheme::isDark(palette());
    ChartTheme::apply(m_chart, m_dark);
    rebuild();
}

QString PayBandChartView::exportTitle() const
{
    return m_chart->title();
}

QString PayBandChartView::exportDescription() const
{
    return tr("Reqdesk pay band chart");
}

QColor PayBandChartView::exportBackground() const
{
    return m_chart->backgroundBrush().color();
}

QChart *PayBandChartView::chart() const
{
    return m_chart;
}

void PayBandChartView::setBands(const QList<PostingBands> &postings)
{
    m_postings = postings;
    if (m_options.postingIndex >= m_postings.size())
        m_options.postingIndex = 0;
    rebuild();
}

void PayBandChartView::setMode(PayBandChartMode mode)
{
    if (m_options.mode == mode)
        return;
    m_options.mode = mode;
    rebuild();
}

void PayBandChartView::setPostingIndex(int index)
{
    if (m_options.postingIndex == index)
        return;
    m_options.postingIndex = index;
    rebuild();
}

void PayBandChartView::setLevel(const QString &level)
{
    if (m_options.level == level)
        return;
    m_options.level = level;
    rebuild();
}

void PayBandChartView::setCurrency(const QString &currency)
{
    if (m_options.currency == currency || currency.isEmpty())
        return;
    m_options.currency = currency;
    rebuild();
}

void PayBandChartView::setOverlay(std::optional<Core::Money> overlay)
{
    if (m_options.overlay == overlay)
        return;
    m_options.overlay = std::move(overlay);
    rebuild();
}

QString PayBandChartView::refusalText() const
{
    return m_plan.refusal;
}

QString PayBandChartView::noteText() const
{
    return m_plan.notes.join(QLatin1Char('\n'));
}

bool PayBandChartView::isCurrencySelectorShown() const
{
    return m_plan.currencies.size() > 1;
}

QString PayBandChartView::toolTipForRow(int rowIndex) const
{
    if (rowIndex < 0 || rowIndex >= m_plan.rows.size())
        return {};
    const PayBandChartRow &row = m_plan.rows.at(rowIndex);
    const Core::PayBand &band = row.band;
    const QString &cur = band.currency;
    QStringList lines;
    lines << row.label;
    if (!row.label.contains(row.posting))
        lines << row.posting;
    lines << tr("Minimum: %1").arg(PayBandFormat::money(band.minMinor, cur))
          << tr("Midpoint: %1%2")
                     .arg(PayBandFormat::money(row.midMinor, cur),
                          band.midMinor ? QString() : tr(" (halfway)"))
          << tr("Maximum: %1").arg(PayBandFormat::money(band.maxMinor, cur))
          << tr("Width: %1").arg(PayBandFormat::money(Core::PayMath::width(band), cur));
    lines << tr("%1 %2").arg(cur, PayBandChartPlanner::perPeriod(band.period));
    if (row.statedPeriod != band.period)
        lines << tr("Stated %1, re-quoted %2")
                         .arg(PayBandChartPlanner::perPeriod(row.statedPeriod),
                              PayBandChartPlanner::perPeriod(band.period));
    if (m_plan.overlay) {
        lines << tr("Compared with %1:").arg(PayBandFormat::money(m_plan.overlay->minor, cur))
              << tr("  compa-ratio %1").arg(PayBandFormat::ratio(row.compaRatio))
              << tr("  range penetration %1").arg(PayBandFormat::percent(row.rangePenetration));
    }
    if (!band.note.isEmpty())
        lines << band.note;
    return lines.join(QLatin1Char('\n'));
}

void PayBandChartView::showBarToolTip(bool shown, int index)
{
    if (!shown) {
        QToolTip::hideText();
        return;
    }
    // Categories run bottom-up; rows top-down.
    const int row = barCount() - 1 - index;
    QToolTip::showText(QCursor::pos(), toolTipForRow(row), m_chartView);
}

void PayBandChartView::rebuild()
{
    m_plan = PayBandChartPlanner::plan(m_postings, m_options);

    {
        const QSignalBlocker blocker(m_currencyBox);
        m_currencyBox->clear();
        m_currencyBox->addItems(m_plan.currencies);
        m_currencyBox->setCurrentText(m_plan.currency);
    }
    m_refusalLabel->setText(m_plan.refusal);
    m_refusalBar->setVisible(!m_plan.refusal.isEmpty());
    QStringList notes = m_plan.notes;
    const int n = barCount();
    // Colour groups: one per posting when several postings share the chart, up to the palette.
    QList<int> groupOfPosting(m_postings.size(), 0);
    QStringList groupNames;
    if (m_options.mode != PayBandChartMode::LevelByLocation) {
        QList<int> seen;
        for (const PayBandChartRow &row : std::as_const(m_plan.rows)) {
            if (!seen.contains(row.postingIndex))
                seen.append(row.postingIndex);
        }
        if (seen.size() > 1) {
            for (qsizetype i = 0; i < seen.size(); ++i) {
                groupOfPosting[seen.at(i)] = int(std::min<qsizetype>(i, kPaletteSize - 1));
                if (i < kPaletteSize)
                    groupNames << m_plan.postingTitles.value(seen.at(i));
            }
            if (seen.size() > kPaletteSize)
                groupNames.last() = tr("Other postings");
        }
    }
    // Each colour is a bar set spanning every row, and QtCharts makes an item per set and row:
    // past kMaxBarItems the colours would cost more than the P9 budget, so one colour it is.
    const bool tooManyForColours
            = groupNames.size() > 1 && (2 * groupNames.size() + 2) * n > kMaxBarItems;
    if (tooManyForColours)
        groupNames.clear();
    if (groupNames.isEmpty())
        groupNames << tr("Pay range (minimum to maximum)");
    const int groups = int(groupNames.size());
    if (n > kMaxLabelledBars)
        notes << tr("%n bands: labels are hidden on the chart; the table lists them.", nullptr, n);
    if (tooManyForColours)
        notes << tr("Too many bands for a colour per posting: all in one colour; the table names "
                    "each posting.");
    m_noteLabel->setText(notes.join(QLatin1Char('\n')));
    m_noteLabel->setVisible(!notes.isEmpty());

    // Series are rebuilt; the axes live as long as the chart. Removing an axis leaves its
    // graphics items in the scene until the event loop runs, which a render right after a
    // rebuild (an export, the benchmark) would paint.
    m_chart->removeAllSeries();
    m_chart->setTitle(m_plan.title);
    m_categoryAxis->setVisible(n > 0);
    m_moneyAxis->setVisible(n > 0);
    if (n == 0) {
        if (m_postings.isEmpty())
            m_chart->setTitle(tr("No pay bands to show"));
        m_chart->legend()->setVisible(false);
        flushLayout();
        emit planChanged();
        return;
    }

    // Axis range first: the midpoint tick's width is a fraction of it.
    const QString &cur = m_plan.currency;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const PayBandChartRow &row : std::as_const(m_plan.rows)) {
        lo = std::min(lo, toMajor(row.band.minMinor, cur));
        hi = std::max(hi, toMajor(row.band.maxMinor, cur));
    }
    if (m_plan.overlay) {
        lo = std::min(lo, toMajor(m_plan.overlay->minor, cur));
        hi = std::max(hi, toMajor(m_plan.overlay->minor, cur));
    }
    const double step = niceStep(std::max(hi - lo, 1.0), 6);
    const double axisMin = std::max(0.0, std::floor(lo / step) * step);
    const double axisMax = std::ceil(hi / step) * step + (hi > lo ? 0 : step);
    const double tick = (axisMax - axisMin) * 0.004; // about 3 px on a 900 px plot

    QList<qreal> base(n, 0.0);
    QList<qreal> marker(n, 0.0);
    QList<QList<qreal>> lower(groups, QList<qreal>(n, 0.0));
    QList<QList<qreal>> upper(groups, QList<qreal>(n, 0.0));
    QStringList categories;
    categories.reserve(n);
    for (int i = 0; i < n; ++i) {
        // Category 0 is drawn at the bottom: reverse so the first row reads first, at the top.
        const PayBandChartRow &row = m_plan.rows.at(n - 1 - i);
        const double min = toMajor(row.band.minMinor, cur);
        const double mid = toMajor(row.midMinor, cur);
        const double max = toMajor(row.band.maxMinor, cur);
        const int g = groups > 1 ? groupOfPosting.value(row.postingIndex) : 0;
        const double halfTick = std::min({tick / 2, mid - min, max - mid});
        base[i] = min;
        lower[g][i] = mid - min - halfTick;
        marker[i] = 2 * halfTick;
        upper[g][i] = max - mid - halfTick;
        categories << row.label;
    }

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(n > kMaxLabelledBars ? 0.85 : 0.6);
    auto *baseSet = new QBarSet(QString());
    baseSet->setBrush(Qt::transparent);
    baseSet->setPen(Qt::NoPen);
    baseSet->append(base);
    series->append(baseSet);
    QList<QBarSet *> visibleSets;
    for (int g = 0; g < groups; ++g) {
        auto *set = new QBarSet(groupNames.at(g));
        set->setColor(kPalette[g]);
        set->setPen(Qt::NoPen);
        set->append(lower.at(g));
        series->append(set);
        visibleSets << set;
    }
    auto *markerSet = new QBarSet(tr("Midpoint"));
    markerSet->setColor(ChartTheme::markerColour(m_dark));
    markerSet->setPen(Qt::NoPen);
    markerSet->append(marker);
    series->append(markerSet);
    visibleSets << markerSet;
    QList<QBarSet *> upperSets;
    for (int g = 0; g < groups; ++g) {
        auto *set = new QBarSet(groupNames.at(g));
        set->setColor(kPalette[g]);
        set->setPen(Qt::NoPen);
        set->append(upper.at(g));
        series->append(set);
        visibleSets << set;
        upperSets << set;
    }
    m_chart->addSeries(series);
    for (QBarSet *set : std::as_const(visibleSets))
        connect(set, &QBarSet::hovered, this, &PayBandChartView::showBarToolTip);

    m_categoryAxis->clear();
    m_categoryAxis->append(categories);
    m_categoryAxis->setLabelsVisible(n <= kMaxLabelledBars);
    // Without category labels the first money tick sits at the edge: leave it room.
    m_chart->setMargins(QMargins(n <= kMaxLabelledBars ? 8 : 40, 8, 48, 8));
    series->attachAxis(m_categoryAxis);

    QCategoryAxis *moneyAxis = m_moneyAxis;
    const QStringList oldTicks = moneyAxis->categoriesLabels();
    for (const QString &label : oldTicks)
        moneyAxis->remove(label);
    moneyAxis->setStartValue(axisMin - step / 1000);
    for (double v = axisMin; v <= axisMax + step / 2; v += step)
        moneyAxis->append(PayBandFormat::axisMoney(v), v);
    moneyAxis->setRange(axisMin, axisMax);
    moneyAxis->setTitleText(
            tr("Base pay, %1 %2").arg(cur, PayBandChartPlanner::perPeriod(m_plan.period)));
    series->attachAxis(moneyAxis);

    if (m_plan.overlay) {
        const double x = toMajor(m_plan.overlay->minor, cur);
        auto *line = new QLineSeries;
        line->setName(
                tr("Compared salary: %1").arg(PayBandFormat::money(m_plan.overlay->minor, cur)));
        line->append(x, -0.5);
        line->append(x, n - 0.5);
        QPen pen(kOverlayColour, 2.5, Qt::DashLine);
        line->setPen(pen);
        m_chart->addSeries(line);
        // The hidden slot axis spans the category slots: the line crosses every bar.
        m_slotAxis->setRange(-0.5, n - 0.5);
        line->attachAxis(moneyAxis);
        line->attachAxis(m_slotAxis);
    }

    QLegend *legend = m_chart->legend();
    legend->setVisible(true);
    for (QLegendMarker *m : legend->markers(series)) {
        auto *barMarker = qobject_cast<QBarLegendMarker *>(m);
        if (barMarker
            && (barMarker->barset() == baseSet || upperSets.contains(barMarker->barset())))
            m->setVisible(false);
    }
    flushLayout();
    emit planChanged();
}

void PayBandChartView::flushLayout() const
{
    // QtCharts lays out on a posted LayoutRequest; a grab or render right after a rebuild (an
    // export, the benchmark) must not paint the previous layout. The legend has a layout of its
    // own, hence every pending request, not just the chart's.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (QGraphicsLayout *layout = m_chart->legend()->layout())
        layout->activate();
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
}

QSizeF PayBandChartView::exportSize() const
{
    const QSize s = m_chartView->size();
    return QSizeF(std::max(s.width(), 960), std::max(s.height(), 600));
}

void PayBandChartView::renderChart(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->fillRect(target, exportBackground());
    QRectF chartRect = target;
    QStringList lines;
    if (!m_plan.refusal.isEmpty())
        lines << m_plan.refusal;
    lines << m_noteLabel->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty()) {
        QFont font = m_chart->titleFont();
        font.setBold(false);
        font.setPointSizeF(font.pointSizeF() * 0.8);
        painter->setFont(font);
        painter->setPen(m_chart->titleBrush().color());
        const QRectF textArea = target.adjusted(12, 8, -12, 0);
        QRectF used;
        painter->drawText(textArea,
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          lines.join(QLatin1Char('\n')),
                          &used);
        chartRect.setTop(used.bottom() + 4);
    }
    flushLayout();
    // The scene keeps its own geometry; render scales it into the remaining area.
    QGraphicsScene *scene = m_chartView->scene();
    scene->render(painter, chartRect, m_chart->geometry(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Reqdesk::Gui
