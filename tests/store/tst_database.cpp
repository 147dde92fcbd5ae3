#include "store/database.h"
#include "store/requisitionrepository.h"
#include "store/schema.h"
#include "storetestdata.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_Database : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// A plain SQLite file made with the C API, with the given application id and user_version.
    static void makeSqliteFile(const QString &file, int applicationId, int userVersion)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        const QByteArray sql
                = QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);"
                                 " PRAGMA application_id = %1; PRAGMA user_version = %2;")
                          .arg(applicationId)
                          .arg(userVersion)
                          .toUtf8();
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsFreshDatabase()
    {
        auto db = Database::open(path("fresh.db"));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Schema::applicationId);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT version, name FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY((*db)->handle() != nullptr);
    }

    void reopensExistingDatabase()
    {
        const QString file = path("reopen.db");
        const auto r = TestData::requisition(1, 1);
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            RequisitionRepository repo(**db);
            QVERIFY(repo.save(r, WriteOrigin::Sync).ok());
        }
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        RequisitionRepository repo(**db);
        auto found = repo.find(r.id);
        QVERIFY(found.ok());
        QCOMPARE(*found, r);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), Schema::migrations().size()); // not applied twice
    }

    void refusesNewerSchemaUntouched()
    {
        const QString file = path("newer.db");
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        const QByteArray before = readAll(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Core::ErrorCode::SchemaTooNew);
        QVERIFY(db.error().detail.contains(QStringLiteral("newer")));
        QCOMPARE(readAll(file), before);
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("garbage")
                << QByteArray("this is a text file, not a database\n").repeated(200)
                << int(Core::ErrorCode::DatabaseNotReqdesk);
        QTest::newRow("short garbage")
                << QByteArray("x") << int(Core::ErrorCode::DatabaseNotReqdesk);
        QTest::newRow("truncated header")
                << QByteArray("SQLite format 3\0abc", 19) << int(Core::ErrorCode::DatabaseCorrupt);
    }

    void refusesForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        const QString file = path("foreign.bin");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QCOMPARE(readAll(file), content);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void refusesOtherApplicationsDatabase()
    {
        const QString file = path("other-app.db");
        makeSqliteFile(file, 0x12345678, 0);
        const QByteArray before = readAll(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Core::ErrorCode::DatabaseNotReqdesk);
        QVERIFY(db.error().detail.contains(QStringLiteral("another application")));
        QCOMPARE(readAll(file), before);

        const QString plain = path("plain.db");
        makeSqliteFile(plain, 0, 0);
        const QByteArray plainBefore = readAll(plain);
        auto db2 = Database::open(plain);
        QVERIFY(!db2.ok());
        QCOMPARE(db2.error().code, Core::ErrorCode::DatabaseNotReqdesk);
        QCOMPARE(readAll(plain), plainBefore);
    }

    void detectsTruncatedFile()
    {
        const QString file = path("truncated.db");
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            RequisitionRepository repo(**db);
            QList<Core::Requisition> list;
            for (int i = 0; i < 300; ++i)
                list << TestData::requisition(2, i);
            QVERIFY(repo.saveAll(list, WriteOrigin::Sync).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        QByteArray content = readAll(file);
        QVERIFY(content.size() > 8192);
        content.truncate(content.size() / 2 + 100); // not even a whole page
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Core::ErrorCode::DatabaseCorrupt);
        QCOMPARE(readAll(file), content);
    }

    void detectsCorruptPages()
    {
        const QString file = path("corrupt.db");
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            RequisitionRepository repo(**db);
            QList<Core::Requisition> list;
            for (int i = 0; i < 300; ++i)
                list << TestData::requisition(3, i);
            QVERIFY(repo.saveAll(list, WriteOrigin::Sync).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        QByteArray content = readAll(file);
        // Scribble over the middle pages but keep the header and the size intact.
        for (qsizetype i = 4096 * 3; i < content.size() - 4096; i += 7)
            content[i] = char(0xA5);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Core::ErrorCode::DatabaseCorrupt);
        QCOMPARE(readAll(file), content);
    }

    void reopensAfterCrashBeforeCheckpoint()
    {
        // Copying the files while the connection is open is what a crash leaves behind: the
        // newest header (application id, user_version) may exist only in the -wal file.
        const QString file = path("crash.db");
        const QString copy = path("crash-copy.db");
        const auto r = TestData::requisition(5, 5);
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QVERIFY(RequisitionRepository(**db).save(r, WriteOrigin::LocalEdit).ok());
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(file, copy));
        QVERIFY(QFile::copy(file + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        auto reopened = Database::open(copy);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message()));
        QCOMPARE(RequisitionRepository(**reopened).find(r.id)->title, r.title);
    }

    void emptyFileBecomesNewDatabase()
    {
        const QString file = path("empty.db");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
    }

    void missingFileWithoutCreate()
    {
        auto db = Database::open(path("missing.db"),
                                 Database::OpenOptions{false, Database::Check::Header});
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Core::ErrorCode::DatabaseOpenFailed);
    }

    void diskFullMapsToDiskFull()
    {
        auto db = Database::open(path("full.db"));
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        q.finish();
        // max_page_count makes SQLite report SQLITE_FULL exactly as a full disk does.
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)).ok());
        RequisitionRepository repo(**db);
        QList<Core::Requisition> list;
        for (int i = 0; i < 200; ++i)
            list << TestData::requisition(4, i);
        const auto status = repo.saveAll(list, WriteOrigin::LocalEdit);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Core::ErrorCode::DiskFull);
        auto count = repo.count({});
        QVERIFY(count.ok());
        QCOMPARE(*count, 0); // all or nothing
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
