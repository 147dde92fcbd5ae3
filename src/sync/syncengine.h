#pragma once

#include "core/result.h"
#include "store/conflictresolver.h"
#include "sync/roundreport.h"
#include "sync/synchttpclient.h"
#include "sync/tokenstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace Reqdesk::Store {
class Database;
}

namespace Reqdesk::Sync {

/// How a conflict is resolved (docs/sync-protocol.md "POST /v1/conflicts/{id}/resolve").
enum class Resolution { Mine, Theirs, Value };

/// The client half of SYNC.md: sign-in, then rounds of meta → push the outbox in batches →
/// pull changes (or a resumable snapshot) page by page, each page applied with its cursor in one
/// transaction. Owns its own Store::Database connection, opened on the thread it lives on.
/// syncOnce() runs a round synchronously (the CLI); requestSync() is the coalescing, backing-off
/// entry point for a long-lived engine on its worker thread.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    /// Well-known sync_state keys the engine adds to the store's.
    static constexpr auto serverUrlKey = "server_url";
    static constexpr auto userKey = "user_name";
    static constexpr auto snapshotEntityKey = "snapshot_entity";
    static constexpr auto snapshotAfterKey = "snapshot_after";
    static constexpr auto snapshotCursorKey = "snapshot_cursor";
    /// While a snapshot into an empty cache runs: the secondary indexes and FTS triggers set
    /// aside for it (Store::DeferredIndexes), rebuilt when the snapshot ends.
    static constexpr auto snapshotDeferredKey = "snapshot_deferred";
    /// Set while a snapshot runs that began on a cache without rows (and no reset came since):
    /// no row can be a ghost of an older epoch, so the end of the snapshot looks for none.
    static constexpr auto snapshotFromEmptyKey = "snapshot_from_empty";
    /// The queue of resolutions waiting for the server: defined by the store, which queues
    /// them (Store::ConflictResolver); the engine sends them after each push.
    static constexpr auto pendingResolutionsKey = Store::ConflictResolver::pendingResolutionsKey;
    static constexpr auto deviceHomeKey = "device_home";
    /// Past this many changed records a round reports "*" instead of the ids (see changed()).
    static constexpr qsizetype maxChangedIds = 5000;
    /// While a checksum repair runs: the entities still to re-pull (comma-separated) and the
    /// last id of the current entity's finished pages.
    static constexpr auto resyncEntitiesKey = "resync_entities";
    static constexpr auto resyncAfterKey = "resync_after";

    /// An engine over the cache at `databasePath`; nothing is opened until open().
    explicit SyncEngine(QString databasePath, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Opens the engine's own connection on the calling thread (call on the engine's thread).
    Core::Status open();
    /// The engine's connection; null before open().
    Store::Database *database() const { return m_database.get(); }

    /// Signs in: stores device id, user and server URL in sync_state and the refresh token in
    /// the TokenStore. `tokenBackend` says where the token went (Memory = not persisted).
    Core::Status signIn(const QUrl &server,
                        const QString &user,
                        const QString &password,
                        TokenStore::Backend *tokenBackend = nullptr);
    /// Signs out on the server (best effort) and forgets the tokens; local data stays.
    Core::Status signOut();

    /// One full round now, on the calling thread. Errors: NotSignedIn, Unauthenticated (after
    /// one refresh), network/server errors (transient), ClientTooOld...
    Core::Result<RoundReport> syncOnce();

    /// Compares the server's per-entity checksum (count and SHA-256 of "id:version" lines) with
    /// the cache's synced rows; the entities that differ, or nullopt when the cache is not at
    /// exactly the server's head (someone wrote in between: nothing to compare).
    Core::Result<std::optional<QStringList>> verifyChecksum();
    /// Runs verifyChecksum() at the end of each round whose outbox is empty (costly on the
    /// server: meant for tests and occasional checks); entities that differ are re-pulled at
    /// once (resyncEntities).
    void setVerifyChecksum(bool on) { m_verifyChecksum = on; }
    /// Repairs drift in `entities`: re-pulls each from a snapshot of the server (resumable page
    /// by page, like the first sync), keeping rows with unsynced local edits as they are (only
    /// their base moves) and dropping synced rows the server no longer has. The cursor and the
    /// outbox stay as they are. Entity names as in the protocol ("requisition"...).
    Core::Status resyncEntities(const QStringList &entities, RoundReport &report);

