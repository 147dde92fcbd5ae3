#include "../guitestsupport.h"
#include "gui/applicationspane.h"
#include "gui/applicationtablemodel.h"
#include "gui/charts/funnelchartview.h"
#include "gui/charts/pipelinechartspane.h"
#include "gui/charts/pipelinefiguresmodel.h"
#include "gui/charts/timeinstagechartview.h"
#include "pipelinefixtures.h"
#include "pipelinetimeline.h"

#include <QChart>
#include <QImage>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using M = PipelineFiguresModel;

class tst_PipelineChartsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<Store::DatabaseClient> m_client;
    Reqdesk::Testing::PipelineTimeline m_timeline;

    static QString cell(QTableView *table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        Gui::Testing::useEnglishLocale();
        TestSupport::useHome(m_home);
        const QString path = m_home.filePath(QStringLiteral("cache.db"));
        {
            auto db = Store::Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Reqdesk::Testing::writePipelineTimeline(**db, &m_timeline));
        }
        m_client = std::make_unique<Store::DatabaseClient>();
        QVERIFY(TestSupport::open(*m_client, path));
    }

    void cleanupTestCase() { m_client.reset(); }

    void oneRequisition()
    {
        PipelineChartsPane pane(m_client.get());
        QSignalSpy shown(&pane, &PipelineChartsPane::figuresShown);
        pane.setScope(m_timeline.requisition.id, m_timeline.requisition.title);
        // Hidden: nothing is asked until the pane is shown.
        QTest::qWait(50);
        QCOMPARE(shown.size(), 0);
        pane.resize(1000, 700);
        pane.show();
        QTRY_COMPARE(shown.size(), 1);

        QCOMPARE(pane.funnelView()->barCount(), 6);
        QCOMPARE(pane.funnelView()->funnel().total(), 5);
        QCOMPARE(pane.funnelView()->chart()->title(),
                 QStringLiteral("Funnel: ") + m_timeline.requisition.title);
        QTableView *funnel = pane.funnelTable();
        QCOMPARE(funnel->model()->rowCount(), 6);
        QCOMPARE(cell(funnel, 1, M::ReachedColumn), QStringLiteral("3"));
        QCOMPARE(cell(funnel, 1, M::ConversionColumn), QStringLiteral("60.0%"));
        QCOMPARE(cell(funnel, 2, M::ConversionColumn), QStringLiteral("66.7%"));
        QCOMPARE(cell(funnel, 3, M::ConversionColumn), QStringLiteral("50.0%"));

        QCOMPARE(pane.timeInStageView()->barCount(), 5);
        QTableView *durations = pane.durationsTable();
        QCOMPARE(cell(durations, 0, M::MedianColumn), QStringLiteral("1.5"));
        QCOMPARE(cell(durations, 0, M::MeanColumn), QStringLiteral("2.0"));
        QCOMPARE(cell(durations, 2, M::MedianColumn), QStringLiteral("2.5"));
        QCOMPARE(pane.timeInStageView()->toolTipForStage(1),
                 QStringLiteral("Recruiter screen\nMedian: 2.0 days\nMean: 2.0 days\n"
                                "Completed stays: 3"));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("t.png"));
        QVERIFY(pane.exportChart(
                            PipelineChartsPane::Chart::TimeInStage, png, ChartExporter::Format::Png)
                        .ok());
        QVERIFY(!QImage(png).isNull());
    }

    void allRequisitionsAndHint()
    {
        PipelineChartsPane pane(m_client.get());
        pane.show();
        QSignalSpy shown(&pane, &PipelineChartsPane::figuresShown);
        pane.setScope(std::nullopt, QString());
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(pane.funnelView()->funnel().total(), 6);
        QCOMPARE(pane.funnelView()->chart()->title(), QStringLiteral("Funnel: All requisitions"));
        QCOMPARE(pane.timeInStageView()->durations().entries().first().stays, 5);

        pane.setScope(QUuid(), QString());
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(pane.funnelView()->barCount(), 0);
        QVERIFY(pane.statusText().startsWith(QStringLiteral("Select a requisition")));
    }

    void movesRefreshTheFigures()
    {
        // The Applications pane shows the charts as a third view of its scope.
        QUndoStack undo;
        ApplicationsPane applications(m_client.get(), &undo);
        applications.resize(1200, 800);
        applications.show();
        applications.start();
        applications.setCurrentRequisition(m_timeline.requisition.id, m_timeline.requisition.title);
        applications.setScopeMode(ApplicationsPane::FollowRequisition);
        PipelineChartsPane *charts = applications.charts();
        QSignalSpy shown(charts, &PipelineChartsPane::figuresShown);
        auto *chartsButton
                = applications.findChild<QToolButton *>(QStringLiteral("chartsModeButton"));
        QVERIFY(chartsButton);
        chartsButton->click();
        QCOMPARE(applications.viewMode(), ApplicationsPane::ChartsMode);
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(charts->funnelView()->funnel().steps().at(1).reached, 3);

        // A5 (still applied) moves to the recruiter screen: the funnel follows.
        QTRY_COMPARE(applications.model()->rowCount(), 5);
        QUuid a5;
        for (int row = 0; row < applications.model()->rowCount(); ++row) {
            const QModelIndex i = applications.model()->index(row, 0);
            if (applications.expectedStage(i.data(ApplicationTableModel::IdRole).toUuid())
                == Core::Stage::Applied)
                a5 = i.data(ApplicationTableModel::IdRole).toUuid();
        }
        QVERIFY(!a5.isNull());
        shown.clear();
        QCOMPARE(applications.requestMoves({a5}, Core::Stage::RecruiterScreen), 1);
        QTRY_VERIFY(!shown.isEmpty());
        QTRY_COMPARE(charts->funnelView()->funnel().steps().at(1).reached, 4);
        QCOMPARE(charts->funnelTable()->model()->index(1, M::ReachedColumn).data().toString(),
                 QStringLiteral("4"));
    }
};

QTEST_MAIN(tst_PipelineChartsPane)
#include "tst_pipelinechartspane.moc"
