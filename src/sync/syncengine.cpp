#include "sync/syncengine.h"

#include "core/wire/wirecodec.h"
#include "store/conflictrepository.h"
#include "store/conflictresolver.h"
#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/outboxrepository.h"
#include "store/recordjson.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"
#include "sync/crashpoint.h"
#include "sync/pagewriter.h"
#include "sync/pullapplier.h"
#include "sync/synclogging.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrlQuery>

namespace Reqdesk::Sync {

using Core::ErrorCode;
using Core::makeError;
using Core::WireCodec;
using Store::SyncStateRepository;

namespace {

const QStringList kSnapshotOrder = {QStringLiteral("requisition"),
                                    QStringLiteral("candidate"),
                                    QStringLiteral("application"),
                                    QStringLiteral("stage_event"),
                                    QStringLiteral("note"),
                                    QStringLiteral("conflict")};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

/// The outbox payload as the protocol wants it: the store leaves display times out of an
/// insert, but the wire format requires their keys, so the edit's own time stands in.
QJsonObject wireChanges(const Store::OutboxEntry &entry)
{
    QJsonObject changes = entry.changes;
    if (entry.op != Store::OutboxOp::Insert)
        return changes;
    changes.insert(QStringLiteral("id"), idText(entry.entityId));
    QStringList times;
    if (entry.entity == QLatin1String("requisition") || entry.entity == QLatin1String("candidate"))
        times = {QStringLiteral("created_at"), QStringLiteral("updated_at")};
    else if (entry.entity == QLatin1String("application"))
        times = {QStringLiteral("updated_at")};
    for (const QString &field : std::as_const(times)) {
        if (!changes.contains(field))
            changes.insert(field, WireCodec::dateTimeValue(entry.createdAt));
    }
    return changes;
}

} // namespace

SyncEngine::SyncEngine(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_tokens(QFileInfo(m_databasePath).absolutePath())
{
    qRegisterMetaType<RoundReport>();
    // Children, so moving the engine to its worker thread moves them too.
    m_http.setParent(this);
    m_retryTimer.setParent(this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::requestSync);
}

SyncEngine::~SyncEngine() = default;

Core::Status SyncEngine::open()
{
    auto db = Store::Database::open(m_databasePath, {true, Store::Database::Check::Header});
    if (!db)
        return db.error();
    m_database = std::move(*db);
    // A round touches a few hundred pages spread over the whole file (each changed record's
    // row, index entries, bands, base copy): a page cache of a fixed 16 MiB (by default) keeps the
    // upper levels of every B-tree in memory, so a round costs the same whatever the cache size
    // (P3), and memory stays bounded (SQLite's default is 2 MiB).
    // REQDESK_SYNC_CACHE_MIB (1–1024) trades memory for speed on small machines; the memory
    // test sets it low so what it measures is the per-page part.
    bool set = false;
    const int cacheMib = qEnvironmentVariableIntValue("REQDESK_SYNC_CACHE_MIB", &set);
    const int cacheKib = (set && cacheMib >= 1 && cacheMib <= 1024 ? cacheMib : 16) * 1024;
    QSqlQuery cache(m_database->connection());
    if (!cache.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKib)))
        qCWarning(lcSync) << "cannot size the page cache:" << cache.lastError().text();
    return loadSession();
}

void SyncEngine::setBackoff(int firstMs, int capMs, int maxAttempts)
{
    m_backoffFirstMs = firstMs;
    m_backoffCapMs = capMs;
    m_maxAttempts = maxAttempts;
}

Core::Result<std::optional<QString>> SyncEngine::state(const char *name) const
{
    return SyncStateRepository(*m_database).value(key(name));
}

Core::Status SyncEngine::setState(const char *name, const QString &value)
{
    return SyncStateRepository(*m_database).setValue(key(name), value);
}

Core::Status SyncEngine::loadSession()
{
    const auto server = state(serverUrlKey);
    const auto user = state(userKey);
    const auto device = state(SyncStateRepository::deviceIdKey);
    if (!server || !user || !device)
        return makeError(ErrorCode::QueryFailed, QStringLiteral("cannot read the sync state"));
    m_server = server->has_value() ? QUrl(**server) : QUrl();
    m_user = user->value_or(QString());
    m_deviceId = device->value_or(QString());
    m_http.setBaseUrl(m_server);
    if (const auto epoch = state(SyncStateRepository::epochKey); epoch && epoch->has_value())
        m_http.setEpoch(**epoch);
    // A cache file copied to another machine or place must not keep acting as the device it
    // was copied from (two devices with one ledger and one token family, SYNC.md 16): it
    // re-registers at its next sign-in. Its outbox stays and is pushed under the new device.
    const auto home = state(deviceHomeKey);
    if (!home)
        return home.error();
    m_copied = home->has_value() && **home != deviceHome() && !m_deviceId.isEmpty();
    if (m_copied) {
        qCWarning(lcSync, "this cache was copied or moved: it will sign in as a new device");
        m_deviceId.clear();
    }
    return {};
}

QString SyncEngine::deviceHome() const
{
    return QString::fromLatin1(QSysInfo::machineUniqueId()) + u'|'
           + QFileInfo(m_databasePath).canonicalFilePath();
}

