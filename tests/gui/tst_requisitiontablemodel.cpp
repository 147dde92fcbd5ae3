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

    // Reads every row, as a view scrolling through would, until all are in memory.
    static void loadAll(RequisitionTableModel &model)
    {
        QTRY_VERIFY(model.totalCount() >= 0);
        for (int row = 0; row < model.rowCount(); ++row)
            model.index(row, 0).data();
        QTRY_COMPARE(model.loadedRowCount(), model.rowCount());
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

        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        model.setFilter({});
        QTRY_COMPARE(first.size(), 1);
        // The tester itself asks for more while it checks inserts (fetchesOnlyWhenAsked
        // checks laziness without it).
        QVERIFY(model.rowCount() >= 100);
        QTRY_COMPARE(model.totalCount(), 450);

        loadAll(model);
        QCOMPARE(model.rowCount(), 450);

        // Every seeded requisition exactly once.
        QSet<QUuid> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), 450);
    }

    void jumpsWithoutLoadingThePagesBetween()
    {
        RequisitionTableModel model(m_client.get());
        model.setPageSize(50);
        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        QSignalSpy pages(&model, &RequisitionTableModel::pageArrived);
        model.setFilter({});
        QTRY_COMPARE(first.size(), 1);
        QTRY_COMPARE(model.totalCount(), 450);
        // Every row is there to scroll to; only the first page is in memory.
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.loadedRowCount(), 50);
        QVERIFY(model.isRowLoaded(49));
        QVERIFY(!model.isRowLoaded(50));
        QCOMPARE(model.index(449, RequisitionTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Loading…"));
        QVERIFY(!model.index(449, 0).data(RequisitionTableModel::IdRole).isValid());

        // The last page alone, as Ctrl+End would ask for it.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(model.isRowLoaded(449));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(1).at(0).toInt(), 400);
        QCOMPARE(model.loadedRowCount(), 100);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!model.isRowLoaded(200));

        // A page in the middle: the same rows the keyset order gives when read from the top.
        model.index(260, 0).data();
        QTRY_VERIFY(model.isRowLoaded(260));
        const QUuid middle = model.idAt(260);
        RequisitionTableModel reference(m_client.get());
        reference.setPageSize(450);
        QSignalSpy referenceFirst(&reference, &RequisitionTableModel::firstPageArrived);
        reference.setFilter({});
        QTRY_COMPARE(referenceFirst.size(), 1);
        QCOMPARE(reference.idAt(260), middle);
        QCOMPARE(reference.idAt(449), model.idAt(449));
    }

    void evictsTheLeastRecentlyReadPages()
    {
        RequisitionTableModel model(m_client.get());
        model.setPageSize(50);
        model.setCachedPages(2);
        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        model.setFilter({});
        QTRY_COMPARE(first.size(), 1);
        QTRY_COMPARE(model.rowCount(), 450);
        model.index(120, 0).data();
        QTRY_VERIFY(model.isRowLoaded(120));
        model.index(300, 0).data();
        QTRY_VERIFY(model.isRowLoaded(300));
        QCOMPARE(model.loadedRowCount(), 100);
        QVERIFY(!model.isRowLoaded(0));
        QVERIFY(model.isRowLoaded(120));
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
        loadAll(model);
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

    void insertsSavedRowsWhereTheySortWithoutAReset()
    {
        RequisitionTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.sort(RequisitionTableModel::TitleColumn, Qt::AscendingOrder);
        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        model.setFilter({});
        QTRY_COMPARE(first.size(), 1);
        QTRY_COMPARE(model.totalCount(), qint64(m_seeded.size()));
        const QString firstTitle = model.index(0, 0).data().toString();

        // Two new postings: one sorting in the middle, one last; a third the filter hides.
        Core::Requisition middle = m_seeded.at(0);
        middle.id = QUuid::createUuid();
        middle.title = QStringLiteral("Mmm middle role");
        middle.externalId.clear();
        Core::Requisition last = middle;
        last.id = QUuid::createUuid();
        last.title = QStringLiteral("Zzz last role");
        QSignalSpy saved(m_client.get(), &Store::DatabaseClient::saved);
        m_client->save({middle, last}, Store::WriteOrigin::LocalEdit);
        QTRY_COMPARE(saved.size(), 1);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy done(&model, &RequisitionTableModel::requisitionsInserted);
        model.insertRequisitions({last.id, middle.id, QUuid::createUuid()});
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 2);
        const auto rows = done.at(0).at(0).value<QList<int>>();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(model.rowCount(), m_seeded.size() + 2);
        QCOMPARE(rows.at(1), model.rowCount() - 1);
        // The first page sorts before "Mmm…": it stayed in memory.
        QVERIFY(rows.at(0) >= 50);
        QVERIFY(model.isRowLoaded(0));
        QCOMPARE(model.index(0, 0).data().toString(), firstTitle);

        loadAll(model);
        QCOMPARE(model.idAt(rows.at(0)), middle.id);
        QCOMPARE(model.idAt(rows.at(1)), last.id);
        // The same order as a fresh query.
        RequisitionTableModel reference(m_client.get());
        reference.setPageSize(1000);
        reference.sort(RequisitionTableModel::TitleColumn, Qt::AscendingOrder);
        QSignalSpy referenceFirst(&reference, &RequisitionTableModel::firstPageArrived);
        reference.setFilter({});
        QTRY_COMPARE(referenceFirst.size(), 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(row), reference.idAt(row));

        // The later tests count from m_seeded.
        m_seeded << middle << last;
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
        loadAll(model);
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

    // Runs last: it changes the shared cache.
    void refreshRowsFollowsEditsWithoutAReset()
    {
        RequisitionTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.sort(RequisitionTableModel::TitleColumn, Qt::AscendingOrder);
        QSignalSpy first(&model, &RequisitionTableModel::firstPageArrived);
        model.setFilter({});
        QTRY_COMPARE(first.size(), 1);
        QTRY_VERIFY(model.totalCount() > 10);
        const qint64 total = model.totalCount();
        const QUuid id = model.idAt(5);

        QSignalSpy found(m_client.get(), &Store::DatabaseClient::found);
        m_client->find(id);
        QTRY_COMPARE(found.size(), 1);
        Core::Requisition r = found.at(0).at(1).value<Core::Requisition>();
        r.title = QStringLiteral("000 first by title");
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(&model, &RequisitionTableModel::rowsRefreshed);
        QSignalSpy saved(m_client.get(), &Store::DatabaseClient::saved);
        m_client->save({r}, Store::WriteOrigin::LocalEdit);
        QTRY_COMPARE(saved.size(), 1);
        model.refreshRows({id});
        QTRY_COMPARE(refreshed.size(), 1);
        // It sorts first now; the rows stay, nothing was reset.
        QCOMPARE(refreshed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{0});
        QTRY_COMPARE(model.index(0, RequisitionTableModel::TitleColumn).data().toString(), r.title);
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(model.rowCount(), int(total));
        QCOMPARE(reset.size(), 0);

        QSignalSpy removed(m_client.get(), &Store::DatabaseClient::removed);
        m_client->removeRequisition(id);
        QTRY_COMPARE(removed.size(), 1);
        model.refreshRows({id});
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(refreshed.at(1).at(0).value<QList<qint64>>(), QList<qint64>{-1});
        QTRY_COMPARE(model.rowCount(), int(total - 1));
        QTRY_VERIFY(model.idAt(0) != id && !model.idAt(0).isNull());
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(tst_RequisitionTableModel)
#include "tst_requisitiontablemodel.moc"
