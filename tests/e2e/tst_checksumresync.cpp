// A drifted cache repairs itself: rows damaged or removed behind the engine's back (here by
// writing the cache file directly) make the checksum differ after a round; the engine re-pulls
// just that entity from a snapshot, keeps unsynced local edits and leaves the outbox alone.

#include "core/demodatagenerator.h"
#include "core/requisition.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "sync/syncengine.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "e2esupport.h"

using namespace ReqdeskTest;
using namespace Reqdesk;

namespace {

Core::Requisition makeRequisition(const QString &title)
{
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = title;
    r.company = QStringLiteral("Acme");
    r.org = QStringLiteral("Platform");
    r.openings = 2;
    return r;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// The outbox as rows of text, to compare before and after.
QStringList outboxRows(const QString &file)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("outbox-reader"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT seq, mutation_id, entity, entity_id, op, changes,"
                                  " base_version, set_aside, last_error FROM outbox ORDER BY seq"));
            while (q.next()) {
                QStringList columns;
                for (int i = 0; i < 9; ++i)
                    columns << q.value(i).toString();
                rows << columns.join(u'|');
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outbox-reader"));
    return rows;
}

/// Runs `statements` on the cache file through a connection of its own, as a damaged disk or
/// a hand edit would: the engine does not know.
bool tamper(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning() << q.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

} // namespace

class tst_ChecksumResync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void driftedRowsAreRepairedAndEditsKept();

private:
    std::unique_ptr<Sync::SyncEngine> client(const QString &name, const QString &user);

    QTemporaryDir m_dir;
    ServerProcess m_server;
};

void tst_ChecksumResync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("REQDESK_TOKEN_STORE", "file");
    const QStringList store{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
    for (const QString &user : {QStringLiteral("ada"), QStringLiteral("bob")}) {
        QCOMPARE(addUser(store, user), 0);
    }
    // Demo data seeded straight into the server's database must look like pushed data to
    // clients: it syncs, and its checksum agrees (checked by every round below).
    QByteArray out;
    QCOMPARE(adminWith(store,
                       {QStringLiteral("seed-demo"),
                        QStringLiteral("--requisitions"),
                        QStringLiteral("7"),
                        QStringLiteral("--applications"),
                        QStringLiteral("6"),
                        QStringLiteral("--seed"),
                        QStringLiteral("5")},
                       {},
                       &out),
             0);
    QVERIFY2(out.startsWith("seeded 7 requisition(s), 2 candidate(s), 6 application(s)"),
             out.constData());
    QCOMPARE(adminWith(store,
                       {QStringLiteral("seed-demo"),
                        QStringLiteral("--requisitions"),
                        QStringLiteral("7"),
                        QStringLiteral("--seed"),
                        QStringLiteral("5")},
                       {},
                       &out),
             0);
    QVERIFY2(out.startsWith("already seeded"), out.constData());
    QVERIFY(m_server.startWith(store));
}

void tst_ChecksumResync::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Sync::SyncEngine> tst_ChecksumResync::client(const QString &name,
                                                             const QString &user)
{
    return signedInEngine(m_dir.filePath(name + QStringLiteral(".db")),
                          m_server.url(QString()),
                          user,
                          [](Sync::SyncEngine &engine) {
                              engine.setVerifyChecksum(true);
                              engine.setPageSize(3); // several snapshot pages for the re-pull
                          });
}

void tst_ChecksumResync::driftedRowsAreRepairedAndEditsKept()
{
    auto a = client(QStringLiteral("a"), QStringLiteral("ada"));
    auto b = client(QStringLiteral("b"), QStringLiteral("bob"));
    QVERIFY(a && b);
    QList<Core::Requisition> made;
    for (int i = 0; i < 8; ++i) {
        made.append(makeRequisition(QStringLiteral("Role %1").arg(i)));
        QVERIFY(Store::RequisitionRepository(*a->database())
                        .save(made.last(), Store::WriteOrigin::LocalEdit));
    }
    QVERIFY(a->syncOnce());
    auto first = b->syncOnce();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
    QVERIFY(first->checksumMismatch.isEmpty());
    const Core::Requisition seeded = Core::DemoDataGenerator(5).requisition(6);
    const auto pulled = Store::RequisitionRepository(*b->database()).find(seeded.id);
    QVERIFY(pulled);
    QCOMPARE(pulled->title, seeded.title);
    QCOMPARE(pulled->bands.size(), seeded.bands.size());

    // An unsynced local edit that stays in the outbox (set aside, so the round still checks).
    Store::RequisitionRepository bRequisitions(*b->database());
    auto mine = *bRequisitions.find(made[2].id);
    mine.title = QStringLiteral("Mine, not uploaded");
    QVERIFY(bRequisitions.save(mine, Store::WriteOrigin::LocalEdit));
    Store::OutboxRepository outbox(*b->database());
    const auto pending = *outbox.pending();
    QCOMPARE(pending.size(), 1);
    QVERIFY(outbox.setAside(pending.first().seq, QStringLiteral("held back by the test")));
    const qint64 versionBefore = bRequisitions.find(made[0].id)->version;

    // Damage: a row with wrong values and a wrong version, and a row gone.
    const QString file = m_dir.filePath(QStringLiteral("b.db"));
    QVERIFY(tamper(
            file,
            {QStringLiteral("UPDATE requisitions SET title = 'garbage', version = version"
                            " + 1000 WHERE id = '%1'")
                     .arg(idText(made[0].id)),
             QStringLiteral("DELETE FROM requisitions WHERE id = '%1'").arg(idText(made[1].id))}));
    const QStringList outboxBefore = outboxRows(file);
    QCOMPARE(outboxBefore.size(), 1);

    auto repaired = b->syncOnce();
    QVERIFY2(repaired, qPrintable(repaired ? QString() : repaired.error().message()));
    QCOMPARE(repaired->checksumMismatch, QStringList{QStringLiteral("requisition")});
    QCOMPARE(repaired->resynced, QStringList{QStringLiteral("requisition")});

    const auto fixed = bRequisitions.find(made[0].id);
    QVERIFY(fixed);
    QCOMPARE(fixed->title, QStringLiteral("Role 0"));
    QCOMPARE(fixed->version, versionBefore);
    const auto back = bRequisitions.find(made[1].id);
    QVERIFY(back);
    QCOMPARE(back->title, QStringLiteral("Role 1"));
    QCOMPARE(bRequisitions.find(made[2].id)->title, QStringLiteral("Mine, not uploaded"));
    for (const auto &r : std::as_const(made))
        QVERIFY(bRequisitions.find(r.id));
    QCOMPARE(outboxRows(file), outboxBefore);

    // Nothing left to repair: the next round agrees with the server.
    auto again = b->syncOnce();
    QVERIFY(again);
    QVERIFY2(again->checksumMismatch.isEmpty(), qPrintable(again->checksumMismatch.join(u',')));
    QVERIFY(again->resynced.isEmpty());
    const auto check = b->verifyChecksum();
    QVERIFY(check && check->has_value());
    QVERIFY((*check)->isEmpty());
    QCOMPARE(outboxRows(file), outboxBefore);
}

QTEST_GUILESS_MAIN(tst_ChecksumResync)
#include "tst_checksumresync.moc"