Core::Status SyncEngine::signIn(const QUrl &server,
                                const QString &user,
                                const QString &password,
                                TokenStore::Backend *tokenBackend)
{
    if (!m_database)
        return makeError(ErrorCode::NotSignedIn, QStringLiteral("the engine is not open"));
    m_http.setBaseUrl(server);
    m_http.setAccessToken({});
    QJsonObject body{{QStringLiteral("name"), user},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("device_name"),
                      QStringLiteral("reqdesk on %1").arg(QHostInfo::localHostName())}};
    // Signing in again as the same user on this cache keeps the device identity.
    if (!m_deviceId.isEmpty() && user == m_user && server == m_server)
        body.insert(QStringLiteral("device_id"), m_deviceId);
    auto answer = m_http.post(QStringLiteral("/v1/auth/login"), body);
    if (!answer)
        return answer.error();
    const QString access = answer->value(QStringLiteral("access_token")).toString();
    const QString refresh = answer->value(QStringLiteral("refresh_token")).toString();
    const QString device = answer->value(QStringLiteral("device_id")).toString();
    if (access.isEmpty() || refresh.isEmpty() || device.isEmpty())
        return makeError(ErrorCode::BadResponse, QStringLiteral("login answer without tokens"));
    // A cache that belonged to another user or server must not keep their cursor.
    if ((user != m_user || server != m_server) && !m_user.isEmpty()) {
        for (const char *name : {SyncStateRepository::cursorKey, SyncStateRepository::epochKey})
            if (auto s = SyncStateRepository(*m_database).remove(key(name)); !s)
                return s;
    }
    if (auto s = setState(serverUrlKey, server.toString()); !s)
        return s;
    if (auto s = setState(userKey, user); !s)
        return s;
    if (auto s = setState(SyncStateRepository::deviceIdKey, device); !s)
        return s;
    if (auto s = setState(deviceHomeKey, deviceHome()); !s)
        return s;
    m_copied = false;
    m_server = server;
    m_user = user;
    m_deviceId = device;
    m_http.setAccessToken(access.toLatin1());
    auto saved = m_tokens.save(TokenStore::account(server, user, device), refresh);
    if (!saved)
        return saved.error();
    if (tokenBackend)
        *tokenBackend = *saved;
    qCInfo(lcSync) << "signed in as" << user << "token kept in" << TokenStore::backendName(*saved);
    return {};
}

Core::Status SyncEngine::signOut()
{
    if (m_server.isValid() && !m_user.isEmpty()) {
        if (m_http.hasAccessToken() || refreshAccess())
            (void)m_http.post(QStringLiteral("/v1/auth/logout"), {});
        (void)m_tokens.remove(TokenStore::account(m_server, m_user, m_deviceId));
    }
    m_http.setAccessToken({});
    return {};
}

Core::Status SyncEngine::refreshAccess()
{
    if (m_server.isEmpty() || m_user.isEmpty())
        return makeError(ErrorCode::NotSignedIn, QStringLiteral("not signed in"));
    if (m_copied)
        return makeError(ErrorCode::NotSignedIn,
                         QStringLiteral("this cache was copied or moved from elsewhere: sign in "
                                        "again so it gets its own device identity"));
    const QString account = TokenStore::account(m_server, m_user, m_deviceId);
    auto stored = m_tokens.load(account);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return makeError(ErrorCode::NotSignedIn,
                         QStringLiteral("no stored sign-in for %1: sign in again").arg(m_user));
    m_http.setAccessToken({});
    auto answer = m_http.post(QStringLiteral("/v1/auth/refresh"),
                              {{QStringLiteral("refresh_token"), **stored}});
    if (!answer) {
        if (answer.error().code == ErrorCode::Unauthenticated
            || answer.error().code == ErrorCode::TokenReused)
            (void)m_tokens.remove(account);
        return answer.error();
    }
    m_http.setAccessToken(answer->value(QStringLiteral("access_token")).toString().toLatin1());
    // Refresh tokens rotate: the old one is now used, so the new one must be kept at once.
    if (auto s = m_tokens.save(account, answer->value(QStringLiteral("refresh_token")).toString());
        !s)
        return s.error();
    return {};
}

Core::Result<QJsonObject>
SyncEngine::call(const std::function<Core::Result<QJsonObject>()> &request)
{
    if (!m_http.hasAccessToken()) {
        if (auto s = refreshAccess(); !s)
            return s.error();
    }
    auto answer = request();
    // An expired access token: refresh once and retry; a second 401 is the user's to fix.
    if (!answer && answer.error().code == ErrorCode::Unauthenticated && !m_refreshed) {
        m_refreshed = true;
        if (auto s = refreshAccess(); !s)
            return s.error();
        answer = request();
    }
    return answer;
}

Core::Result<RoundReport> SyncEngine::syncOnce()
{
    if (!m_database)
        return makeError(ErrorCode::NotSignedIn, QStringLiteral("the engine is not open"));
    if (m_running)
        return makeError(ErrorCode::ServerUnavailable, QStringLiteral("a round is running"));
    m_running = true;
    Q_EMIT busyChanged(true);
    m_refreshed = false;
    m_changed.clear();
    m_changedAll = false;
    m_roundProgress = false;
    auto report = runRound();
    m_running = false;
    Q_EMIT busyChanged(false);
    if (m_changedAll) {
        m_changed.clear();
        Q_EMIT changed({QStringLiteral("*")});
    } else if (!m_changed.isEmpty()) {
        QStringList ids(m_changed.cbegin(), m_changed.cend());
        ids.sort();
        Q_EMIT changed(ids);
    }
    emitCounts();
    if (report) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        (void)setState(SyncStateRepository::lastSyncKey, Store::RecordJson::timeText(now));
        Q_EMIT synced(now, *report);
    }
    return report;
}

