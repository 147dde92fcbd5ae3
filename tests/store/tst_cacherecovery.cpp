#include "store/cacherecovery.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"

#include "storetestdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Overwrites page `page` (1-based) of the file with bytes no SQLite page has.
void scribble(const QString &path, qint64 page, int pageSize)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek((page - 1) * pageSize));
    f.write(QByteArray(pageSize, '\xA5'));
}

} // namespace

class tst_CacheRecovery : public QObject
{
    Q_OBJECT

private:
    struct Cache
    {
        QString path;
        QList<QUuid> mutationIds; ///< the outbox in order
        int pageSize = 0;
    };

    /// A cache with 300 synced requisitions, 40 unsent edits and a sign-in, closed (the WAL
    /// checkpointed into the file).
    Cache makeCache(const QString &name)
    {
        Cache cache;
        cache.path = m_dir.filePath(name);
        auto db = Database::open(cache.path);
        if (!db)
            return cache;
        RequisitionRepository repository(**db);
        QList<Core::Requisition> synced;
        for (int i = 0; i < 300; ++i) {
            Core::Requisition r = TestData::requisition(7, i);
            r.version = i + 1;
            synced.append(r);
        }
        if (!repository.saveAll(synced, WriteOrigin::Sync))
            return cache;
        for (int i = 0; i < 40; ++i) {
            Core::Requisition r = synced.at(i * 7);
            // Long enough that the outbox spans several pages.
            r.title = QStringLiteral("Edited offline %1 ").arg(i) + QString(400, u'x');
            if (!repository.save(r, WriteOrigin::LocalEdit))
                return cache;
        }
        SyncStateRepository state(**db);
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("device_id"), QStringLiteral("dev-1")},
              std::pair{QStringLiteral("server_url"), QStringLiteral("https://example.test")},
              std::pair{QStringLiteral("user_name"), QStringLiteral("rita")},
              std::pair{QStringLiteral("cursor"), QStringLiteral("812")},
              std::pair{QStringLiteral("epoch"), QStringLiteral("e-1")},
              std::pair{QStringLiteral("snapshot_entity"), QStringLiteral("candidate")}}) {
            if (!state.setValue(key, value))
                return cache;
        }
        const auto pending = OutboxRepository(**db).pending();
        for (const OutboxEntry &e : *pending)
            cache.mutationIds.append(e.mutationId);
        QSqlQuery q((*db)->connection());
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            cache.pageSize = q.value(0).toInt();
        return cache;
    }

    /// Pages of `table` of the closed cache at `path`, by type ("leaf", "internal"), in key order.
    static QList<qint64> pagesOf(const QString &path, const QString &table, const QString &type)
    {
        QList<qint64> pages;
        auto db = Database::open(path);
        if (!db)
            return pages;
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ?"
                                 " ORDER BY path"));
        q.addBindValue(table);
        q.addBindValue(type);
        if (q.exec()) {
            while (q.next())
                pages.append(q.value(0).toLongLong());
        }
        return pages;
    }

    static QList<QUuid> outboxOf(const QString &path)
    {
        QList<QUuid> ids;
        auto db = Database::open(path);
        if (!db)
            return ids;
        const auto pending = OutboxRepository(**db).pending();
        for (const OutboxEntry &e : *pending)
            ids.append(e.mutationId);
        return ids;
    }

    QTemporaryDir m_dir;

private slots:
    void damagedRowsKeepEveryUnsentEdit()
    {
        Cache cache = makeCache(QStringLiteral("rows.db"));
        QCOMPARE(cache.mutationIds.size(), 40);
        const QList<qint64> leaves
                = pagesOf(cache.path, QStringLiteral("requisitions"), QStringLiteral("leaf"));
        if (leaves.size() < 3)
            QSKIP("this SQLite has no dbstat table");
        scribble(cache.path, leaves.at(leaves.size() / 2), cache.pageSize);
        QCOMPARE(Database::open(cache.path).error().code, Core::ErrorCode::DatabaseCorrupt);
        const QByteArray damaged = readAll(cache.path);

        const auto report = CacheRecovery::rebuild(cache.path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
        QCOMPARE(report->editsRecovered, 40);
        QCOMPARE(report->unreadableEdits, 0);
        QCOMPARE(readAll(report->damagedCopy), damaged); // kept as it was, under another name

        // The export holds the edits before anything moved.
        const QJsonObject exported = QJsonDocument::fromJson(readAll(report->exportFile)).object();
        QCOMPARE(exported.value(QStringLiteral("edits")).toArray().size(), 40);
        QCOMPARE(exported.value(QStringLiteral("sign_in"))
                         .toObject()
                         .value(QStringLiteral("user_name"))
                         .toString(),
                 QStringLiteral("rita"));

        // The new cache is healthy, empty of rows, with the same outbox in the same order and
        // the sign-in, but none of the old content's position.
        auto rebuilt = Database::open(cache.path);
        QVERIFY(rebuilt);
        QCOMPARE(outboxOf(cache.path), cache.mutationIds);
        SyncStateRepository state(**rebuilt);
        QCOMPARE(state.value(QStringLiteral("device_id"))->value_or(QString()),
                 QStringLiteral("dev-1"));
        QCOMPARE(state.value(QStringLiteral("server_url"))->value_or(QString()),
                 QStringLiteral("https://example.test"));
        QVERIFY(!state.value(QStringLiteral("cursor"))->has_value());
        QVERIFY(!state.value(QStringLiteral("epoch"))->has_value());
        QVERIFY(!state.value(QStringLiteral("snapshot_entity"))->has_value());
        QCOMPARE(*RequisitionRepository(**rebuilt).count({}), 0);
    }

    void damagedOutboxPageLosesOnlyItsEdits()
    {
        Cache cache = makeCache(QStringLiteral("outbox.db"));
        const QList<qint64> leaves
                = pagesOf(cache.path, QStringLiteral("outbox"), QStringLiteral("leaf"));
        if (leaves.size() < 3)
            QSKIP("this SQLite has no dbstat table, or the outbox fits one page");
        scribble(cache.path, leaves.at(leaves.size() / 2), cache.pageSize); // in key order

        const auto report = CacheRecovery::rebuild(cache.path);
        QVERIFY(report);
        QVERIFY(report->unreadableEdits > 0);
        QCOMPARE(report->editsRecovered + report->unreadableEdits, 40);
        QVERIFY(!report->problems.isEmpty());
        // The readable ones are kept in order, the first and the last page's among them.
        const QList<QUuid> kept = outboxOf(cache.path);
        QCOMPARE(kept.size(), report->editsRecovered);
        QCOMPARE(kept.first(), cache.mutationIds.first());
        QCOMPARE(kept.last(), cache.mutationIds.last());
    }

    void notSqliteAtAllStartsEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const auto report = CacheRecovery::rebuild(path);
        QVERIFY(report);
        QCOMPARE(report->editsRecovered, 0);
        QVERIFY(!report->problems.isEmpty());
        QCOMPARE(readAll(report->damagedCopy), QByteArray(8192, 'x'));
        QVERIFY(Database::open(path));
        // A second damage the same second never overwrites the first copy.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(4096, 'y'));
        }
        const auto again = CacheRecovery::rebuild(path);
        QVERIFY(again);
        QVERIFY(again->damagedCopy != report->damagedCopy);
        QCOMPARE(readAll(report->damagedCopy), QByteArray(8192, 'x'));
        QCOMPARE(readAll(again->damagedCopy), QByteArray(4096, 'y'));
    }
};

QTEST_GUILESS_MAIN(tst_CacheRecovery)
#include "tst_cacherecovery.moc"
