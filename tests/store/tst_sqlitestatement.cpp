#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_SqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    // Values keep their storage class as Qt's driver would give them, text stays exact UTF-8.
    void bindsByType()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(a, b, c, d, e, f)")).ok());
        SqliteStatement insert;
        QVERIFY(!insert.isPrepared());
        QVERIFY(insert.prepare((*db)->handle(),
                               QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)"),
                               QStringLiteral("insert"))
                        .ok());
        QVERIFY(insert.isPrepared());
        const QString text = QStringLiteral("Zürich – 東京 🙂");
        for (int row = 0; row < 2; ++row) {
            QVERIFY(insert.exec({qint64(1) << 40,
                                 text,
                                 QVariant(),
                                 2.5,
                                 QByteArray("\x00\x01", 2),
                                 QDate(2026, 11, 29)})
                            .ok());
        }
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT typeof(a), a, typeof(b), b, typeof(c), typeof(d),"
                                      " d, typeof(e), length(e), f FROM t")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(q.value(0).toString(), QStringLiteral("integer"));
            QCOMPARE(q.value(1).toLongLong(), qint64(1) << 40);
            QCOMPARE(q.value(2).toString(), QStringLiteral("text"));
            QCOMPARE(q.value(3).toString(), text);
            QCOMPARE(q.value(4).toString(), QStringLiteral("null"));
            QCOMPARE(q.value(5).toString(), QStringLiteral("real"));
            QCOMPARE(q.value(6).toDouble(), 2.5);
            QCOMPARE(q.value(7).toString(), QStringLiteral("blob"));
            QCOMPARE(q.value(8).toInt(), 2);
            QCOMPARE(q.value(9).toString(), QStringLiteral("2026-11-29"));
        }
        QCOMPARE(rows, 2);
    }

    void errorsAreMapped()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("e.db")));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE u(id TEXT PRIMARY KEY)")).ok());
        SqliteStatement bad;
        QVERIFY(!bad.prepare((*db)->handle(),
                             QStringLiteral("INSERT INTO nowhere VALUES (?)"),
                             QStringLiteral("bad"))
                         .ok());
        QVERIFY(!bad.exec({1}).ok());
        SqliteStatement insert;
        QVERIFY(insert.prepare((*db)->handle(),
                               QStringLiteral("INSERT INTO u VALUES (?)"),
                               QStringLiteral("insert"))
                        .ok());
        QVERIFY(insert.exec({QStringLiteral("x")}).ok());
        const auto twice = insert.exec({QStringLiteral("x")});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Core::ErrorCode::ConstraintViolated);
        // The statement is usable again after a failure.
        QVERIFY(insert.exec({QStringLiteral("y")}).ok());
    }
};

QTEST_GUILESS_MAIN(tst_SqliteStatement)
#include "tst_sqlitestatement.moc"