Core::Result<RoundReport> SyncEngine::runRound()
{
    RoundReport report;
    if (m_server.isEmpty() || m_user.isEmpty())
        return makeError(ErrorCode::NotSignedIn, QStringLiteral("not signed in: run login first"));
    Q_EMIT progress(QStringLiteral("meta"), 0, 0);
    auto meta = call([this] { return m_http.get(QStringLiteral("/v1/sync/meta")); });
    if (!meta && meta.error().code == ErrorCode::ClientTooOld)
        return makeError(ErrorCode::ClientTooOld,
                         QStringLiteral("the server no longer accepts this version of Reqdesk "
                                        "(%1); update it. Local data and unsent edits are kept")
                                 .arg(meta.error().detail));
    if (!meta)
        return meta.error();
    const QJsonObject protocol = meta->value(QStringLiteral("protocol")).toObject();
    if (protocol.value(QStringLiteral("min")).toInt(1) > m_http.protocol())
        return makeError(ErrorCode::ClientTooOld,
                         QStringLiteral("the server needs a newer Reqdesk; local data is kept"));
    const QString epoch = meta->value(QStringLiteral("epoch")).toString();
    if (epoch.isEmpty())
        return makeError(ErrorCode::BadResponse, QStringLiteral("meta without an epoch"));
    const QJsonObject limits = meta->value(QStringLiteral("limits")).toObject();
    auto storedEpoch = state(SyncStateRepository::epochKey);
    if (!storedEpoch)
        return storedEpoch.error();
    if (storedEpoch->value_or(QString()) != epoch) {
        // First sync or a restored server: page a snapshot; the outbox stays and is pushed.
        if (auto s = startReset(epoch); !s)
            return s.error();
    }
    m_http.setEpoch(epoch);
    report.epoch = epoch;

    for (int attempt = 0; attempt < 2; ++attempt) {
        Core::Status status;
        auto snapshotEntity = state(snapshotEntityKey);
        if (!snapshotEntity)
            return snapshotEntity.error();
        // An unfinished snapshot (first sync, reset, or one cut by a crash) resumes first, so
        // pushed edits meet a cache that knows the server's records.
        if (snapshotEntity->has_value()) {
            report.reset = true;
            status = snapshot(report);
        }
        // A checksum repair cut short by a crash or a dropped connection finishes first.
        if (status)
            status = resync(report);
        if (status)
            status = push(limits, report);
        if (status)
            status = sendResolutions(report);
        if (status)
            status = pullChanges(report);
        if (status)
            break;
        const auto code = status.error().code;
        if (attempt == 0
            && (code == ErrorCode::EpochMismatch || code == ErrorCode::CursorAhead
                || code == ErrorCode::CursorExpired)) {
            // The server changed under us mid-round: reset and go again, outbox kept.
            auto again = m_http.get(QStringLiteral("/v1/sync/meta"));
            if (!again)
                return again.error();
            const QString newEpoch = again->value(QStringLiteral("epoch")).toString();
            if (newEpoch.isEmpty())
                return makeError(ErrorCode::BadResponse, QStringLiteral("meta without an epoch"));
            if (auto s = startReset(newEpoch); !s)
                return s.error();
            m_http.setEpoch(newEpoch);
            report.epoch = newEpoch;
            continue;
        }
        return status.error();
    }
    auto cursor = state(SyncStateRepository::cursorKey);
    report.cursor = cursor ? cursor->value_or(QString()) : QString();
    if (m_verifyChecksum) {
        auto pending = Store::OutboxRepository(*m_database).pendingCount();
        if (pending && *pending == 0) {
            auto mismatch = verifyChecksum();
            if (!mismatch)
                return mismatch.error();
            if (mismatch->has_value() && !(*mismatch)->isEmpty()) {
                report.checksumMismatch = **mismatch;
                // Drift (a damaged or hand-edited cache, a lost write): re-pull just those
                // entities; unsynced local edits stay.
                if (auto s = resyncEntities(**mismatch, report); !s)
                    return s.error();
            }
        }
    }
    return report;
}

Core::Status SyncEngine::resyncEntities(const QStringList &entities, RoundReport &report)
{
    if (auto s = startResync(entities); !s)
        return s;
    if (auto s = resync(report); !s)
        return s;
    report.resynced += entities;
    return {};
}

Core::Status SyncEngine::startResync(const QStringList &entities)
{
    qCWarning(lcSync) << "re-pulling" << entities << "after a checksum mismatch";
    QSqlDatabase db = m_database->connection();
    Store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    QStringList known;
    for (const QString &entity : entities) {
        const QString table = SyncStateRepository::tableOf(entity);
        if (table.isEmpty() || known.contains(entity))
            continue;
        known.append(entity);
        // The cached versions of this entity are not to be trusted: at 0 every snapshot row
        // applies. Rows with local edits (pending or set aside) keep their values and their
        // version, the base of those edits; the snapshot only moves their base copy. Pure
        // tombstones go too (a wrong one would hide a live record); those of rows kept for
        // their unsynced edits stay, so the rows stay marked as removed on the server.
        QSqlQuery reset(db);
        reset.prepare(QStringLiteral("UPDATE %1 SET version = 0 WHERE NOT EXISTS (SELECT 1 FROM"
                                     " outbox o WHERE o.entity = ? AND o.entity_id = %1.id)")
                              .arg(table));
        reset.addBindValue(entity);
        if (!reset.exec())
            return Store::sqlError(reset, QStringLiteral("resync"));
        QSqlQuery tombstones(db);
        tombstones.prepare(QStringLiteral("DELETE FROM tombstones WHERE entity = ? AND NOT EXISTS"
                                          " (SELECT 1 FROM %1 t WHERE t.id = tombstones.entity_id)")
                                   .arg(table));
        tombstones.addBindValue(entity);
        if (!tombstones.exec())
            return Store::sqlError(tombstones, QStringLiteral("resync"));
    }
    if (known.isEmpty())
        return {};
    if (auto s
        = SyncStateRepository::setValueIn(db, key(resyncEntitiesKey), known.join(QLatin1Char(',')));
        !s)
        return s;
    if (auto s = SyncStateRepository::setValueIn(db, key(resyncAfterKey), QString()); !s)
        return s;
    return tx.commit();
}

