#include "gui/applicationtablemodel.h"
#include "guitestsupport.h"
#include "pipelinetestdata.h"

#include <QAbstractItemModelTester>
#include <QMimeData>

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
        // The tester itself calls fetchMore(), so more than one page may be in already.
        QVERIFY(model.rowCount() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    if (model.canFetchMore({}))
                        model.fetchMore({});
                    return model.rowCount() == 5;
                }(),
                10000);
        QVERIFY(!model.canFetchMore({}));
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
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    if (model.canFetchMore({}))
                        model.fetchMore({});
                    return !model.canFetchMore({}) && model.rowCount() == 2;
                }(),
                10000);
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
            return QTest::qWaitFor(
                    [&] {
                        if (model.canFetchMore({}))
                            model.fetchMore({});
                        return model.rowCount() == expected && !model.canFetchMore({});
                    },
                    10000);
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
