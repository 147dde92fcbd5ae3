#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/requisitionrepository.h"
#include "store/storestatistics.h"
#include "store/transaction.h"
#include "storetestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// Every index and trigger of the schema, as "type name sql" lines in a fixed order.
QStringList schemaObjects(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index',"
                          " 'trigger') ORDER BY type, name"));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                         + q.value(2).toString();
    return lines;
}

} // namespace

class tst_DeferredIndexes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("d%1.db").arg(++m_counter)));
        if (!db)
            qFatal("open failed");
        return std::move(*db);
    }

private slots:
    void emptyOnlyWithoutRows()
    {
        auto db = freshDb();
        QCOMPARE(*DeferredIndexes::tablesEmpty(db->connection()), true);
        QVERIFY(RequisitionRepository(*db)
                        .save(TestData::requisition(1, 1), WriteOrigin::Sync)
                        .ok());
        QCOMPARE(*DeferredIndexes::tablesEmpty(db->connection()), false);
    }

    void dropLoadRestore()
    {
        auto db = freshDb();
        const QStringList before = schemaObjects(*db);
        QCOMPARE(*DeferredIndexes::searchIndexDeferred(db->connection()), false);
        QString saved;
        {
            Transaction tx(db->connection());
            QVERIFY(tx.begin().ok());
            auto dropped = DeferredIndexes::drop(db->connection());
            QVERIFY(dropped.ok());
            saved = *dropped;
            QVERIFY(tx.commit().ok());
        }
        // The unique index on requisitions.id and the append-only triggers stay; the FTS
        // triggers and the secondary indexes are gone.
        const QStringList during = schemaObjects(*db);
        QVERIFY(during.size() < before.size());
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                       " ('requisitions_title', 'applications_requisition',"
                                       " 'requisitions_fts_insert')")),
                 0);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                       " ('stage_events_append_only', 'notes_append_only')")),
                 2);

        // Rows written meanwhile are neither in the indexes nor in the FTS index...
        RequisitionRepository repo(*db);
        QList<Core::Requisition> all;
        for (int i = 0; i < 30; ++i)
            all << TestData::requisition(7, i);
        QVERIFY(repo.saveAll(all, WriteOrigin::Sync).ok());
        const QString word = all.first().title.split(u' ').first();
        const QString matches = QStringLiteral("SELECT count(*) FROM requisition_fts WHERE"
                                               " requisition_fts MATCH '%1'")
                                        .arg(word);
        QCOMPARE(scalar(*db, matches), 0);
        QCOMPARE(*DeferredIndexes::searchIndexDeferred(db->connection()), true);
        QCOMPARE(StoreStatistics::collect(*db, StoreStatistics::Scope::Sync)->searchIndexPending,
                 true);

        // ...until restore builds them, and twice changes nothing.
        for (int round = 0; round < 2; ++round) {
            Transaction tx(db->connection());
            QVERIFY(tx.begin().ok());
            QVERIFY(DeferredIndexes::restore(db->connection(), saved).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(schemaObjects(*db), before);
        QCOMPARE(*DeferredIndexes::searchIndexDeferred(db->connection()), false);
        QVERIFY(QSqlQuery(db->connection())
                        .exec(QStringLiteral("INSERT INTO requisition_fts(requisition_fts)"
                                             " VALUES ('integrity-check')")));
        QVERIFY(scalar(*db, matches) > 0);
        // The triggers work again.
        Core::Requisition changed = all.first();
        changed.title = QStringLiteral("Zyxwvut");
        changed.version += 1;
        QVERIFY(repo.save(changed, WriteOrigin::Sync).ok());
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM requisition_fts WHERE"
                                       " requisition_fts MATCH 'zyxwvut'")),
                 1);
    }

    void rollbackKeepsEverything()
    {
        auto db = freshDb();
        const QStringList before = schemaObjects(*db);
        {
            Transaction tx(db->connection());
            QVERIFY(tx.begin().ok());
            QVERIFY(DeferredIndexes::drop(db->connection()).ok());
        } // rolled back
        QCOMPARE(schemaObjects(*db), before);
    }

    void unreadableListRefused()
    {
        auto db = freshDb();
        QVERIFY(!DeferredIndexes::restore(db->connection(), QStringLiteral("{nope")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_DeferredIndexes)
#include "tst_deferredindexes.moc"
