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
