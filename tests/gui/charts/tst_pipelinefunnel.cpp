#include "gui/charts/pipelinefunnel.h"

#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Core::Stage;
using Store::FunnelCount;

using Counts = QList<FunnelCount>;
using Numbers = QList<qint64>;
using Shares = QList<double>; ///< -1 for "none"

class tst_PipelineFunnel : public QObject
{
    Q_OBJECT

private slots:
    void fromCounts_data()
    {
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<Numbers>("reached");
        QTest::addColumn<Numbers>("current");
        QTest::addColumn<Numbers>("exited");
        QTest::addColumn<Shares>("conversion");
        QTest::addColumn<qint64>("rejected");
        QTest::addColumn<qint64>("withdrawn");

        QTest::newRow("empty") << Counts{} << Numbers{0, 0, 0, 0, 0, 0} << Numbers{0, 0, 0, 0, 0, 0}
                               << Numbers{0, 0, 0, 0, 0, 0} << Shares{-1, -1, -1, -1, -1, -1}
                               << qint64(0) << qint64(0);
        // The pipeline of tests/store/pipelinetimeline.h.
        QTest::newRow("known pipeline")
                << Counts{{Stage::Applied, Stage::Applied, 1},
                          {Stage::Applied, Stage::Rejected, 1},
                          {Stage::RecruiterScreen, Stage::Withdrawn, 1},
                          {Stage::HiringManagerScreen, Stage::Rejected, 1},
                          {Stage::Hired, Stage::Hired, 1}}
                << Numbers{5, 3, 2, 1, 1, 1} << Numbers{1, 0, 0, 0, 0, 1}
                << Numbers{1, 1, 1, 0, 0, 0} << Shares{-1, 0.6, 2.0 / 3.0, 0.5, 1.0, 1.0}
                << qint64(2) << qint64(1);
        // A move straight from applied to onsite still passed the screens on the way.
        QTest::newRow("skipped stages count")
                << Counts{{Stage::Onsite, Stage::Onsite, 4}, {Stage::Applied, Stage::Applied, 4}}
                << Numbers{8, 4, 4, 4, 0, 0} << Numbers{4, 0, 0, 4, 0, 0}
                << Numbers{0, 0, 0, 0, 0, 0} << Shares{-1, 0.5, 1.0, 1.0, 0.0, -1} << qint64(0)
                << qint64(0);
        QTest::newRow("everyone withdrew at once")
                << Counts{{Stage::Applied, Stage::Withdrawn, 3}} << Numbers{3, 0, 0, 0, 0, 0}
                << Numbers{0, 0, 0, 0, 0, 0} << Numbers{3, 0, 0, 0, 0, 0}
                << Shares{-1, 0.0, -1, -1, -1, -1} << qint64(0) << qint64(3);
        QTest::newRow("non-positive rows ignored")
                << Counts{{Stage::Offer, Stage::Offer, 0}, {Stage::Offer, Stage::Offer, -2}}
                << Numbers{0, 0, 0, 0, 0, 0} << Numbers{0, 0, 0, 0, 0, 0}
                << Numbers{0, 0, 0, 0, 0, 0} << Shares{-1, -1, -1, -1, -1, -1} << qint64(0)
                << qint64(0);
    }

    void fromCounts()
    {
        QFETCH(Counts, counts);
        QFETCH(Numbers, reached);
        QFETCH(Numbers, current);
        QFETCH(Numbers, exited);
        QFETCH(Shares, conversion);
        QFETCH(qint64, rejected);
        QFETCH(qint64, withdrawn);

        const PipelineFunnel funnel = PipelineFunnel::fromCounts(counts);
        QCOMPARE(funnel.steps().size(), 6);
        for (int i = 0; i < 6; ++i) {
            const FunnelStep &s = funnel.steps().at(i);
            QCOMPARE(s.stage, PipelineFunnel::stages().at(i));
            QCOMPARE(s.reached, reached.at(i));
            QCOMPARE(s.current, current.at(i));
            QCOMPARE(s.exited, exited.at(i));
            if (conversion.at(i) < 0) {
                QVERIFY2(!s.conversion, qPrintable(QString::number(i)));
            } else {
                QVERIFY(s.conversion);
                QCOMPARE(*s.conversion, conversion.at(i));
            }
        }
        QCOMPARE(funnel.total(), reached.first());
        QCOMPARE(funnel.isEmpty(), reached.first() == 0);
        QCOMPARE(funnel.rejected(), rejected);
        QCOMPARE(funnel.withdrawn(), withdrawn);
        if (reached.first() == 0)
            QVERIFY(!funnel.overallConversion());
        else
            QCOMPARE(*funnel.overallConversion(), double(reached.last()) / reached.first());
    }

    void monotone()
    {
        // Whatever the grouping, a later stage never has more than an earlier one.
        const PipelineFunnel funnel
                = PipelineFunnel::fromCounts({{Stage::Offer, Stage::Rejected, 2},
                                              {Stage::RecruiterScreen, Stage::RecruiterScreen, 7},
                                              {Stage::Hired, Stage::Hired, 1}});
        for (int i = 1; i < funnel.steps().size(); ++i)
            QVERIFY(funnel.steps().at(i).reached <= funnel.steps().at(i - 1).reached);
    }
};

QTEST_GUILESS_MAIN(tst_PipelineFunnel)
#include "tst_pipelinefunnel.moc"
