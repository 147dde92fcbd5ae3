#include "core/requisition.h"
#include "core/wire/wirecodec.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "sync/pullapplier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;

class tst_PullApplier final : public QObject
{
    Q_OBJECT

private:
    static Core::Requisition requisition(qint64 version, const QString &title)
    {
        Core::Requisition r;
        r.id = QUuid(QStringLiteral("6f1c0000-0000-4000-8000-000000000001"));
        r.title = title;
        r.company = QStringLiteral("Acme");
        r.version = version;
        return r;
    }

    static QJsonObject deleteRow(const QUuid &id, qint64 version)
    {
        return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("version"), version}};
    }

private Q_SLOTS:
    void upsertsDeletesAndReplays()
    {
        QTemporaryDir dir;
        auto db = Store::Database::open(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db);
        Sync::RoundReport report;
        QSet<QString> changed;
        Sync::PullApplier applier(**db, report, changed);
        const auto v5 = requisition(5, QStringLiteral("Five"));
        const QString entity = QStringLiteral("requisition");
        const QString upsert = QStringLiteral("upsert");
        QVERIFY(applier.apply(entity, upsert, Core::WireCodec::toJson(v5)));
        QCOMPARE(changed.size(), 1);
        // A replay of an older copy changes nothing.
        changed.clear();
        QVERIFY(applier.apply(
                entity, upsert, Core::WireCodec::toJson(requisition(4, QStringLiteral("Four")))));
        QVERIFY(changed.isEmpty());
        QCOMPARE(Store::RequisitionRepository(**db).find(v5.id)->title, QStringLiteral("Five"));

        QVERIFY(applier.apply(entity, QStringLiteral("delete"), deleteRow(v5.id, 9)));
        QVERIFY(!Store::RequisitionRepository(**db).find(v5.id));
        QCOMPARE(*Store::SyncStateRepository(**db).tombstone(entity, v5.id),
                 std::optional<qint64>(9));
        // No resurrection from an upsert older than the tombstone.
        QVERIFY(applier.apply(
                entity, upsert, Core::WireCodec::toJson(requisition(8, QStringLiteral("Eight")))));
        QVERIFY(!Store::RequisitionRepository(**db).find(v5.id));
        QCOMPARE(report.pulled, 4);
        QVERIFY(report.keptLocal.isEmpty());
    }

    void deleteOverLocalEditsKeepsTheRow()
    {
        QTemporaryDir dir;
        auto db = Store::Database::open(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db);
        auto r = requisition(5, QStringLiteral("Five"));
        QVERIFY(Store::RequisitionRepository(**db).save(r, Store::WriteOrigin::Sync));
        r.title = QStringLiteral("Edited here");
        QVERIFY(Store::RequisitionRepository(**db).save(r, Store::WriteOrigin::LocalEdit));
        Sync::RoundReport report;
        QSet<QString> changed;
        QVERIFY(Sync::PullApplier(**db, report, changed)
                        .apply(QStringLiteral("requisition"),
                               QStringLiteral("delete"),
                               deleteRow(r.id, 9)));
        QCOMPARE(Store::RequisitionRepository(**db).find(r.id)->title,
                 QStringLiteral("Edited here"));
        QCOMPARE(report.keptLocal,
                 QStringList{QStringLiteral("requisition:") + r.id.toString(QUuid::WithoutBraces)});
    }

    void conflictRowsAreRecordedAndClosed()
    {
        QTemporaryDir dir;
        auto db = Store::Database::open(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db);
        Sync::RoundReport report;
        QSet<QString> changed;
        Sync::PullApplier applier(**db, report, changed);
        const QString id = QStringLiteral("c0ff0000-0000-4000-8000-000000000001");
        QJsonObject conflict{{QStringLiteral("id"), id},
                             {QStringLiteral("entity"), QStringLiteral("requisition")},
                             {QStringLiteral("entity_id"),
                              QStringLiteral("6f1c0000-0000-4000-8000-000000000001")},
                             {QStringLiteral("kind"), QStringLiteral("delete_edit")},
                             {QStringLiteral("field"), QJsonValue::Null},
                             {QStringLiteral("server_value"), QJsonObject{}},
                             {QStringLiteral("client_value"), QJsonValue::Null},
                             {QStringLiteral("resolved"), false},
                             {QStringLiteral("version"), 12}};
        QVERIFY(applier.apply(QStringLiteral("conflict"), QStringLiteral("upsert"), conflict));
        auto open = *Store::ConflictRepository(**db).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("delete_edit")); // the kind, for whole records
        conflict.insert(QStringLiteral("resolved"), true);
        QVERIFY(applier.apply(QStringLiteral("conflict"), QStringLiteral("upsert"), conflict));
        QVERIFY(Store::ConflictRepository(**db).open()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PullApplier)
#include "tst_pullapplier.moc"
