#include "gui/requisitiontablemodel.h"
#include "guitestsupport.h"

#include <QAbstractItemModelTester>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_RequisitionTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::DatabaseClient> m_client;
    QList<Core::Requisition> m_seeded;

    // Fetches every page the model offers.
    static void fetchAll(RequisitionTableModel &model)
    {
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > before || !model.canFetchMore({}));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::useHome(m_dir);
        m_client = std::make_unique<Store::DatabaseClient>();
        QVERIFY(TestSupport::open(*m_client, m_dir.filePath(QStringLiteral("model.db"))));
        m_seeded = TestSupport::seed(*m_client, 450);
    }

    void cleanupTestCase() { m_client.reset(); }

    void pagesArriveLazilyUnderTheTester()
    {
        RequisitionTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        model.setFilter({});
        QTRY_COMPARE(first.size(), 1);
        // The tester itself asks for more while it checks inserts (fetchesOnlyWhenAsked
        // checks laziness without it).
        QVERIFY(model.rowCount() >= 100);
        QTRY_COMPARE(model.totalCount(), 450);

        fetchAll(model);
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));

        // Every seeded requisition exactly once.
        QSet<QUuid> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), 450);
    }

    void fetchesOnlyWhenAsked()
    {
        RequisitionTableModel model(m_client.get());
        model.setPageSize(100);
        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        QSignalSpy pages(&model, &RequisitionTableModel::pageArrived);
        model.setFilter({});
        QTRY_COMPARE(first.size(), 1);
        // The count is answered after the first page; no second page was asked for meanwhile.
        QTRY_COMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(pages.size(), 1);
        QVERIFY(!model.isLoading());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // ignored while the first request is out
        QTRY_COMPARE(pages.size(), 2);
        QCOMPARE(model.rowCount(), 200);
    }

    void sortingRunsAsANewQuery()
    {
        RequisitionTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(120);
        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        model.setFilter({});
        QTRY_COMPARE(first.size(), 1);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(RequisitionTableModel::PayMaxColumn, Qt::AscendingOrder);
        QCOMPARE(reset.size(), 1);
        QTRY_COMPARE(first.size(), 2);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 450);
        for (int row = 1; row < model.rowCount(); ++row) {
            const qint64 a = model.index(row - 1, RequisitionTableModel::PayMaxColumn)
                                     .data(RequisitionTableModel::SortRole)
                                     .toLongLong();
            const qint64 b = model.index(row, RequisitionTableModel::PayMaxColumn)
                                     .data(RequisitionTableModel::SortRole)
                                     .toLongLong();
            QVERIFY2(a <= b, qPrintable(QStringLiteral("row %1").arg(row)));
        }

        model.sort(RequisitionTableModel::TitleColumn, Qt::DescendingOrder);
        QTRY_COMPARE(first.size(), 3);
        const QString a = model.index(0, RequisitionTableModel::TitleColumn).data().toString();
        const QString b = model.index(1, RequisitionTableModel::TitleColumn).data().toString();
        QVERIFY(a.compare(b, Qt::CaseInsensitive) >= 0);
        QCOMPARE(model.query().sort, Store::SortColumn::Title);

        // Location has no sort index: the order stays.
        model.sort(RequisitionTableModel::LocationColumn, Qt::AscendingOrder);
        QCOMPARE(model.query().sort, Store::SortColumn::Title);
    }

    void aNewFilterDropsTheOldQuerysPages()
    {
        RequisitionTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        QSignalSpy pages(&model, &RequisitionTableModel::pageArrived);
        Store::RequisitionFilter everything;
        model.setFilter(everything);
        // Superseded before its page can arrive: only the last query's rows reach the model.
        Store::RequisitionFilter nothing;
        nothing.text = QStringLiteral("zzqxnotaword");
        model.setFilter(nothing);
        QTRY_COMPARE(first.size(), 1);
        QTRY_COMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(pages.size(), 1);
        QVERIFY(!model.canFetchMore({}));
    }

    void filtersReachTheStore()
    {
        RequisitionTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Store::RequisitionFilter open;
        open.statuses = {Core::RequisitionStatus::Open};
        const auto expected = std::count_if(m_seeded.cbegin(), m_seeded.cend(), [](const auto &r) {
            return r.status == Core::RequisitionStatus::Open;
        });
        QVERIFY(expected > 0);
        model.setFilter(open);
        QTRY_COMPARE(model.totalCount(), qint64(expected));
        fetchAll(model);
        QCOMPARE(model.rowCount(), int(expected));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(RequisitionTableModel::StatusRole).toInt(),
                     int(Core::RequisitionStatus::Open));
        }
    }

    void dataReadsTheLoadedRow()
    {
        RequisitionTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Store::RequisitionFilter one;
        one.text = m_seeded.at(3).title + u' ' + m_seeded.at(3).org;
        model.setFilter(one);
        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        QTRY_COMPARE(first.size(), 1);
        const int row = model.rowOf(m_seeded.at(3).id);
        QVERIFY(row >= 0);
        const Core::Requisition &r = m_seeded.at(3);
        QCOMPARE(model.index(row, RequisitionTableModel::TitleColumn).data().toString(), r.title);
        QCOMPARE(model.index(row, RequisitionTableModel::OrgColumn).data().toString(), r.org);
        QCOMPARE(model.index(row, 0).data(RequisitionTableModel::IdRole).toUuid(), r.id);
        const QString pay = model.index(row, RequisitionTableModel::PayMinColumn).data().toString();
        QVERIFY2(!pay.isEmpty() && pay.contains(QLatin1Char('0')), qPrintable(pay));
        QVERIFY(model.index(row, RequisitionTableModel::PayMinColumn)
                        .data(RequisitionTableModel::SortRole)
                        .toLongLong()
                > 0);
        QCOMPARE(model.headerData(
                              RequisitionTableModel::TitleColumn, Qt::Horizontal, Qt::DisplayRole)
                         .toString(),
                 QStringLiteral("Title"));
    }
};

QTEST_MAIN(tst_RequisitionTableModel)
#include "tst_requisitiontablemodel.moc"
