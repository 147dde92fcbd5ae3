#include "store/databaseworker.h"
#include "storetestdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_DatabaseWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void requestsRunOnTheWorkerAndAnswerBySignal()
    {
        DatabaseClient client;
        QSignalSpy opened(&client, &DatabaseClient::opened);
        QSignalSpy saved(&client, &DatabaseClient::saved);
        QSignalSpy pages(&client, &DatabaseClient::pageReady);
        QSignalSpy counts(&client, &DatabaseClient::countReady);
        QSignalSpy found(&client, &DatabaseClient::found);
        QSignalSpy failed(&client, &DatabaseClient::failed);

        const int openId = client.open(m_dir.filePath(QStringLiteral("w.db")));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toInt(), openId);

        QList<Core::Requisition> list;
        for (int i = 0; i < 25; ++i)
            list << TestData::requisition(5, i);
        const int saveId = client.save(list, WriteOrigin::Sync);
        // Queued in order: the page request runs after the save.
        RequisitionQuery query;
        query.sort = SortColumn::Title;
        query.order = Qt::AscendingOrder;
        query.limit = 10;
        const int pageId = client.fetchPage(query);
        const int countId = client.count({});
        const int findId = client.find(list.at(3).id);
        const int missingId = client.find(QUuid::createUuid());

        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toInt(), saveId);
        QCOMPARE(saved.at(0).at(1).value<QList<QUuid>>().size(), 25);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).at(0).toInt(), pageId);
        const auto page = pages.at(0).at(1).value<RequisitionPage>();
        QCOMPARE(page.rows.size(), 10);
        QVERIFY(page.next.has_value());
        QCOMPARE(counts.at(0).at(0).toInt(), countId);
        QCOMPARE(counts.at(0).at(1).toLongLong(), 25);
        QCOMPARE(found.at(0).at(0).toInt(), findId);
        QCOMPARE(found.at(0).at(1).value<Core::Requisition>(), list.at(3));
        QCOMPARE(failed.at(0).at(0).toInt(), missingId);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::NotFound);
    }

    void failsWithoutDatabase()
    {
        DatabaseClient client;
        QSignalSpy failed(&client, &DatabaseClient::failed);
        const int id = client.count({});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), id);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::DatabaseOpenFailed);
    }

    void openErrorsArriveAsSignals()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-db.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello, this is not SQLite at all, just some text to be refused\n");
        f.close();
        DatabaseClient client;
        QSignalSpy failed(&client, &DatabaseClient::failed);
        client.open(path);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).value<Core::Error>().code, Core::ErrorCode::DatabaseNotReqdesk);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseWorker)
#include "tst_databaseworker.moc"
