#include "chartfixtures.h"
#include "gui/charts/paybandchartplanner.h"

#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {

PostingBands mixedPeriods()
{
    PostingBands p;
    p.requisitionId = QUuid::createUuid();
    p.title = QStringLiteral("Support Engineer");
    p.bands = {Testing::band(QStringLiteral("L1"), QStringLiteral("Remote"), 100000, 150000),
               Testing::band(QStringLiteral("L1"),
                             QStringLiteral("Denver"),
                             50,
                             75,
                             QStringLiteral("USD"),
                             Core::Period::Hour)};
    return p;
}

PostingBands mixedCurrencies()
{
    PostingBands p;
    p.requisitionId = QUuid::createUuid();
    p.title = QStringLiteral("Data Engineer");
    p.bands = {Testing::band(QStringLiteral("L2"), QStringLiteral("New York"), 120000, 160000),
               Testing::band(QStringLiteral("L2"),
                             QStringLiteral("Berlin"),
                             70000,
                             95000,
                             QStringLiteral("EUR")),
               Testing::band(QStringLiteral("L3"), QStringLiteral("Austin"), 140000, 190000)};
    return p;
}

} // namespace

class TestPayBandChartPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void seedOnePosting()
    {
        const auto plan = PayBandChartPlanner::plan({Testing::seedPosting()}, {});
        QCOMPARE(plan.rows.size(), 4);
        QCOMPARE(plan.currency, QStringLiteral("USD"));
        QCOMPARE(plan.period, Core::Period::Year);
        QVERIFY(plan.refusal.isEmpty());
        QVERIFY(plan.notes.isEmpty());
        QCOMPARE(plan.rows.at(0).label, QStringLiteral("IC3 · U.S. typical"));
        QCOMPARE(plan.rows.at(0).midMinor, 14980000);
        QVERIFY(plan.title.startsWith(QStringLiteral("Software Engineer 2")));
        QVERIFY(plan.title.contains(QStringLiteral("USD per year")));
    }

    void periodsNormalisedPerYear()
    {
        const auto plan = PayBandChartPlanner::plan({mixedPeriods()}, {});
        QCOMPARE(plan.period, Core::Period::Year);
        QCOMPARE(plan.rows.size(), 2);
        const PayBandChartRow &hourly = plan.rows.at(1);
        QCOMPARE(hourly.statedPeriod, Core::Period::Hour);
        QCOMPARE(hourly.band.period, Core::Period::Year);
        QCOMPARE(hourly.band.minMinor, 10400000); // 50 × 2,080
        QCOMPARE(hourly.band.maxMinor, 15600000); // 75 × 2,080
        QCOMPARE(plan.notes,
                 QStringList{QStringLiteral("Hourly bands shown per year at 2,080 hours.")});
    }

    void singlePeriodKept()
    {
        PostingBands p = mixedPeriods();
        p.bands.removeFirst();
        const auto plan = PayBandChartPlanner::plan({p}, {});
        QCOMPARE(plan.period, Core::Period::Hour);
        QCOMPARE(plan.rows.at(0).band.minMinor, 5000);
        QVERIFY(plan.notes.isEmpty());
    }

    void currenciesRefused()
    {
        const auto plan = PayBandChartPlanner::plan({mixedCurrencies()}, {});
        QCOMPARE(plan.currency, QStringLiteral("USD"));
        QCOMPARE(plan.currencies, (QStringList{QStringLiteral("EUR"), QStringLiteral("USD")}));
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.refusal,
                 QStringLiteral("Bands in EUR and USD cannot be compared without an "
                                "exchange rate; showing USD only."));

        PayBandChartPlanner::Options options;
        options.currency = QStringLiteral("EUR");
        const auto euro = PayBandChartPlanner::plan({mixedCurrencies()}, options);
        QCOMPARE(euro.rows.size(), 1);
        QCOMPARE(euro.rows.at(0).band.location, QStringLiteral("Berlin"));
        QVERIFY(euro.refusal.endsWith(QStringLiteral("showing EUR only.")));
    }

    void overlayInOtherCurrencyNotCompared()
    {
        PayBandChartPlanner::Options options;
        options.overlay = Core::Money{9000000, QStringLiteral("EUR"), Core::Period::Year};
        const auto plan = PayBandChartPlanner::plan({Testing::seedPosting()}, options);
        QVERIFY(!plan.overlay);
        QVERIFY(!plan.rows.at(0).compaRatio);
        QCOMPARE(plan.notes,
                 QStringList{QStringLiteral("The EUR amount is not compared with USD bands.")});
    }

    void overlayPeriodNormalised()
    {
        PayBandChartPlanner::Options options;
        options.overlay = Core::Money{1250000, QStringLiteral("USD"), Core::Period::Month};
        const auto plan = PayBandChartPlanner::plan({Testing::seedPosting()}, options);
        QVERIFY(plan.overlay);
        QCOMPARE(plan.overlay->minor, 15000000);
        QCOMPARE(plan.overlay->period, Core::Period::Year);
        QVERIFY(plan.rows.at(0).compaRatio);
    }

    void sideBySideGroupsLevelAndLocation()
    {
        PostingBands other = Testing::seedPosting();
        other.title = QStringLiteral("Software Engineer 2 (Redmond)");
        other.requisitionId = QUuid::createUuid();
        other.bands.resize(2);
        PayBandChartPlanner::Options options;
        options.mode = PayBandChartMode::PostingsSideBySide;
        const auto plan = PayBandChartPlanner::plan({Testing::seedPosting(), other}, options);
        QCOMPARE(plan.rows.size(), 6);
        QCOMPARE(plan.rows.at(0).postingIndex, 0);
        QCOMPARE(plan.rows.at(1).postingIndex, 1); // same level × location, next to each other
        QCOMPARE(plan.rows.at(1).band.location, plan.rows.at(0).band.location);
        QVERIFY(plan.rows.at(0).label != plan.rows.at(1).label);
    }

    void levelAcrossLocations()
    {
        PayBandChartPlanner::Options options;
        options.mode = PayBandChartMode::LevelAcrossLocations;
        options.level = QStringLiteral("IC4");
        const auto plan = PayBandChartPlanner::plan({Testing::seedPosting()}, options);
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).label, QStringLiteral("U.S. typical"));
        QCOMPARE(plan.rows.at(1).label, QStringLiteral("Some locations"));
        QCOMPARE(PayBandChartPlanner::levels({Testing::seedPosting()}),
                 (QStringList{QStringLiteral("IC3"), QStringLiteral("IC4")}));
    }

    void invalidBandLeftOutWithNote()
    {
        PostingBands p = Testing::seedPosting();
        p.bands[0].minMinor = p.bands[0].maxMinor + 1;
        const auto plan = PayBandChartPlanner::plan({p}, {});
        QCOMPARE(plan.rows.size(), 3);
        QCOMPARE(plan.notes.size(), 1);
    }

    void emptyInput()
    {
        const auto plan = PayBandChartPlanner::plan({}, {});
        QVERIFY(plan.rows.isEmpty());
        QVERIFY(plan.refusal.isEmpty());
    }
};

QTEST_MAIN(TestPayBandChartPlanner)
#include "tst_paybandchartplanner.moc"
