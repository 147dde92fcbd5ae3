#include "store/conflictrepository.h"
#include "store/database.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_ConflictRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void recordListResolve()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db.ok());
        ConflictRepository conflicts(**db);
        const QUuid req = QUuid::createUuid();
        Conflict title{QUuid(),
                       QStringLiteral("requisition"),
                       req,
                       QStringLiteral("title"),
                       QJsonValue(QStringLiteral("Engineer")),
                       QJsonValue(QStringLiteral("Senior Engineer")),
                       QJsonValue(QStringLiteral("Staff Engineer")),
                       QDateTime(),
                       false};
        Conflict size{QUuid(),
                      QStringLiteral("requisition"),
                      req,
                      QStringLiteral("employer_size"),
                      QJsonValue(),
                      QJsonValue(120),
                      QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}),
                      QDateTime(),
                      false};
        Conflict other{QUuid(),
                       QStringLiteral("candidate"),
                       QUuid::createUuid(),
                       QStringLiteral("name"),
                       QJsonValue(QStringLiteral("A")),
                       QJsonValue(QStringLiteral("B")),
                       QJsonValue(QStringLiteral("C")),
                       QDateTime(),
                       false};
        QVERIFY(conflicts.record(title).ok());
        QVERIFY(conflicts.record(size).ok());
        QVERIFY(conflicts.record(other).ok());
        QVERIFY(!title.id.isNull());

        auto all = conflicts.open();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        auto mine = *conflicts.open(QStringLiteral("requisition"), req);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).field, QStringLiteral("title"));
        QCOMPARE(mine.at(0).localValue.toString(), QStringLiteral("Senior Engineer"));
        QCOMPARE(mine.at(0).serverValue.toString(), QStringLiteral("Staff Engineer"));
        QVERIFY(mine.at(1).baseValue.isNull());
        QCOMPARE(mine.at(1).localValue.toInt(), 120);
        QCOMPARE(mine.at(1).serverValue.toObject().value(QStringLiteral("a")).toInt(), 1);

        QVERIFY(conflicts.resolve(title.id).ok());
        QCOMPARE(conflicts.open(QStringLiteral("requisition"), req)->size(), 1);
        QCOMPARE(conflicts.resolve(QUuid::createUuid()).error().code, Core::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_ConflictRepository)
#include "tst_conflictrepository.moc"
