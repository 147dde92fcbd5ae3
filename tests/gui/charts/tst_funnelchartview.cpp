#include "gui/appearance.h"
#include "gui/charts/chartexporter.h"
#include "gui/charts/funnelchartview.h"
#include "pipelinefixtures.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {

QHorizontalBarSeries *bars(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *b = qobject_cast<QHorizontalBarSeries *>(s))
            return b;
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

} // namespace

class tst_FunnelChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::useEnglishLocale(); }

    void barsPerStage()
    {
        FunnelChartView view;
        view.setFunnel(Testing::knownFunnel(), QStringLiteral("Software Engineer 2"));
        QCOMPARE(view.barCount(), 6);
        QHorizontalBarSeries *series = bars(view.chart());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 1);
        QBarSet *set = series->barSets().first();
        QCOMPARE(set->count(), 6);
        // Applied is drawn at the top, so it is the last category.
        const QList<qreal> expected{1, 1, 1, 2, 3, 5};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(set->at(i), expected.at(i));
        const QStringList cats = categories(view.chart());
        QCOMPARE(cats.size(), 6);
        QCOMPARE(cats.last(), QStringLiteral("Applied"));
        QCOMPARE(cats.at(4), QStringLiteral("Recruiter screen (60.0%)"));
        QCOMPARE(cats.at(3), QStringLiteral("Hiring manager screen (66.7%)"));
        QCOMPARE(cats.at(2), QStringLiteral("Onsite (50.0%)"));
        QVERIFY(series->isLabelsVisible());
        QCOMPARE(view.chart()->title(), QStringLiteral("Funnel: Software Engineer 2"));
        QCOMPARE(view.noteText(),
                 QStringLiteral("Left the pipeline: 2 rejected, 1 withdrawn. Hired of all "
                                "applications: 20.0%."));
    }

    void toolTips()
    {
        FunnelChartView view;
        view.setFunnel(Testing::knownFunnel(), QStringLiteral("R"));
        QCOMPARE(view.toolTipForStep(1),
                 QStringLiteral("Recruiter screen\nReached: 3 of 5 applications\n"
                                "Conversion from Applied: 60.0%\nShare of all applications: "
                                "60.0%\nIn this stage now: 0\nRejected or withdrawn after this "
                                "stage: 1"));
        QVERIFY(view.toolTipForStep(0).startsWith(
                QStringLiteral("Applied\nReached: 5 of 5 applications\nShare")));
        QVERIFY(view.toolTipForStep(6).isEmpty());

        // Hovering a bar shows the step's tooltip (category 4 is Recruiter screen).
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QBarSet *set = bars(view.chart())->barSets().first();
        emit set->hovered(true, 4);
        QTRY_COMPARE(QToolTip::text(), view.toolTipForStep(1));
        emit set->hovered(false, 4);
    }

    void empty()
    {
        FunnelChartView view;
        view.setFunnel(PipelineFunnel(), QStringLiteral("R"));
        QCOMPARE(view.barCount(), 0);
        QVERIFY(!bars(view.chart()));
        QCOMPARE(view.chart()->title(), QStringLiteral("Funnel: no applications for R"));
        QVERIFY(view.noteText().isEmpty());
    }

    void followsPalette()
    {
        FunnelChartView view;
        view.setFunnel(Testing::knownFunnel(), QStringLiteral("R"));
        QCOMPARE(view.chart()->theme(), QChart::ChartThemeLight);
        view.setPalette(Appearance::darkPalette());
        QCOMPARE(view.chart()->theme(), QChart::ChartThemeDark);
        QVERIFY(view.exportBackground().lightness() < 128);
        // The bars are rebuilt on the new theme with the same figures.
        QCOMPARE(view.barCount(), 6);
        QCOMPARE(bars(view.chart())->barSets().first()->at(5), 5.0);
        view.setPalette(Appearance::lightPalette());
        QCOMPARE(view.chart()->theme(), QChart::ChartThemeLight);
    }

    void exportsPng()
    {
        QTemporaryDir dir;
        FunnelChartView view;
        view.setFunnel(Testing::knownFunnel(), QStringLiteral("R"));
        const QString path = dir.filePath(QStringLiteral("funnel.png"));
        QVERIFY(ChartExporter(&view).exportTo(path, ChartExporter::Format::Png).ok());
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (view.exportSize() * 2).toSize());
        QCOMPARE(image.text(QStringLiteral("Title")), QStringLiteral("Funnel: R"));
        const QString svg = dir.filePath(QStringLiteral("funnel.svg"));
        QVERIFY(ChartExporter(&view).exportTo(svg, ChartExporter::Format::Svg).ok());
        QVERIFY(QFileInfo(svg).size() > 0);
    }
};

QTEST_MAIN(tst_FunnelChartView)
#include "tst_funnelchartview.moc"
