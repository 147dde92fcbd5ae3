#include "store/synclogrepository.h"

#include "store/database.h"
#include "store/recordjson.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

// A failure's detail is for a tool tip; a runaway server answer must not grow the cache.
constexpr int kDetailLimit = 1000;

} // namespace

SyncLogRepository::SyncLogRepository(Database &database)
    : m_database(database)
{}

Status SyncLogRepository::append(const SyncLogEntry &entry, int keep)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO sync_log(at, failed, pushed, pulled, conflicts, set_aside, reset,"
            " kept_local, checksum_mismatch, code, detail, will_retry)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(
            RecordJson::timeText(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(int(entry.failed));
    q.addBindValue(entry.pushed);
    q.addBindValue(entry.pulled);
    q.addBindValue(entry.conflicts);
    q.addBindValue(entry.setAside);
    q.addBindValue(int(entry.reset));
    q.addBindValue(RecordJson::stringListToText(entry.keptLocal));
    q.addBindValue(RecordJson::stringListToText(entry.checksumMismatch));
    q.addBindValue(entry.code);
    // A null QString would bind NULL.
    q.addBindValue(entry.detail.isEmpty() ? QStringLiteral("") : entry.detail.left(kDetailLimit));
    q.addBindValue(int(entry.willRetry));
    if (!q.exec())
        return sqlError(q, QStringLiteral("append sync log"));
    QSqlQuery trim(db);
    trim.prepare(QStringLiteral("DELETE FROM sync_log WHERE seq NOT IN"
                                " (SELECT seq FROM sync_log ORDER BY seq DESC LIMIT ?)"));
    trim.addBindValue(qMax(1, keep));
    if (!trim.exec())
        return sqlError(trim, QStringLiteral("trim sync log"));
    return tx.commit();
}

Result<QList<SyncLogEntry>> SyncLogRepository::recent(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT at, failed, pushed, pulled, conflicts, set_aside, reset, kept_local,"
            " checksum_mismatch, code, detail, will_retry FROM sync_log ORDER BY seq DESC"
            " LIMIT ?"));
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return sqlError(q, QStringLiteral("read sync log"));
    QList<SyncLogEntry> entries;
    while (q.next()) {
        SyncLogEntry e;
        e.at = RecordJson::timeFromText(q.value(0).toString());
        e.failed = q.value(1).toBool();
        e.pushed = q.value(2).toInt();
        e.pulled = q.value(3).toInt();
        e.conflicts = q.value(4).toInt();
        e.setAside = q.value(5).toInt();
        e.reset = q.value(6).toBool();
        e.keptLocal = RecordJson::stringListFromText(q.value(7).toString());
        e.checksumMismatch = RecordJson::stringListFromText(q.value(8).toString());
        e.code = q.value(9).toInt();
        e.detail = q.value(10).toString();
        e.willRetry = q.value(11).toBool();
        entries << e;
    }
    return entries;
}

} // namespace Reqdesk::Store