    /// Resolves a conflict locally, offline too: a field conflict becomes an ordinary edit
    /// through the outbox (mine = the client value, value = V; theirs = no edit), whole-record
    /// and stage conflicts use the server's resolution; either way the server's conflict record
    /// is resolved by the next round (after the push), and the local one is marked resolved now.
    Core::Status resolveConflict(const QUuid &conflictId,
                                 Resolution resolution,
                                 const QJsonValue &value = QJsonValue());

    /// Outbox entries per push batch, capped by the server's advertised limit.
    void setBatchSize(int size) { m_batchSize = size; }
    /// Rows per pulled page (changes and snapshot), capped by the server's limits.
    void setPageSize(int size) { m_pageSize = size; }
    /// Backoff: first delay and cap, and how many failed attempts without progress end retries.
    void setBackoff(int firstMs, int capMs, int maxAttempts);
    /// The protocol version to announce (default SyncHttpClient::protocolVersion); other
    /// values only to test version skew.
    void setProtocolVersion(int version) { m_http.setProtocol(version); }
    /// HTTP request timeout.
    void setTimeoutMs(int ms) { m_http.setTimeoutMs(ms); }

public Q_SLOTS:
    /// Runs a round soon; while one runs, one more is queued (coalesced). Transient failures
    /// retry with exponential backoff until a round succeeds or maxAttempts fail in a row.
    void requestSync();

Q_SIGNALS:
    /// Phase ("meta", "push", "pull", "snapshot") and progress within it (total 0 = unknown).
    void progress(const QString &phase, qint64 done, qint64 total);
    /// Outbox entries waiting for upload.
    void pendingCountChanged(qint64 count);
    /// A round completed at `at`.
    void synced(const QDateTime &at, const Reqdesk::Sync::RoundReport &report);
    /// A round failed: `code` is a Core::ErrorCode; `willRetry` false when retries stopped.
    void syncFailed(int code, const QString &detail, bool willRetry);
    /// Open conflicts in the cache.
    void conflictsCountChanged(qint64 count);
    /// Records changed by a round ("entity:id"), coalesced per round, for models; a round that
    /// changed more than maxChangedIds records (a first sync, a reset) sends {"*"}: reload.
    void changed(const QStringList &ids);
    /// True while a round runs.
    void busyChanged(bool busy);
    /// The server refused a queued resolution of `conflictId` (`reason` is its answer): the
    /// conflict is open again locally, for the user to resolve anew.
    void resolutionRefused(const QUuid &conflictId, const QString &reason);

private:
    Core::Result<QJsonObject> call(const std::function<Core::Result<QJsonObject>()> &request);
    Core::Status refreshAccess();
    Core::Status loadSession();
    Core::Result<RoundReport> runRound();
    Core::Status push(const QJsonObject &limits, RoundReport &report);
    Core::Status pullChanges(RoundReport &report);
    Core::Status snapshot(RoundReport &report);
    Core::Status startReset(const QString &epoch);
    Core::Status finishSnapshot();
    Core::Status sendResolutions(RoundReport &report);
    Core::Status startResync(const QStringList &entities);
    Core::Status resync(RoundReport &report);
    QString deviceHome() const;
    Core::Result<std::optional<QString>> state(const char *key) const;
    Core::Status setState(const char *key, const QString &value);
    void emitCounts();
    void capChanged();
    void scheduleRetry(const Core::Error &error);

    QString m_databasePath;
    std::unique_ptr<Store::Database> m_database;
    SyncHttpClient m_http;
    TokenStore m_tokens;
    QUrl m_server;
    QString m_user;
    QString m_deviceId;
    bool m_refreshed = false;
    bool m_copied = false;
    int m_batchSize = 100;
    int m_pageSize = 500;
    int m_pushMaxBytes = 1024 * 1024;
    bool m_verifyChecksum = false;
    QSet<QString> m_changed;
    bool m_changedAll = false;

    bool m_running = false;
    bool m_again = false;
    int m_failures = 0;
    bool m_roundProgress = false;
    int m_backoffFirstMs = 1000;
    int m_backoffCapMs = 60000;
    int m_maxAttempts = 8;
    QTimer m_retryTimer;
};

} // namespace Reqdesk::Sync

Q_DECLARE_METATYPE(Reqdesk::Sync::RoundReport)