Core::Status SyncEngine::resync(RoundReport &report)
{
    qint64 done = 0;
    for (;;) {
        auto pending = state(resyncEntitiesKey);
        auto after = state(resyncAfterKey);
        if (!pending || !after)
            return makeError(ErrorCode::QueryFailed, QStringLiteral("cannot read resync state"));
        const QStringList entities
                = pending->value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (entities.isEmpty())
            return {};
        const QString entity = entities.first();
        const QString table = SyncStateRepository::tableOf(entity);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("entity"), entity);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        if (!after->value_or(QString()).isEmpty())
            query.addQueryItem(QStringLiteral("after"), **after);
        auto page = call([&] { return m_http.get(QStringLiteral("/v1/sync/snapshot"), query); });
        if (!page)
            return page.error();
        const QJsonArray records = page->value(QStringLiteral("records")).toArray();
        const bool hasMore = page->value(QStringLiteral("has_more")).toBool();
        QSqlDatabase db = m_database->connection();
        Store::Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        PullApplier applier(*m_database, report, m_changed);
        for (const QJsonValue &record : records) {
            if (auto s = applier.apply(entity, QStringLiteral("upsert"), record.toObject()); !s)
                return s;
        }
        if (hasMore) {
            if (auto s = SyncStateRepository::setValueIn(
                        db,
                        key(resyncAfterKey),
                        page->value(QStringLiteral("next_after")).toString());
                !s)
                return s;
        } else {
            // The entity is complete: synced rows the snapshot did not bring back (still at
            // version 0, no local edits) are gone on the server.
            QSqlQuery ghosts(db);
            ghosts.prepare(QStringLiteral("SELECT id FROM %1 t WHERE version = 0 AND NOT EXISTS"
                                          " (SELECT 1 FROM outbox o WHERE o.entity = ?"
                                          " AND o.entity_id = t.id)")
                                   .arg(table));
            ghosts.addBindValue(entity);
            if (!ghosts.exec())
                return Store::sqlError(ghosts, QStringLiteral("find drifted rows"));
            QList<QUuid> gone;
            while (ghosts.next())
                gone.append(QUuid::fromString(ghosts.value(0).toString()));
            ghosts.finish();
            for (const QUuid &id : std::as_const(gone)) {
                QSqlQuery drop(db);
                drop.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
                drop.addBindValue(idText(id));
                if (!drop.exec())
                    return Store::sqlError(drop, QStringLiteral("drop drifted row"));
                if (auto s = SyncStateRepository::removeBaseCopy(db, entity, id); !s)
                    return s;
                m_changed.insert(entity + u':' + idText(id));
            }
            const QStringList rest = entities.mid(1);
            if (auto s = SyncStateRepository::setValueIn(db, key(resyncAfterKey), QString()); !s)
                return s;
            if (rest.isEmpty()) {
                for (const char *name : {resyncEntitiesKey, resyncAfterKey}) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
                    q.addBindValue(key(name));
                    if (!q.exec())
                        return Store::sqlError(q, QStringLiteral("end resync"));
                }
            } else if (auto s = SyncStateRepository::setValueIn(
                               db, key(resyncEntitiesKey), rest.join(QLatin1Char(',')));
                       !s) {
                return s;
            }
        }
        if (auto s = tx.commit(); !s)
            return s;
        m_roundProgress = true;
        done += records.size();
        capChanged();
        Q_EMIT progress(QStringLiteral("resync"), done, 0);
    }
}

Core::Status SyncEngine::startReset(const QString &epoch)
{
    qCInfo(lcSync) << "reset flow for epoch" << epoch;
    QSqlDatabase db = m_database->connection();
    Store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    // Versions of the old epoch mean nothing now: forget them (and the tombstones, bases and
    // cursor) so every snapshot row applies, except over rows with pending local edits.
    // Rows the snapshot does not bring back are removed when it ends (finishSnapshot).
    QStringList statements
            = {QStringLiteral("DELETE FROM tombstones"), QStringLiteral("DELETE FROM base_copies")};
    for (const QString &entity : kSnapshotOrder.mid(0, 5))
        statements << QStringLiteral("UPDATE %1 SET version = 0")
                              .arg(SyncStateRepository::tableOf(entity));
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Store::sqlError(q, QStringLiteral("reset"));
    }
    // A snapshot into an empty cache is a bulk load: the secondary indexes and the FTS triggers
    // are set aside until it ends (finishSnapshot builds them once). What was set aside is
    // stored with the snapshot's start, so a crash or a restart mid-snapshot still ends with
    // them rebuilt; queries in between are correct, only slower. A reset over a snapshot that
    // already set them aside keeps that list.
    auto deferred = SyncStateRepository(*m_database).value(key(snapshotDeferredKey));
    if (!deferred)
        return deferred.error();
    auto empty = Store::DeferredIndexes::tablesEmpty(db);
    if (!empty)
        return empty.error();
    if (!deferred->has_value() && *empty) {
        auto saved = Store::DeferredIndexes::drop(db);
        if (!saved)
            return saved.error();
        if (auto s = SyncStateRepository::setValueIn(db, key(snapshotDeferredKey), *saved); !s)
            return s;
    }
    // Without rows now, every row at the end comes from this snapshot or a local edit.
    if (*empty) {
        if (auto s
            = SyncStateRepository::setValueIn(db, key(snapshotFromEmptyKey), QStringLiteral("1"));
            !s)
            return s;
    } else {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        q.addBindValue(key(snapshotFromEmptyKey));
        if (!q.exec())
            return Store::sqlError(q, QStringLiteral("reset"));
    }
    for (const auto &[name, value] : {std::pair{SyncStateRepository::epochKey, epoch},
                                      std::pair{snapshotEntityKey, kSnapshotOrder.first()},
                                      std::pair{SyncStateRepository::cursorKey, QString()},
                                      std::pair{snapshotAfterKey, QString()},
                                      std::pair{snapshotCursorKey, QString()}}) {
        if (auto s = SyncStateRepository::setValueIn(db, key(name), value); !s)
            return s;
    }
    return tx.commit();
}

