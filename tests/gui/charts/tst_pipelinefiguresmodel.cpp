#include "gui/charts/pipelinefiguresmodel.h"
#include "pipelinefixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using M = PipelineFiguresModel;

class tst_PipelineFiguresModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Testing::useEnglishLocale(); }

    void funnelFigures()
    {
        M model(M::Kind::Funnel);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(M::FunnelColumnCount));
        model.setFunnel(Testing::knownFunnel());
        QCOMPARE(model.rowCount(), 6);
        auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, M::StageColumn), QStringLiteral("Applied"));
        QCOMPARE(text(0, M::ReachedColumn), QStringLiteral("5"));
        QCOMPARE(text(0, M::ConversionColumn), QString());
        QCOMPARE(text(1, M::ConversionColumn), QStringLiteral("60.0%"));
        QCOMPARE(text(2, M::ShareColumn), QStringLiteral("40.0%"));
        QCOMPARE(text(5, M::StageColumn), QStringLiteral("Hired"));
        QCOMPARE(text(5, M::CurrentColumn), QStringLiteral("1"));
        QCOMPARE(text(0, M::ExitedColumn), QStringLiteral("1"));
        QCOMPARE(model.index(1, M::ReachedColumn).data(M::SortRole).toLongLong(), 3);
        QCOMPARE(model.index(3, M::StageColumn).data(M::StageRole).toInt(),
                 int(Core::Stage::Onsite));
        QCOMPARE(model.headerData(M::ConversionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("From previous"));
        model.setFunnel(PipelineFunnel());
        QCOMPARE(model.rowCount(), 0);
    }

    void durationFigures()
    {
        M model(M::Kind::TimeInStage);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(M::DurationColumnCount));
        model.setDurations(Testing::knownDurations());
        QCOMPARE(model.rowCount(), 5);
        auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, M::MedianColumn), QStringLiteral("1.5"));
        QCOMPARE(text(0, M::MeanColumn), QStringLiteral("2.0"));
        QCOMPARE(text(0, M::StaysColumn), QStringLiteral("4"));
        QCOMPARE(text(4, M::StageColumn), QStringLiteral("Offer"));
        QCOMPARE(model.index(2, M::MedianColumn).data(M::SortRole).toDouble(), 2.5);
        QCOMPARE(model.headerData(M::MeanColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Mean days"));
        QCOMPARE(model.index(0, M::MedianColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }
};

QTEST_MAIN(tst_PipelineFiguresModel)
#include "tst_pipelinefiguresmodel.moc"
