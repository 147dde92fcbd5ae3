#include "gui/applicationcacheproxy.h"
#include "gui/applicationtablemodel.h"
#include "guitestsupport.h"
#include "pipelinetestdata.h"
#include "store/demodataloader.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSqlQuery>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Core::Stage;

class tst_ApplicationTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestSupport::Pipeline m_pipeline;
    std::unique_ptr<Store::DatabaseClient> m_client;

    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

    // Reads every row (as a view scrolling through would) until all are in memory and the
    // count is `expected`. Only for small lists: the cache must hold them all.
    static bool loadAll(ApplicationTableModel &model, int expected)
    {
        return QTest::qWaitFor(
                [&] {
                    bool all = true;
                    for (int r = 0; r < model.rowCount(); ++r) {
                        model.index(r, 0).data();
                        all = all && model.isRowLoaded(r);
                    }
                    return model.totalCount() == expected && model.rowCount() == expected && all;
                },
                10000);
    }

    // Waits until row `row` is in memory, asking for it as a paint would.
    static bool loadRow(ApplicationTableModel &model, int row)
    {
        return QTest::qWaitFor(
                [&] {
                    model.index(row, 0).data();
                    return model.isRowLoaded(row);
                },
                10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pipeline = TestSupport::seedPipeline(path(),
                                               {Stage::Applied,
                                                Stage::Applied,
                                                Stage::RecruiterScreen,
                                                Stage::Onsite,
                                                Stage::Hired});
        QCOMPARE(m_pipeline.applications.size(), 5);
        m_client = std::make_unique<Store::DatabaseClient>();
        QVERIFY(TestSupport::open(*m_client, path()));
    }

    void pagesAllThenOneRequisition()
    {
        ApplicationTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        QSignalSpy first(&model, &ApplicationTableModel::firstPageArrived);
        model.setScope(std::nullopt);
        QTRY_COMPARE(first.size(), 1);
        QVERIFY(model.rowCount() >= 2);
        // rowCount() is the whole result once counted; rows are read page by page on demand.
        QTRY_COMPARE(model.totalCount(), 5);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(loadAll(model, 5));
        for (int r = 0; r < 5; ++r) {
            const Core::Application &a = m_pipeline.applications.at(r);
            QCOMPARE(model.index(r, 0).data(ApplicationTableModel::IdRole).toUuid(), a.id);
            QCOMPARE(model.index(r, ApplicationTableModel::CandidateColumn).data().toString(),
                     m_pipeline.candidates.at(r).name);
            QCOMPARE(model.index(r, ApplicationTableModel::RequisitionColumn).data().toString(),
                     m_pipeline.requisitions.at(r % 2).title);
            QCOMPARE(model.index(r, 0).data(ApplicationTableModel::StageRole).toInt(),
                     int(a.stage));
            QCOMPARE(model.index(r, ApplicationTableModel::AppliedColumn)
                             .data(ApplicationTableModel::SortRole)
                             .toDateTime(),
                     a.appliedAt);
            QVERIFY(!model.index(r, ApplicationTableModel::ExpectedSalaryColumn)
                             .data()
                             .toString()
                             .isEmpty());
        }
        QCOMPARE(model.index(2, ApplicationTableModel::StageColumn).data().toString(),
                 ApplicationTableModel::stageText(Stage::RecruiterScreen));

        model.setScope(m_pipeline.requisitions.at(1).id);
        QTRY_COMPARE(first.size(), 2);
        QVERIFY(loadAll(model, 2));
        QCOMPARE(model.index(0, 0).data(ApplicationTableModel::IdRole).toUuid(),
                 m_pipeline.applications.at(1).id);
        QCOMPARE(model.index(1, 0).data(ApplicationTableModel::IdRole).toUuid(),
                 m_pipeline.applications.at(3).id);
    }

    void sortsAndFiltersInSql()
    {
        ApplicationTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two rows a page: every order is walked across keyset pages.
        model.setPageSize(2);
        // Before the first scope an order is only recorded.
        model.sort(ApplicationTableModel::StageColumn, Qt::DescendingOrder);
        QCOMPARE(model.query().sort, Store::ApplicationSort::Stage);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy first(&model, &ApplicationTableModel::firstPageArrived);
        auto loadAll = [&](int expected) {
            return tst_ApplicationTableModel::loadAll(model, expected);
        };
        auto stages = [&] {
            QList<Stage> list;
            for (int r = 0; r < model.rowCount(); ++r)
                list << Stage(model.index(r, 0).data(ApplicationTableModel::StageRole).toInt());
            return list;
        };
        auto ids = [&] {
            QList<QUuid> list;
            for (int r = 0; r < model.rowCount(); ++r)
                list << model.index(r, 0).data(ApplicationTableModel::IdRole).toUuid();
            return list;
        };

        model.setScope(std::nullopt);
        QTRY_COMPARE(first.size(), 1);
        QVERIFY(loadAll(5));
        // Pipeline order, not the alphabetical order of the stored names.
        QCOMPARE(stages(),
                 (QList<Stage>{Stage::Hired,
                               Stage::Onsite,
                               Stage::RecruiterScreen,
                               Stage::Applied,
                               Stage::Applied}));
        model.sort(ApplicationTableModel::StageColumn, Qt::AscendingOrder);
        QVERIFY(loadAll(5));
        QCOMPARE(stages(),
                 (QList<Stage>{Stage::Applied,
                               Stage::Applied,
                               Stage::RecruiterScreen,
                               Stage::Onsite,
                               Stage::Hired}));

        // Money on its raw minor units (the seed raises each salary by 1,000).
        model.sort(ApplicationTableModel::ExpectedSalaryColumn, Qt::DescendingOrder);
        QVERIFY(loadAll(5));
        QList<QUuid> expected;
        for (int i = 4; i >= 0; --i)
            expected << m_pipeline.applications.at(i).id;
        QCOMPARE(ids(), expected);

        model.sort(ApplicationTableModel::CandidateColumn, Qt::AscendingOrder);
        QVERIFY(loadAll(5));
        QStringList names;
        for (const Core::Candidate &c : m_pipeline.candidates)
            names << c.name;
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        for (int r = 0; r < 5; ++r) {
            QCOMPARE(model.index(r, ApplicationTableModel::CandidateColumn).data().toString(),
                     names.at(r));
        }

        // Filters in SQL: stage, text (names and titles, any case), scope, and both.
        model.setFilter({Stage::Applied}, QString());
        QVERIFY(loadAll(2));
        QCOMPARE(stages(), (QList<Stage>{Stage::Applied, Stage::Applied}));

        const QString name = m_pipeline.candidates.at(3).name;
        const QString part = name.left(qMin<qsizetype>(name.size(), 5)).toUpper();
        int matching = 0;
        for (int i = 0; i < 5; ++i) {
            if (m_pipeline.candidates.at(i).name.contains(part, Qt::CaseInsensitive)
                || m_pipeline.requisitions.at(i % 2).title.contains(part, Qt::CaseInsensitive))
                ++matching;
        }
        model.setFilter({}, part);
        QVERIFY(loadAll(matching));
        QVERIFY(ids().contains(m_pipeline.applications.at(3).id));

        // LIKE wildcards typed by the user are plain characters.
        model.setFilter({}, QStringLiteral("%"));
        QVERIFY(loadAll(0));
        model.setFilter({}, QStringLiteral("_"));
        QVERIFY(loadAll(0));

        model.setFilter({Stage::Applied}, QString());
        model.setScope(m_pipeline.requisitions.at(1).id);
        QVERIFY(loadAll(1));
        QCOMPARE(ids(), QList<QUuid>{m_pipeline.applications.at(1).id});
    }

    void moveIsADeltaNotAReset()
    {
        ApplicationTableModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy first(&model, &ApplicationTableModel::firstPageArrived);
        model.setScope(std::nullopt);
        QTRY_COMPARE(first.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QUuid id = m_pipeline.applications.at(0).id;
        m_client->moveStage(
                id, Stage::Applied, Stage::RecruiterScreen, QString(), QStringLiteral("t"));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(),
                 ApplicationTableModel::ColumnCount - 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.row(id)->application.stage, Stage::RecruiterScreen);
    }

    void memoryStaysBoundedOverThousandsOfRows()
    {
        // A few thousand applications, read through in pages of 50 with room for 4 pages.
        const QString big = m_dir.filePath(QStringLiteral("big.sqlite"));
        {
            auto db = Store::Database::open(big);
            QVERIFY(db);
            QVERIFY(Store::DemoDataLoader(**db).load(Core::DemoDataGenerator(5), 20, 3000).ok());
        }
        Store::DatabaseClient client;
        QVERIFY(TestSupport::open(client, big));
        ApplicationTableModel model(&client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ApplicationCacheProxy window(&model);
        QAbstractItemModelTester windowTester(
                &window, QAbstractItemModelTester::FailureReportingMode::QtTest);
        constexpr int kPage = 50;
        constexpr int kPages = 4;
        model.setPageSize(kPage);
        model.setCachedPages(kPages);
        model.sort(ApplicationTableModel::CandidateColumn, Qt::DescendingOrder);
        QSignalSpy evicted(&model, &ApplicationTableModel::pageEvicted);
        model.setScope(std::nullopt);
        QTRY_COMPARE(model.totalCount(), 3000);
        QCOMPARE(model.rowCount(), 3000);

        // The order the store gives in one query, to check every row read through the window.
        Store::ApplicationQuery all = model.query();
        all.limit = 5000;
        QList<QUuid> expected;
        {
            auto db = Store::Database::open(big);
            QVERIFY(db);
            auto page = Store::ApplicationRepository(**db).listRows(all);
            QVERIFY(page);
            for (const Store::ApplicationRow &r : std::as_const(page->rows))
                expected << r.application.id;
        }
        QCOMPARE(expected.size(), 3000);

        int most = 0;
        for (int row = 0; row < 3000; row += kPage / 2) {
            QVERIFY2(loadRow(model, row), qPrintable(QString::number(row)));
            QCOMPARE(model.index(row, 0).data(ApplicationTableModel::IdRole).toUuid(),
                     expected.at(row));
            most = qMax(most, model.loadedRowCount());
            QVERIFY(model.loadedRowCount() <= kPage * kPages);
            QCOMPARE(window.rowCount(), model.loadedRowCount());
        }
        QVERIFY(most > 0);
        QVERIFY(!evicted.isEmpty());
        QVERIFY(model.loadedRowCount() <= kPage * kPages);
        QCOMPARE(model.rowCount(), 3000);

        // Far jumps: the first through cursorAtRow, the later ones through the anchors.
        model.sort(ApplicationTableModel::AppliedColumn, Qt::AscendingOrder);
        QTRY_COMPARE(model.totalCount(), 3000);
        all = model.query();
        all.limit = 5000;
        {
            auto db = Store::Database::open(big);
            QVERIFY(db);
            auto page = Store::ApplicationRepository(**db).listRows(all);
            QVERIFY(page);
            expected.clear();
            for (const Store::ApplicationRow &r : std::as_const(page->rows))
                expected << r.application.id;
        }
        for (int row : {2999, 1234, 7, 2500, 1499}) {
            QVERIFY(loadRow(model, row));
            QCOMPARE(model.index(row, 0).data(ApplicationTableModel::IdRole).toUuid(),
                     expected.at(row));
            QVERIFY(model.loadedRowCount() <= kPage * kPages);
        }
        // The window proxy lists exactly the rows in memory, in the model's order.
        const QList<int> rows = model.loadedRows();
        QCOMPARE(window.rowCount(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(window.index(i, 0).data(ApplicationTableModel::IdRole).toUuid(),
                     expected.at(rows.at(i)));
        }
        // Views over the window never page through the list by themselves.
        QVERIFY(!window.canFetchMore({}));
    }

    void refreshWindowDropsRemovedRowsWithoutAReset()
    {
        const QString path = m_dir.filePath(QStringLiteral("refresh.sqlite"));
        const TestSupport::Pipeline pipeline = TestSupport::seedPipeline(
                path, {Stage::Applied, Stage::Applied, Stage::Onsite, Stage::Offer, Stage::Hired});
        Store::DatabaseClient client;
        QVERIFY(TestSupport::open(client, path));
        ApplicationTableModel model(&client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setScope(std::nullopt);
        QVERIFY(loadAll(model, 5));

        // A sync round removes application 1 and moves application 3, on its own connection.
        {
            auto db = Store::Database::open(path);
            QVERIFY(db);
            QSqlQuery q((*db)->connection());
            q.prepare(QStringLiteral("DELETE FROM applications WHERE id = ?"));
            q.addBindValue(pipeline.applications.at(1).id.toString(QUuid::WithoutBraces));
            QVERIFY(q.exec());
            Core::Application moved = pipeline.applications.at(3);
            moved.stage = Stage::Hired;
            moved.updatedAt = moved.updatedAt.addDays(1);
            moved.version = 7;
            QVERIFY(Store::ApplicationRepository(**db).save(moved, Store::WriteOrigin::Sync).ok());
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(&model, &ApplicationTableModel::windowRefreshed);
        model.refreshWindow({pipeline.applications.at(4).id, pipeline.applications.at(1).id});
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{3, -1}));
        QVERIFY(loadAll(model, 4));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowOf(pipeline.applications.at(1).id), -1);
        QCOMPARE(model.rowOf(pipeline.applications.at(4).id), 3);
        QCOMPARE(model.row(pipeline.applications.at(3).id)->application.stage, Stage::Hired);
    }

    void mimeCarriesIds()
    {
        ApplicationTableModel model(m_client.get());
        QSignalSpy first(&model, &ApplicationTableModel::firstPageArrived);
        model.setScope(std::nullopt);
        QTRY_COMPARE(first.size(), 1);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(
                model.mimeData({model.index(0, 0), model.index(0, 1), model.index(2, 0)}));
        const QString text = QString::fromUtf8(mime->data(ApplicationTableModel::mimeType()));
        QCOMPARE(text.split(u'\n').size(), 2);
    }
};

QTEST_MAIN(tst_ApplicationTableModel)
#include "tst_applicationtablemodel.moc"