Core::Status SyncEngine::finishSnapshot()
{
    QSqlDatabase db = m_database->connection();
    Store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    // Rows still at version 0 were not in the snapshot: the server no longer has them (ghosts),
    // unless they are our own unsent creations. A snapshot that began without rows has none
    // (and the scan would read every row, posting text and all).
    auto fromEmpty = SyncStateRepository(*m_database).value(key(snapshotFromEmptyKey));
    if (!fromEmpty)
        return fromEmpty.error();
    const QStringList ghostEntities
            = fromEmpty->has_value() ? QStringList() : kSnapshotOrder.mid(0, 5);
    for (const QString &entity : ghostEntities) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE version = 0 AND NOT EXISTS (SELECT 1 FROM "
                                 "outbox o WHERE o.entity = ? AND o.entity_id = %1.id)")
                          .arg(SyncStateRepository::tableOf(entity)));
        q.addBindValue(entity);
        if (!q.exec())
            return Store::sqlError(q, QStringLiteral("drop ghost rows"));
    }
    // Indexes and the FTS index set aside for the snapshot: built once now, in the same
    // transaction that closes the snapshot.
    auto deferred = SyncStateRepository(*m_database).value(key(snapshotDeferredKey));
    if (!deferred)
        return deferred.error();
    if (deferred->has_value()) {
        if (auto s = Store::DeferredIndexes::restore(db, **deferred); !s)
            return s;
    }
    auto first = SyncStateRepository(*m_database).value(key(snapshotCursorKey));
    if (!first)
        return first.error();
    if (auto s = SyncStateRepository::setValueIn(
                db, key(SyncStateRepository::cursorKey), first->value_or(QStringLiteral("0")));
        !s)
        return s;
    for (const char *name : {snapshotEntityKey,
                             snapshotAfterKey,
                             snapshotCursorKey,
                             snapshotDeferredKey,
                             snapshotFromEmptyKey}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        q.addBindValue(key(name));
        if (!q.exec())
            return Store::sqlError(q, QStringLiteral("end snapshot"));
    }
    return tx.commit();
}

Core::Status SyncEngine::snapshot(RoundReport &report)
{
    qint64 done = 0;
    // The next page is asked for before this one is written, so the server reads and sends it
    // while the cache writes (on two cores a first sync takes the longer of the two, not their
    // sum). Only the order of writes matters for resuming, and that does not change.
    QNetworkReply *prefetched = nullptr;
    QString prefetchedFor;
    const auto dropPrefetch = qScopeGuard([&] { SyncHttpClient::abort(prefetched); });
    const auto pageQuery = [this](const QString &entity, const QString &after) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("entity"), entity);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), after);
        return query;
    };
    for (;;) {
        auto entity = state(snapshotEntityKey);
        auto after = state(snapshotAfterKey);
        auto firstCursor = state(snapshotCursorKey);
        if (!entity || !after || !firstCursor)
            return makeError(ErrorCode::QueryFailed, QStringLiteral("cannot read snapshot state"));
        if (!entity->has_value())
            return {};
        const QString name = **entity;
        // Every page is in, but a crash came before the snapshot was closed: close it now.
        if (name.isEmpty())
            return finishSnapshot();
        const QUrlQuery query = pageQuery(name, after->value_or(QString()));
        const auto fetch = [&] {
            return call([&] { return m_http.get(QStringLiteral("/v1/sync/snapshot"), query); });
        };
        Core::Result<QJsonObject> page = makeError(ErrorCode::BadResponse, QString());
        if (prefetched && prefetchedFor == query.toString()) {
            page = m_http.finish(std::exchange(prefetched, nullptr));
            // A prefetch has no token refresh of its own: an expired token goes through call().
            if (!page && page.error().code == ErrorCode::Unauthenticated)
                page = fetch();
        } else {
            SyncHttpClient::abort(std::exchange(prefetched, nullptr));
            page = fetch();
        }
        if (!page)
            return page.error();
        const QJsonArray records = page->value(QStringLiteral("records")).toArray();
        const bool hasMore = page->value(QStringLiteral("has_more")).toBool();
        {
            const qsizetype index = kSnapshotOrder.indexOf(name);
            const QString nextEntity = hasMore ? name : kSnapshotOrder.value(index + 1);
            if (!nextEntity.isEmpty() && m_http.hasAccessToken()) {
                const QUrlQuery nextQuery = pageQuery(
                        nextEntity,
                        hasMore ? page->value(QStringLiteral("next_after")).toString() : QString());
                if (auto started
                    = m_http.startGet(QStringLiteral("/v1/sync/snapshot"), nextQuery)) {
                    prefetched = *started;
                    prefetchedFor = nextQuery.toString();
                }
            }
        }
        QSqlDatabase db = m_database->connection();
        Store::Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        if (auto s = PageWriter(*m_database, report, m_changed).applyPage(name, records); !s)
            return s;
        // The page and where to resume travel together: a crash resumes after this page.
        if (firstCursor->value_or(QString()).isEmpty()) {
            if (auto s
                = SyncStateRepository::setValueIn(db,
                                                  key(snapshotCursorKey),
                                                  page->value(QStringLiteral("cursor")).toString());
                !s)
                return s;
        }
        const qsizetype index = kSnapshotOrder.indexOf(name);
        const QString nextEntity = hasMore ? name : kSnapshotOrder.value(index + 1);
        const QString nextAfter
                = hasMore ? page->value(QStringLiteral("next_after")).toString() : QString();
        if (auto s = SyncStateRepository::setValueIn(db, key(snapshotEntityKey), nextEntity); !s)
            return s;
        if (auto s = SyncStateRepository::setValueIn(db, key(snapshotAfterKey), nextAfter); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        CrashPoint::hit("after_snapshot_page");
        capChanged();
        m_roundProgress = true;
        done += records.size();
        Q_EMIT progress(QStringLiteral("snapshot"), done, 0);
        if (nextEntity.isEmpty()) {
            CrashPoint::hit("before_snapshot_finish");
            return finishSnapshot();
        }
    }
}

