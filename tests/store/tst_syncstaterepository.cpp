#include "store/database.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_SyncStateRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void keyValues()
    {
        const QString file = m_dir.filePath(QStringLiteral("s.db"));
        QUuid device;
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            SyncStateRepository state(**db);
            QVERIFY(!state.value(QStringLiteral("cursor"))->has_value());
            QVERIFY(state.setValue(QStringLiteral("cursor"), QStringLiteral("c-1")).ok());
            QVERIFY(state.setValue(QStringLiteral("cursor"), QStringLiteral("c-2")).ok());
            QCOMPARE(state.value(QStringLiteral("cursor"))->value(), QStringLiteral("c-2"));
            device = *state.deviceId();
            QVERIFY(!device.isNull());
            QCOMPARE(*state.deviceId(), device);
            QVERIFY(state.remove(QStringLiteral("cursor")).ok());
            QVERIFY(!state.value(QStringLiteral("cursor"))->has_value());
        }
        auto db = Database::open(file);
        QCOMPARE(*SyncStateRepository(**db).deviceId(), device);
    }

    void cursorRollsBackWithItsPage()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("t.db")));
        QVERIFY(db.ok());
        SyncStateRepository state(**db);
        {
            Transaction tx((*db)->connection());
            QVERIFY(tx.begin().ok());
            QVERIFY(SyncStateRepository::setValueIn(
                            (*db)->connection(), QStringLiteral("cursor"), QStringLiteral("9"))
                            .ok());
            // no commit: a crash between the page and its cursor
        }
        QVERIFY(!state.value(QStringLiteral("cursor"))->has_value());
    }

    void baseCopiesAndTombstones()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("b.db")));
        QVERIFY(db.ok());
        SyncStateRepository state(**db);
        const QUuid id = QUuid::createUuid();
        const BaseCopy copy{QStringLiteral("candidate"),
                            id,
                            12,
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}};
        QVERIFY(SyncStateRepository::putBaseCopy((*db)->connection(), copy).ok());
        auto read = *state.baseCopy(QStringLiteral("candidate"), id);
        QVERIFY(read.has_value());
        QCOMPARE(read->version, 12);
        QCOMPARE(read->data, copy.data);
        QVERIFY(SyncStateRepository::removeBaseCopy(
                        (*db)->connection(), QStringLiteral("candidate"), id)
                        .ok());
        QVERIFY(!state.baseCopy(QStringLiteral("candidate"), id)->has_value());
        QVERIFY(SyncStateRepository::putTombstone(
                        (*db)->connection(), QStringLiteral("candidate"), id, 13)
                        .ok());
        QCOMPARE(state.tombstone(QStringLiteral("candidate"), id)->value_or(0), 13);
        QVERIFY(SyncStateRepository::removeTombstone(
                        (*db)->connection(), QStringLiteral("candidate"), id)
                        .ok());
        QVERIFY(!state.tombstone(QStringLiteral("candidate"), id)->has_value());
    }
};

QTEST_GUILESS_MAIN(tst_SyncStateRepository)
#include "tst_syncstaterepository.moc"
