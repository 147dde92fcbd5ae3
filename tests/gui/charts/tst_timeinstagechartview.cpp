#include "gui/appearance.h"
#include "gui/charts/timeinstagechartview.h"
#include "pipelinefixtures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QScatterSeries>
#include <QTest>
#include <QToolTip>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {

template<typename T>
T *seriesOf(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            return t;
    }
    return nullptr;
}

} // namespace

class tst_TimeInStageChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::useEnglishLocale(); }

    void medianBarsMeanMarkers()
    {
        TimeInStageChartView view;
        view.setDurations(Testing::knownDurations(), QStringLiteral("R"));
        QCOMPARE(view.barCount(), 5);
        QCOMPARE(view.markerCount(), 5);
        auto *bars = seriesOf<QBarSeries>(view.chart());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        const QBarSet *medians = bars->barSets().first();
        const QList<qreal> expected{1.5, 2.0, 2.5, 1.0, 2.0};
        QCOMPARE(medians->count(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(medians->at(i), expected.at(i));
        auto *means = seriesOf<QScatterSeries>(view.chart());
        QVERIFY(means);
        QCOMPARE(means->count(), 5);
        QCOMPARE(means->at(0), QPointF(0, 2.0));
        QCOMPARE(means->at(2), QPointF(2, 2.5));
        auto *axis
                = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        QCOMPARE(axis->categories().first(), QStringLiteral("Applied"));
        QCOMPARE(axis->categories().last(), QStringLiteral("Offer"));
    }

    void toolTips()
    {
        TimeInStageChartView view;
        view.setDurations(Testing::knownDurations(), QStringLiteral("R"));
        QCOMPARE(view.toolTipForStage(0),
                 QStringLiteral("Applied\nMedian: 1.5 days\nMean: 2.0 days\nCompleted stays: 4"));
        QCOMPARE(view.toolTipForStage(3),
                 QStringLiteral("Onsite\nMedian: 1.0 day\nMean: 1.0 day\nCompleted stays: 1"));
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        emit seriesOf<QBarSeries>(view.chart())->barSets().first()->hovered(true, 2);
        QTRY_COMPARE(QToolTip::text(), view.toolTipForStage(2));
        emit seriesOf<QScatterSeries>(view.chart())->hovered(QPointF(0, 2.0), true);
        QTRY_COMPARE(QToolTip::text(), view.toolTipForStage(0));
    }

    void stagesWithoutStays()
    {
        using Core::Stage;
        TimeInStageChartView view;
        view.setDurations(StageDurations::fromRows({{Stage::Applied, 2, 3.25, 3.0}}),
                          QStringLiteral("R"));
        QCOMPARE(view.barCount(), 5); // the categories stay, so stages keep their place
        QCOMPARE(view.markerCount(), 1);
        QCOMPARE(seriesOf<QBarSeries>(view.chart())->barSets().first()->at(0), 3.0);
        QCOMPARE(view.toolTipForStage(1),
                 QStringLiteral("Recruiter screen\nNo application has left this stage yet"));

        view.setDurations(StageDurations(), QStringLiteral("R"));
        QCOMPARE(view.barCount(), 0);
        QVERIFY(!seriesOf<QBarSeries>(view.chart()));
        QCOMPARE(view.chart()->title(),
                 QStringLiteral("Time in stage: no completed stays yet for R"));
    }

    void darkTheme()
    {
        TimeInStageChartView view;
        view.setDurations(Testing::knownDurations(), QStringLiteral("R"));
        QCOMPARE(view.chart()->theme(), QChart::ChartThemeLight);
        view.setPalette(Appearance::darkPalette());
        QCOMPARE(view.chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(view.barCount(), 5);
        QCOMPARE(view.markerCount(), 5);
        QVERIFY(view.exportBackground().lightness() < 128);
    }
};

QTEST_MAIN(tst_TimeInStageChartView)
#include "tst_timeinstagechartview.moc"