Core::Status SyncEngine::push(const QJsonObject &limits, RoundReport &report)
{
    Store::OutboxRepository outbox(*m_database);
    int maxMutations
            = qBound(1, m_batchSize, limits.value(QStringLiteral("push_max_mutations")).toInt(100));
    m_pushMaxBytes = limits.value(QStringLiteral("push_max_bytes")).toInt(1024 * 1024);
    auto total = outbox.pendingCount();
    qint64 sent = 0;
    for (;;) {
        auto pending = outbox.pending(maxMutations);
        if (!pending)
            return pending.error();
        if (pending->isEmpty())
            return {};
        QJsonArray mutations;
        QList<Store::OutboxEntry> batch;
        QSet<QString> records;
        qint64 bytes = 0;
        for (const Store::OutboxEntry &entry : std::as_const(*pending)) {
            const QString recordKey = entry.entity + u':' + idText(entry.entityId);
            // One mutation per record per batch: a later one needs the version the server gives
            // the earlier one as its base (see OutboxRepository::rebase).
            if (records.contains(recordKey))
                break;
            QJsonObject mutation{{QStringLiteral("mutation_id"), idText(entry.mutationId)},
                                 {QStringLiteral("entity"), entry.entity},
                                 {QStringLiteral("entity_id"), idText(entry.entityId)},
                                 {QStringLiteral("op"), Store::outboxOpName(entry.op)},
                                 {QStringLiteral("base_version"), entry.baseVersion},
                                 {QStringLiteral("changes"), wireChanges(entry)}};
            const qint64 size = QJsonDocument(mutation).toJson(QJsonDocument::Compact).size();
            if (!batch.isEmpty() && bytes + size + 64 > m_pushMaxBytes)
                break;
            bytes += size;
            records.insert(recordKey);
            mutations.append(mutation);
            batch.append(entry);
        }
        const QJsonObject body{{QStringLiteral("device_id"), m_deviceId},
                               {QStringLiteral("mutations"), mutations}};
        CrashPoint::hit("before_push_send");
        auto answer = call([&] { return m_http.post(QStringLiteral("/v1/sync/push"), body); });
        if (!answer && answer.error().code == ErrorCode::PayloadTooLarge && batch.size() > 1) {
            // Nothing was applied: the same entries go again in smaller batches.
            maxMutations = int(qMax<qsizetype>(1, batch.size() / 2));
            continue;
        }
        if (!answer && answer.error().code == ErrorCode::PayloadTooLarge) {
            // One edit alone is above the server's cap: no split helps, and retrying it would
            // block the queue behind it for good. It is set aside with the reason (a poison
            // record, SYNC.md 12) and the others go on in batches of the full size again.
            const QString reason = QStringLiteral("payload_too_large: ") + answer.error().message();
            qCWarning(lcSync) << "mutation set aside:" << batch.first().entity << reason;
            if (auto s = outbox.setAside(batch.first().seq, reason); !s)
                return s;
            ++report.setAside;
            m_roundProgress = true;
            maxMutations = qBound(
                    1, m_batchSize, limits.value(QStringLiteral("push_max_mutations")).toInt(100));
            continue;
        }
        if (!answer) {
            for (const Store::OutboxEntry &entry : std::as_const(batch))
                (void)outbox.recordFailure(entry.seq, answer.error().message());
            return answer.error();
        }
        CrashPoint::hit("before_push_commit");
        const QJsonArray results = answer->value(QStringLiteral("results")).toArray();
        if (results.size() != batch.size())
            return makeError(ErrorCode::BadResponse,
                             QStringLiteral("push answered %1 results for %2 mutations")
                                     .arg(results.size())
                                     .arg(batch.size()));
        QSqlDatabase db = m_database->connection();
        Store::Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        QList<qint64> done;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Store::OutboxEntry &entry = batch.at(i);
            const QJsonObject result = results.at(i).toObject();
            QString outcome = result.value(QStringLiteral("outcome")).toString();
            // A replay answers with the stored result: what counts is the original outcome
            // (a replayed refusal must be set aside, not dropped as done).
            if (outcome == QLatin1String("duplicate")
                && result.contains(QStringLiteral("original")))
                outcome = result.value(QStringLiteral("original")).toString();
            if (result.value(QStringLiteral("mutation_id")).toString() != idText(entry.mutationId))
                return makeError(ErrorCode::BadResponse,
                                 QStringLiteral("push results out of order"));
            if (outcome == QLatin1String("rejected")) {
                const QString reason = result.value(QStringLiteral("code")).toString()
                                       + QStringLiteral(": ")
                                       + result.value(QStringLiteral("reason")).toString();
                qCWarning(lcSync) << "mutation set aside:" << entry.entity << reason;
                if (auto s = outbox.setAside(entry.seq, reason); !s)
                    return s;
                ++report.setAside;
                continue;
            }
            if (outcome == QLatin1String("conflict"))
                ++report.conflicts;
            const qint64 version = result.value(QStringLiteral("version")).toInteger();
            // Later edits of the record were made on top of this one. "applied" (or the same
            // content already there) means nobody else wrote the record since this entry's base:
            // later edits made on that same view move up to its version (not those whose base
            // a "merged" raised before: their view of the other fields is older, convergence
            // seed 118). "merged" means it also holds changes we have not seen: only
            // edits of this entry's own fields may move up, or a later edit of another field
            // would silently overwrite someone else's unseen change instead of clashing with it
            // (the price: a later edit of both kinds of field may show a needless conflict on
            // its own field, visible and never lossy). After a "conflict" nothing moves.
            if (version > 0
                && (outcome == QLatin1String("applied") || outcome == QLatin1String("duplicate"))) {
                if (auto s = Store::OutboxRepository::rebase(
                            db, entry.entity, entry.entityId, entry.baseVersion, version);
                    !s)
                    return s;
            } else if (version > 0 && outcome == QLatin1String("merged")) {
                if (auto s = Store::OutboxRepository::rebaseWithin(
                            db, entry.entity, entry.entityId, version, entry.changes.keys());
                    !s)
                    return s;
            }
            done.append(entry.seq);
        }
        if (auto s = outbox.markDone(done); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        CrashPoint::hit("after_push_commit");
        m_roundProgress = true;
        report.pushed += int(done.size());
        sent += batch.size();
        Q_EMIT progress(QStringLiteral("push"), sent, total ? *total : 0);
        emitCounts();
    }
}

