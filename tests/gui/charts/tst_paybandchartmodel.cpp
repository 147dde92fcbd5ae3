#include "chartfixtures.h"
#include "gui/charts/paybandchartmodel.h"
#include "gui/charts/paybandchartplanner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class TestPayBandChartModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void seedFigures()
    {
        PayBandChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PayBandChartPlan plan = PayBandChartPlanner::plan({Testing::seedPosting()},
                                                                PayBandChartPlanner::Options{});
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(PayBandChartModel::ColumnCount));

        const auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, PayBandChartModel::PostingColumn), QStringLiteral("Software Engineer 2"));
        QCOMPARE(text(0, PayBandChartModel::LevelColumn), QStringLiteral("IC3"));
        QCOMPARE(text(0, PayBandChartModel::LocationColumn), QStringLiteral("U.S. typical"));
        QCOMPARE(text(0, PayBandChartModel::CurrencyColumn), QStringLiteral("USD"));
        QCOMPARE(text(0, PayBandChartModel::PeriodColumn), QStringLiteral("per year"));
        QCOMPARE(text(0, PayBandChartModel::MinColumn), QStringLiteral("$100,600"));
        QCOMPARE(text(0, PayBandChartModel::MidpointColumn), QStringLiteral("$149,800"));
        QCOMPARE(text(0, PayBandChartModel::MaxColumn), QStringLiteral("$199,000"));
        QCOMPARE(text(0, PayBandChartModel::WidthColumn), QStringLiteral("$98,400"));
        QCOMPARE(text(1, PayBandChartModel::LocationColumn),
                 QStringLiteral("San Francisco Bay Area and New York City metro"));
        QCOMPARE(text(1, PayBandChartModel::MinColumn), QStringLiteral("$131,400"));
        QCOMPARE(text(1, PayBandChartModel::MaxColumn), QStringLiteral("$215,400"));
        QCOMPARE(text(2, PayBandChartModel::MinColumn), QStringLiteral("$119,800"));
        QCOMPARE(text(2, PayBandChartModel::MaxColumn), QStringLiteral("$234,700"));
        QCOMPARE(text(3, PayBandChartModel::LocationColumn), QStringLiteral("Some locations"));
        QCOMPARE(text(3, PayBandChartModel::MinColumn), QStringLiteral("$158,400"));
        QCOMPARE(text(3, PayBandChartModel::MaxColumn), QStringLiteral("$258,000"));
        QCOMPARE(text(3, PayBandChartModel::MidpointColumn), QStringLiteral("$208,200"));
        // No overlay yet.
        QCOMPARE(text(0, PayBandChartModel::CompaRatioColumn), QStringLiteral("n/a"));

        // Raw sort keys in minor units, roles as documented.
        const QModelIndex min0 = model.index(0, PayBandChartModel::MinColumn);
        QCOMPARE(min0.data(PayBandChartModel::SortRole).toLongLong(), 10060000);
        QCOMPARE(min0.data(PayBandChartModel::MinorRole).toLongLong(), 10060000);
        QCOMPARE(min0.data(PayBandChartModel::IdRole).toUuid(), plan.rows.at(0).band.id);
        QCOMPARE(min0.data(PayBandChartModel::RequisitionIdRole).toUuid(),
                 plan.rows.at(0).requisitionId);
        QCOMPARE(model.headerData(PayBandChartModel::CompaRatioColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Compa-ratio"));
    }

    void overlayUpdatesInPlace()
    {
        PayBandChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<PostingBands> postings{Testing::seedPosting()};
        PayBandChartPlanner::Options options;
        model.setPlan(PayBandChartPlanner::plan(postings, options));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        options.overlay = Core::Money{15000000, QStringLiteral("USD"), Core::Period::Year};
        model.setPlan(PayBandChartPlanner::plan(postings, options));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().column(),
                 int(PayBandChartModel::CompaRatioColumn));

        const auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        // 150,000 ÷ 149,800 and (150,000 − 100,600) ÷ 98,400.
        QCOMPARE(text(0, PayBandChartModel::CompaRatioColumn), QStringLiteral("1.00"));
        QCOMPARE(text(0, PayBandChartModel::RangePenetrationColumn), QStringLiteral("50.2%"));
        QCOMPARE(text(1, PayBandChartModel::CompaRatioColumn), QStringLiteral("0.87"));
        QCOMPARE(text(1, PayBandChartModel::RangePenetrationColumn), QStringLiteral("22.1%"));
        QCOMPARE(text(2, PayBandChartModel::CompaRatioColumn), QStringLiteral("0.85"));
        QCOMPARE(text(2, PayBandChartModel::RangePenetrationColumn), QStringLiteral("26.3%"));
        // Below the minimum: negative, not clamped.
        QCOMPARE(text(3, PayBandChartModel::CompaRatioColumn), QStringLiteral("0.72"));
        QCOMPARE(text(3, PayBandChartModel::RangePenetrationColumn), QStringLiteral("-8.4%"));
        const double compa = model.index(0, PayBandChartModel::CompaRatioColumn)
                                     .data(PayBandChartModel::SortRole)
                                     .toDouble();
        QVERIFY(qAbs(compa - 150000.0 / 149800.0) < 1e-12);
    }

    void newBandsReset()
    {
        PayBandChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(PayBandChartPlanner::plan({Testing::seedPosting()}, {}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        PayBandChartPlanner::Options options;
        options.mode = PayBandChartMode::PostingsSideBySide;
        model.setPlan(PayBandChartPlanner::plan(Testing::manyBands(30, 3), options));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 30);
        model.setPlan(PayBandChartPlan{});
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    }

    void localeChangesText()
    {
        PayBandChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(PayBandChartPlanner::plan({Testing::seedPosting()}, {}));
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        const QString min = model.index(0, PayBandChartModel::MinColumn).data().toString();
        QVERIFY2(min.contains(QStringLiteral("100.600")), qPrintable(min));
    }

    void sortsOnRawValues()
    {
        PayBandChartModel model;
        model.setPlan(PayBandChartPlanner::plan({Testing::seedPosting()}, {}));
        // Display text would sort "$99" after "$100,600"; raw keys do not.
        QVERIFY(model.index(0, PayBandChartModel::MaxColumn)
                        .data(PayBandChartModel::SortRole)
                        .toLongLong()
                < model.index(3, PayBandChartModel::MaxColumn)
                          .data(PayBandChartModel::SortRole)
                          .toLongLong());
    }
};

QTEST_MAIN(TestPayBandChartModel)
#include "tst_paybandchartmodel.moc"
