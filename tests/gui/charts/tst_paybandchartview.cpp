#include "chartfixtures.h"
#include "gui/charts/paybandchartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {

QHorizontalStackedBarSeries *barSeries(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(s))
            return bars;
    }
    return nullptr;
}

QLineSeries *overlayLine(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            return line;
    }
    return nullptr;
}

QStringList categories(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    }
    return {};
}

// Sum of the stacked values of category `index` over every set except the transparent base.
double stackedEnd(QHorizontalStackedBarSeries *series, int index)
{
    double sum = 0;
    for (QBarSet *set : series->barSets())
        sum += set->at(index);
    return sum;
}

QImage render(const PayBandChartView &view)
{
    QImage image(view.exportSize().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.renderChart(&painter, QRectF(QPointF(), view.exportSize()));
    return image;
}

} // namespace

class TestPayBandChartView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void seedFourBars()
    {
        PayBandChartView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setBands({Testing::seedPosting()});
        QCOMPARE(view.barCount(), 4);
        auto *series = barSeries(view.chart());
        QVERIFY(series);
        QCOMPARE(series->count(), 4);
        // Category 0 is the bottom bar: the last row.
        const QStringList cats = categories(view.chart());
        QCOMPARE(cats.size(), 4);
        QCOMPARE(cats.last(), QStringLiteral("IC3 · U.S. typical"));
        QCOMPARE(cats.first(), QStringLiteral("IC4 · Some locations"));
        // Base starts at the minimum; the stack ends at the maximum.
        QCOMPARE(series->barSets().first()->at(3), 100600.0);
        QVERIFY(qAbs(stackedEnd(series, 3) - 199000.0) < 1e-6);
        QVERIFY(qAbs(stackedEnd(series, 0) - 258000.0) < 1e-6);
        QVERIFY(view.refusalText().isEmpty());
        QVERIFY(view.chart()->title().contains(QStringLiteral("Software Engineer 2")));
        QVERIFY(view.chart()->legend()->isVisible());

        const QString tip = view.toolTipForRow(0);
        QVERIFY2(tip.contains(QStringLiteral("Minimum: $100,600")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Midpoint: $149,800")));
        QVERIFY(tip.contains(QStringLiteral("Maximum: $199,000")));
        QVERIFY(!render(view).isNull());
    }

    void overlayLineAndRatios()
    {
        PayBandChartView view;
        view.resize(1000, 600);
        view.show();
        view.setBands({Testing::seedPosting()});
        view.setOverlay(Core::Money{15000000, QStringLiteral("USD"), Core::Period::Year});
        QLineSeries *line = overlayLine(view.chart());
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).x(), 150000.0);
        QVERIFY(line->name().contains(QStringLiteral("$150,000")));
        const QString tip = view.toolTipForRow(0);
        QVERIFY2(tip.contains(QStringLiteral("compa-ratio 1.00")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("range penetration 50.2%")));
        view.setOverlay(std::nullopt);
        QVERIFY(!overlayLine(view.chart()));
    }

    void mixedPeriodsNormalisedWithNote()
    {
        PostingBands p = Testing::seedPosting();
        p.bands.append(Testing::band(QStringLiteral("IC2"),
                                     QStringLiteral("Hourly contract"),
                                     48,
                                     72,
                                     QStringLiteral("USD"),
                                     Core::Period::Hour));
        PayBandChartView view;
        view.resize(1000, 600);
        view.show();
        view.setBands({p});
        QCOMPARE(view.barCount(), 5);
        QCOMPARE(view.noteText(), QStringLiteral("Hourly bands shown per year at 2,080 hours."));
        auto *note = view.findChild<QLabel *>();
        QLabel *shown = nullptr;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            if (label->accessibleName() == QStringLiteral("Chart notes"))
                shown = label;
        }
        QVERIFY(note && shown);
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->text(), view.noteText());
        auto *series = barSeries(view.chart());
        QCOMPARE(series->barSets().first()->at(0), 48.0 * 2080); // bottom bar: the hourly one
        QVERIFY(view.toolTipForRow(4).contains(QStringLiteral("Stated per hour")));
    }

    void mixedCurrenciesRefused()
    {
        PostingBands p = Testing::seedPosting();
        p.bands.append(Testing::band(QStringLiteral("IC3"),
                                     QStringLiteral("Dublin"),
                                     70000,
                                     110000,
                                     QStringLiteral("EUR")));
        PayBandChartView view;
        view.resize(1000, 600);
        view.show();
        view.setBands({p});
        QCOMPARE(view.barCount(), 4);
        QCOMPARE(view.refusalText(),
                 QStringLiteral("Bands in EUR and USD cannot be compared without an exchange "
                                "rate; showing USD only."));
        QVERIFY(view.isCurrencySelectorShown());
        QComboBox *selector = view.findChild<QComboBox *>();
        QVERIFY(selector);
        QVERIFY(selector->isVisible());
        QCOMPARE(selector->accessibleName(), QStringLiteral("Currency shown"));
        QCOMPARE(selector->count(), 2);
        selector->setCurrentText(QStringLiteral("EUR"));
        QCOMPARE(view.barCount(), 1);
        QCOMPARE(view.plan().rows.at(0).band.currency, QStringLiteral("EUR"));
        QVERIFY(view.refusalText().endsWith(QStringLiteral("showing EUR only.")));
        // The refusal is part of what an export shows.
        QVERIFY(!render(view).isNull());
    }

    void threeModes()
    {
        PostingBands other = Testing::seedPosting();
        other.title = QStringLiteral("Software Engineer 2, Azure");
        other.requisitionId = QUuid::createUuid();
        PayBandChartView view;
        view.resize(1000, 600);
        view.show();
        view.setBands({Testing::seedPosting(), other});
        QCOMPARE(view.barCount(), 4);
        view.setMode(PayBandChartMode::PostingsSideBySide);
        QCOMPARE(view.barCount(), 8);
        // One legend entry per posting plus the midpoint.
        QVERIFY(!render(view).isNull());
        int visibleMarkers = 0;
        for (QLegendMarker *m : view.chart()->legend()->markers())
            visibleMarkers += m->isVisible() ? 1 : 0;
        QCOMPARE(visibleMarkers, 3);
        view.setMode(PayBandChartMode::LevelAcrossLocations);
        view.setLevel(QStringLiteral("IC4"));
        QCOMPARE(view.barCount(), 4);
        QVERIFY(view.chart()->title().startsWith(QStringLiteral("IC4")));
    }

    void fiveHundredBands()
    {
        PayBandChartView view;
        view.resize(1200, 800);
        view.show();
        view.setMode(PayBandChartMode::PostingsSideBySide);
        view.setBands(Testing::manyBands(500, 5));
        QCOMPARE(view.barCount(), 500);
        QVERIFY(view.noteText().isEmpty());
        QLabel *note = nullptr;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            if (label->accessibleName() == QStringLiteral("Chart notes"))
                note = label;
        }
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("labels are hidden")));
        QVERIFY(note->text().contains(QStringLiteral("one colour")));
        // One colour: base, range halves and midpoint.
        QCOMPARE(barSeries(view.chart())->count(), 4);
        const QImage image = render(view);
        QVERIFY(!image.isNull());
        view.setMode(PayBandChartMode::LevelByLocation);
        QCOMPARE(view.barCount(), 100);
    }

    void emptyChart()
    {
        PayBandChartView view;
        view.show();
        view.setBands({});
        QCOMPARE(view.barCount(), 0);
        QVERIFY(!render(view).isNull());
    }
};

QTEST_MAIN(TestPayBandChartView)
#include "tst_paybandchartview.moc"