Core::Status SyncEngine::pullChanges(RoundReport &report)
{
    qint64 done = 0;
    for (;;) {
        auto cursor = state(SyncStateRepository::cursorKey);
        if (!cursor)
            return cursor.error();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"),
                           cursor->value_or(QString()).isEmpty() ? QStringLiteral("0") : **cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        auto page = call([&] { return m_http.get(QStringLiteral("/v1/sync/changes"), query); });
        if (!page)
            return page.error();
        const QJsonArray changes = page->value(QStringLiteral("changes")).toArray();
        const QString next = page->value(QStringLiteral("next_cursor")).toString();
        if (next.isEmpty())
            return makeError(ErrorCode::BadResponse, QStringLiteral("changes without next_cursor"));
        QSqlDatabase db = m_database->connection();
        Store::Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        PullApplier applier(*m_database, report, m_changed);
        // Upserts of records go to the PageWriter by entity (a record appears at most once per
        // page, so their order does not matter); deletes and conflicts row by row.
        std::map<QString, QJsonArray> upserts;
        qsizetype applied = 0;
        for (const QJsonValue &value : changes) {
            if (++applied == changes.size() / 2 + 1)
                CrashPoint::hit("mid_page_apply");
            const QJsonObject change = value.toObject();
            const QString entity = change.value(QStringLiteral("entity")).toString();
            const QString op = change.value(QStringLiteral("op")).toString();
            QJsonObject row = change.value(QStringLiteral("data")).toObject();
            if (op == QLatin1String("upsert") && !row.isEmpty()
                && !SyncStateRepository::tableOf(entity).isEmpty()) {
                upserts[entity].append(row);
                continue;
            }
            if (row.isEmpty()) {
                row.insert(QStringLiteral("id"), change.value(QStringLiteral("id")));
                row.insert(QStringLiteral("version"), change.value(QStringLiteral("version")));
            }
            if (auto s = applier.apply(entity, op, row); !s)
                return s;
        }
        for (const auto &[entity, rows] : upserts) {
            if (auto s = PageWriter(*m_database, report, m_changed).applyPage(entity, rows); !s)
                return s;
        }
        CrashPoint::hit("after_page_apply_before_cursor");
        if (auto s = SyncStateRepository::setValueIn(db, key(SyncStateRepository::cursorKey), next);
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        CrashPoint::hit("after_page_commit");
        capChanged();
        m_roundProgress = true;
        done += changes.size();
        Q_EMIT progress(QStringLiteral("pull"), done, 0);
        if (!page->value(QStringLiteral("has_more")).toBool())
            return {};
    }
}

Core::Result<std::optional<QStringList>> SyncEngine::verifyChecksum()
{
    auto answer = call([this] { return m_http.get(QStringLiteral("/v1/sync/checksum")); });
    if (!answer)
        return answer.error();
    auto cursor = state(SyncStateRepository::cursorKey);
    if (!cursor)
        return cursor.error();
    // Only a cache caught up to exactly the server's head can compare.
    if (cursor->value_or(QString()) != answer->value(QStringLiteral("cursor")).toString())
        return std::optional<QStringList>();
    const QJsonObject entities = answer->value(QStringLiteral("entities")).toObject();
    QStringList mismatched;
    for (const QString &entity : kSnapshotOrder.mid(0, 5)) {
        QSqlQuery q(m_database->connection());
        q.setForwardOnly(true);
        // Byte order of lower-case UUID text, as the server sorts. Left out: version 0 (never
        // synced) and rows the server removed but the cache keeps for their unsynced edits.
        q.prepare(QStringLiteral("SELECT id, version FROM %1 t WHERE version > 0 AND NOT EXISTS"
                                 " (SELECT 1 FROM tombstones d WHERE d.entity = ?"
                                 " AND d.entity_id = t.id) ORDER BY id")
                          .arg(SyncStateRepository::tableOf(entity)));
        q.addBindValue(entity);
        if (!q.exec())
            return Store::sqlError(q, QStringLiteral("checksum"));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        while (q.next()) {
            const QByteArray line
                    = q.value(0).toString().toUtf8() + ':' + q.value(1).toByteArray() + '\n';
            hash.addData(line);
            ++rows;
        }
        const QJsonObject server = entities.value(entity).toObject();
        if (server.value(QStringLiteral("count")).toInteger() != rows
            || server.value(QStringLiteral("hash")).toString()
                       != QString::fromLatin1(hash.result().toHex())) {
            qCWarning(lcSync) << "checksum mismatch for" << entity << "local rows" << rows
                              << "server rows" << server.value(QStringLiteral("count")).toInteger();
            mismatched.append(entity);
        }
    }
    return std::optional<QStringList>(mismatched);
}

Core::Status
SyncEngine::resolveConflict(const QUuid &conflictId, Resolution resolution, const QJsonValue &value)
{
    // The rules live in the store (the GUI resolves through the same class, offline too): a
    // field clash becomes an ordinary edit through the outbox, whole-record and stage clashes
    // are queued for the server's own resolution, and the choice waits in the queue that
    // sendResolutions() drains after the next push.
    Store::ConflictChoice choice = Store::ConflictChoice::KeepMine;
    if (resolution == Resolution::Theirs)
        choice = Store::ConflictChoice::KeepTheirs;
    else if (resolution == Resolution::Value)
        choice = Store::ConflictChoice::UseValue;
    Store::ConflictResolver resolver(*m_database);
    auto outcome = resolver.resolve(conflictId, choice, value);
    if (!outcome)
        return outcome.error();
    if (outcome->edited || outcome->deletedLocal)
        m_changed.insert(outcome->entity + u':' + idText(outcome->entityId));
    emitCounts();
    return {};
}

Core::Status SyncEngine::sendResolutions(RoundReport &report)
{
    for (;;) {
        auto pending = state(pendingResolutionsKey);
        if (!pending)
            return pending.error();
        const QJsonArray queue
                = QJsonDocument::fromJson(pending->value_or(QString()).toUtf8()).array();
        if (queue.isEmpty())
            return {};
        const QJsonObject sent = queue.first().toObject();
        const QString conflictText = sent.value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/v1/conflicts/%1/resolve").arg(conflictText);
        QJsonObject body = sent;
        body.remove(QStringLiteral("id"));
        auto answer = call([&] { return m_http.post(path, body); });
        bool refused = false;
        QString reason;
        if (!answer) {
            const auto code = answer.error().code;
            if (SyncHttpClient::isTransient(code) || code == ErrorCode::Unauthenticated
                || code == ErrorCode::NotSignedIn)
                return answer.error(); // kept: the next round sends it again
            if (code == ErrorCode::AlreadyResolved || code == ErrorCode::NotFound) {
                // Resolved by someone else, or gone: the conflict's current state comes back
                // through the feed.
                qCWarning(lcSync) << "conflict resolution not applied:" << answer.error().message();
            } else {
                // Refused (an impossible stage, a value the server does not take, no right):
                // the server's conflict is still open, so the local one opens again and the
                // user is told why — never dropped silently.
                refused = true;
                reason = answer.error().message();
                qCWarning(lcSync) << "conflict resolution refused:" << reason;
            }
        }
        // The queue is read again now: during the POST another connection (the GUI's) may have
        // queued more, and writing back the copy read before it would lose them. Only the entry
        // just sent goes.
        const QUuid conflictId = QUuid::fromString(conflictText);
        QSqlDatabase db = m_database->connection();
        Store::Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        auto current = state(pendingResolutionsKey);
        if (!current)
            return current.error();
        QJsonArray now = QJsonDocument::fromJson(current->value_or(QString()).toUtf8()).array();
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (now.at(i).toObject() == sent) {
                now.removeAt(i);
                break;
            }
        }
        if (auto s = SyncStateRepository::setValueIn(
                    db,
                    key(pendingResolutionsKey),
                    QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact)));
            !s)
            return s;
        if (refused) {
            QSqlQuery reopen(db);
            reopen.prepare(QStringLiteral("UPDATE conflicts SET resolved = 0 WHERE id = ?"));
            reopen.addBindValue(idText(conflictId));
            if (!reopen.exec())
                return Store::sqlError(reopen, QStringLiteral("reopen conflict"));
        }
        if (auto s = tx.commit(); !s)
            return s;
        if (refused) {
            report.refusedResolutions.append({conflictId, reason});
            m_changed.insert(QStringLiteral("conflict:") + idText(conflictId));
            Q_EMIT resolutionRefused(conflictId, reason);
        }
    }
}

