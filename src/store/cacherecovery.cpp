#include "store/cacherecovery.h"

#include "store/database.h"
#include "store/recordjson.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

QAtomicInteger<int> g_recoveryConnections;

const QString kOutboxColumns = QStringLiteral(
        "seq, mutation_id, entity, entity_id, op, changes, base_version, created_at, attempts,"
        " last_error, set_aside");

/// Keys of sync_state that describe what the old file held (where its feed stood, its
/// snapshot's progress): a rebuilt, empty cache must not inherit them.
bool describesContent(const QString &key)
{
    return key == QLatin1String(SyncStateRepository::cursorKey)
           || key == QLatin1String(SyncStateRepository::epochKey)
           || key == QLatin1String(SyncStateRepository::lastSyncKey)
           || key.startsWith(QLatin1String("snapshot_"))
           || key.startsWith(QLatin1String("resync_"));
}

QJsonObject outboxRow(const QSqlQuery &q)
{
    return {{QStringLiteral("seq"), q.value(0).toLongLong()},
            {QStringLiteral("mutation_id"), q.value(1).toString()},
            {QStringLiteral("entity"), q.value(2).toString()},
            {QStringLiteral("entity_id"), q.value(3).toString()},
            {QStringLiteral("op"), q.value(4).toString()},
            {QStringLiteral("changes"),
             QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()},
            {QStringLiteral("base_version"), q.value(6).toLongLong()},
            {QStringLiteral("created_at"), q.value(7).toString()},
            {QStringLiteral("attempts"), q.value(8).toLongLong()},
            {QStringLiteral("last_error"), q.value(9).toString()},
            {QStringLiteral("set_aside"), q.value(10).toLongLong() != 0}};
}

/// Every outbox row that can be read. A damaged page stops a scan, so after a failure the
/// rows are looked up one by one up to the highest sequence number handed out: rows on
/// intact pages come back, rows on the damaged ones are counted as lost.
void readOutbox(QSqlDatabase db, CacheRecovery::Salvage &salvage)
{
    QSqlQuery scan(db);
    scan.setForwardOnly(true);
    qint64 lastRead = 0;
    if (scan.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(kOutboxColumns))) {
        while (scan.next()) {
            salvage.edits.append(outboxRow(scan));
            lastRead = scan.value(0).toLongLong();
        }
        if (!scan.lastError().isValid())
            return;
    }
    salvage.problems.append(QStringLiteral("the unsent edits could not be read in one pass (%1)")
                                    .arg(scan.lastError().text()));
    scan.finish();

    qint64 highest = lastRead;
    QSqlQuery sequence(db);
    if (sequence.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"))
        && sequence.next()) {
        highest = qMax(highest, sequence.value(0).toLongLong());
    } else {
        salvage.problems.append(
                QStringLiteral("the number of unsent edits is unknown; some may be lost"));
    }
    sequence.finish();
    QSqlQuery one(db);
    one.setForwardOnly(true);
    one.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(kOutboxColumns));
    for (qint64 seq = lastRead + 1; seq <= highest; ++seq) {
        one.addBindValue(seq);
        if (!one.exec()) {
            ++salvage.unreadableEdits;
            continue;
        }
        if (one.next())
            salvage.edits.append(outboxRow(one));
        else if (one.lastError().isValid())
            ++salvage.unreadableEdits;
        // else: no such row (sent and removed before the damage)
        one.finish();
    }
    if (salvage.unreadableEdits > 0) {
        salvage.problems.append(
                QStringLiteral("%1 unsent edit(s) were on damaged pages and are lost")
                        .arg(salvage.unreadableEdits));
    }
}

void readSignIn(QSqlDatabase db, CacheRecovery::Salvage &salvage)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM sync_state"))) {
        salvage.problems.append(QStringLiteral("the sign-in could not be read (%1): sign in again")
                                        .arg(q.lastError().text()));
        return;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!describesContent(key))
            salvage.signIn.insert(key, q.value(1).toString());
    }
    if (q.lastError().isValid()) {
        salvage.problems.append(
                QStringLiteral("part of the sign-in could not be read (%1): sign in again if "
                               "asked")
                        .arg(q.lastError().text()));
    }
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

