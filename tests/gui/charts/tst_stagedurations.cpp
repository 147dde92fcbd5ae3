#include "gui/charts/stagedurations.h"

#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Core::Stage;
using Store::StageDurationRow;

using Rows = QList<StageDurationRow>;
using Numbers = QList<qint64>;
using Days = QList<double>;

class tst_StageDurations : public QObject
{
    Q_OBJECT

private slots:
    void fromRows_data()
    {
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<Numbers>("stays");
        QTest::addColumn<Days>("median");
        QTest::addColumn<Days>("mean");
        QTest::addColumn<double>("longest");

        QTest::newRow("empty") << Rows{} << Numbers{0, 0, 0, 0, 0} << Days{0, 0, 0, 0, 0}
                               << Days{0, 0, 0, 0, 0} << 0.0;
        // The pipeline of tests/store/pipelinetimeline.h.
        QTest::newRow("known pipeline") << Rows{{Stage::Applied, 4, 2.0, 1.5},
                                                {Stage::RecruiterScreen, 3, 2.0, 2.0},
                                                {Stage::HiringManagerScreen, 2, 2.5, 2.5},
                                                {Stage::Onsite, 1, 1.0, 1.0},
                                                {Stage::Offer, 1, 2.0, 2.0}}
                                        << Numbers{4, 3, 2, 1, 1} << Days{1.5, 2.0, 2.5, 1.0, 2.0}
                                        << Days{2.0, 2.0, 2.5, 1.0, 2.0} << 2.5;
        QTest::newRow("gaps stay zero, order kept")
                << Rows{{Stage::Offer, 2, 9.0, 3.0}, {Stage::Applied, 1, 0.5, 0.5}}
                << Numbers{1, 0, 0, 0, 2} << Days{0.5, 0, 0, 0, 3.0} << Days{0.5, 0, 0, 0, 9.0}
                << 9.0;
        QTest::newRow("hired and exits are not stages to measure")
                << Rows{{Stage::Hired, 3, 1.0, 1.0}, {Stage::Rejected, 2, 5.0, 5.0}}
                << Numbers{0, 0, 0, 0, 0} << Days{0, 0, 0, 0, 0} << Days{0, 0, 0, 0, 0} << 0.0;
        QTest::newRow("negative figures clamp to zero")
                << Rows{{Stage::Onsite, 2, -1.0, -3.0}} << Numbers{0, 0, 0, 2, 0}
                << Days{0, 0, 0, 0, 0} << Days{0, 0, 0, 0, 0} << 0.0;
    }

    void fromRows()
    {
        QFETCH(Rows, rows);
        QFETCH(Numbers, stays);
        QFETCH(Days, median);
        QFETCH(Days, mean);
        QFETCH(double, longest);

        const StageDurations d = StageDurations::fromRows(rows);
        QCOMPARE(d.entries().size(), 5);
        qint64 total = 0;
        for (int i = 0; i < 5; ++i) {
            const StageDuration &e = d.entries().at(i);
            QCOMPARE(e.stage, StageDurations::stages().at(i));
            QCOMPARE(e.stays, stays.at(i));
            QCOMPARE(e.medianDays, median.at(i));
            QCOMPARE(e.meanDays, mean.at(i));
            total += e.stays;
        }
        QCOMPARE(d.totalStays(), total);
        QCOMPARE(d.isEmpty(), total == 0);
        QCOMPARE(d.longestDays(), longest);
    }
};

QTEST_GUILESS_MAIN(tst_StageDurations)
#include "tst_stagedurations.moc"