void SyncEngine::capChanged()
{
    // A first sync changes every record: listing them all would grow with the dataset (and no
    // model wants half a million ids). Past a few thousand the round says "everything".
    if (m_changed.size() > maxChangedIds) {
        m_changed.clear();
        m_changedAll = true;
    }
}

void SyncEngine::emitCounts()
{
    if (!m_database)
        return;
    if (auto pending = Store::OutboxRepository(*m_database).pendingCount(); pending)
        Q_EMIT pendingCountChanged(*pending);
    if (auto open = Store::ConflictRepository(*m_database).open(); open)
        Q_EMIT conflictsCountChanged(open->size());
}

void SyncEngine::requestSync()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    auto report = syncOnce();
    if (!report) {
        scheduleRetry(report.error());
        return;
    }
    m_failures = 0;
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::requestSync);
    }
}

void SyncEngine::scheduleRetry(const Core::Error &error)
{
    if (!SyncHttpClient::isTransient(error.code)) {
        m_failures = 0;
        Q_EMIT syncFailed(int(error.code), error.message(), false);
        return;
    }
    // A round that committed something before failing made progress: only rounds that got
    // nothing through count towards giving up.
    if (m_roundProgress)
        m_failures = 0;
    ++m_failures;
    if (m_failures >= m_maxAttempts) {
        m_failures = 0;
        Q_EMIT syncFailed(int(ErrorCode::SyncNoProgress),
                          QStringLiteral("sync made no progress after %1 attempts: %2")
                                  .arg(m_maxAttempts)
                                  .arg(error.message()),
                          false);
        return;
    }
    // Exponential with a cap; a Retry-After from the server wins when longer.
    qint64 delay = qint64(m_backoffFirstMs) << qMin(m_failures - 1, 20);
    delay = qMin<qint64>(delay, m_backoffCapMs);
    delay = qMax<qint64>(delay, qint64(m_http.retryAfter()) * 1000);
    Q_EMIT syncFailed(int(error.code), error.message(), true);
    m_retryTimer.start(int(delay));
}

} // namespace Reqdesk::Sync