/// `base` when no file has that name, else `base` with a counter: nothing is overwritten.
QString freeName(const QString &base, const QString &suffix)
{
    QString name = base + suffix;
    for (int i = 2; QFileInfo::exists(name); ++i)
        name = base + QStringLiteral("-%1").arg(i) + suffix;
    return name;
}

Status writeExport(const QString &file, const QString &source, const CacheRecovery::Salvage &s)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::IoError,
                         QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    const QJsonObject document{
            {QStringLiteral("format"), QStringLiteral("reqdesk-recovered-edits")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("source"), source},
            {QStringLiteral("recovered_at"), RecordJson::timeText(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("sign_in"), s.signIn},
            {QStringLiteral("edits"), s.edits},
            {QStringLiteral("unreadable_edits"), s.unreadableEdits},
            {QStringLiteral("problems"), QJsonArray::fromStringList(s.problems)}};
    out.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return makeError(ErrorCode::IoError,
                         QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    return {};
}

Status carryInto(Database &database, const CacheRecovery::Salvage &salvage)
{
    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    for (auto it = salvage.signIn.begin(); it != salvage.signIn.end(); ++it) {
        if (auto s = SyncStateRepository::setValueIn(db, it.key(), it.value().toString()); !s)
            return s;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO outbox(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(kOutboxColumns));
    for (const QJsonValue &value : salvage.edits) {
        const QJsonObject e = value.toObject();
        insert.addBindValue(e.value(QStringLiteral("seq")).toInteger());
        insert.addBindValue(e.value(QStringLiteral("mutation_id")).toString());
        insert.addBindValue(e.value(QStringLiteral("entity")).toString());
        insert.addBindValue(e.value(QStringLiteral("entity_id")).toString());
        insert.addBindValue(e.value(QStringLiteral("op")).toString());
        insert.addBindValue(
                QString::fromUtf8(QJsonDocument(e.value(QStringLiteral("changes")).toObject())
                                          .toJson(QJsonDocument::Compact)));
        insert.addBindValue(e.value(QStringLiteral("base_version")).toInteger());
        insert.addBindValue(e.value(QStringLiteral("created_at")).toString());
        insert.addBindValue(e.value(QStringLiteral("attempts")).toInteger());
        insert.addBindValue(e.value(QStringLiteral("last_error")).toString());
        insert.addBindValue(e.value(QStringLiteral("set_aside")).toBool() ? 1 : 0);
        if (!insert.exec())
            return sqlError(insert, QStringLiteral("restore an unsent edit"));
    }
    return tx.commit();
}

} // namespace

CacheRecovery::Salvage CacheRecovery::read(const QString &path)
{
    Salvage salvage;
    const QString name = QStringLiteral("reqdesk-recovery-%1")
                                 .arg(g_recoveryConnections.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            salvage.problems.append(
                    QStringLiteral("the file cannot be read at all (%1); nothing in it could be "
                                   "kept")
                            .arg(db.lastError().text()));
        } else {
            readSignIn(db, salvage);
            readOutbox(db, salvage);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return salvage;
}

Result<CacheRecovery::Report> CacheRecovery::rebuild(const QString &path)
{
    Report report;
    const Salvage salvage = read(path);
    report.editsRecovered = int(salvage.edits.size());
    report.unreadableEdits = salvage.unreadableEdits;
    report.problems = salvage.problems;

    // The export first: whatever happens next, the edits are in a file the user can keep.
    const QString when = stamp();
    report.exportFile
            = freeName(path + QStringLiteral(".recovered-") + when, QStringLiteral(".json"));
    if (auto s = writeExport(report.exportFile, path, salvage); !s)
        return s.error();

    report.damagedCopy = freeName(path + QStringLiteral(".damaged-") + when, QString());
    if (!QFile::rename(path, report.damagedCopy)) {
        return makeError(
                ErrorCode::IoError,
                QStringLiteral("cannot move %1 aside to %2").arg(path, report.damagedCopy));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix)
            && !QFile::rename(path + suffix, report.damagedCopy + suffix)) {
            return makeError(ErrorCode::IoError,
                             QStringLiteral("cannot move %1 aside").arg(path + suffix));
        }
    }

    auto database = Database::open(path);
    if (!database)
        return database.error();
    if (auto s = carryInto(**database, salvage); !s)
        return s.error();
    return report;
}

} // namespace Reqdesk::Store
