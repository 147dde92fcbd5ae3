#pragma once

#include "core/result.h"
#include "server/authservice.h"
#include "server/metrics.h"
#include "server/pagecache.h"
#include "server/recordaccess.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace Reqdesk::Server {

class ServerStorage;

/// The advertised and enforced sync limits (docs/sync-protocol.md, GET /v1/sync/meta).
struct SyncLimits
{
    int pushMaxMutations = 100;
    qint64 pushMaxBytes = 1024 * 1024; ///< decompressed JSON of one push
    int changesMaxLimit = 500;
    int snapshotMaxLimit = 500;
    int tombstoneDays = 180;
};

/// The sync protocol over ServerStorage: push with idempotency, field-level merge and conflicts;
/// the change feed, snapshot paging, checksums; conflict listing and resolution. Decisions use
/// versions only (never a client clock). Stateless apart from counters, so workers share one.
class SyncService final
{
public:
    /// The oldest sync protocol version this server speaks.
    static constexpr int ProtocolMin = 1;
    /// The newest sync protocol version this server speaks.
    static constexpr int ProtocolMax = 1;
    /// The range this process accepts and advertises: ProtocolMin..ProtocolMax, unless the
    /// test hook REQDESK_TEST_PROTOCOL_RANGE="MIN-MAX" stands in for another release's range
    /// (version-skew tests, SYNC.md scenario 15). Read once.
    static std::pair<int, int> protocolRange();

    /// A service enforcing `limits`, counting into `counters` (may be null).
    explicit SyncService(SyncLimits limits = {}, SyncCounters *counters = nullptr);

    /// The limits in force.
    const SyncLimits &limits() const { return m_limits; }
    /// The cache of built changes pages (shared by the workers; thread-safe).
    PageCache &pageCache() const { return m_pages; }
    /// The entities that sync as records (conflicts come on top).
    static const QStringList &recordEntities();

    /// GET /v1/sync/meta.
    Core::Result<QJsonObject>
    meta(const Principal &principal, ServerStorage &storage, const QDateTime &now) const;
    /// POST /v1/sync/push: one result per mutation; batch-level errors only for a malformed
    /// envelope (ParseError), too many mutations (PayloadTooLarge) or the database.
    Core::Result<QJsonObject> push(const Principal &principal,
                                   const QJsonObject &body,
                                   ServerStorage &storage,
                                   const QDateTime &now) const;
    /// GET /v1/sync/changes, built as objects: the reference the route's changesPage() is
    /// tested against (same JSON for every role).
    Core::Result<QJsonObject> changes(const Principal &principal,
                                      const QString &cursor,
                                      const QString &limit,
                                      ServerStorage &storage) const;
    /// GET /v1/sync/changes as the response body: the stored JSON of each record is copied
    /// into the page unchanged when the caller may read it whatever it holds and nothing of it
    /// is redacted; other rows are parsed, checked and redacted like changes() does. With the
    /// server's `epoch` given, pages of callers whose view does not depend on other records
    /// are kept in the page cache and answered from it while the head stays the same.
    Core::Result<QByteArray> changesPage(const Principal &principal,
                                         const QString &cursor,
                                         const QString &limit,
                                         ServerStorage &storage,
                                         const QUuid &epoch = QUuid()) const;
    /// GET /v1/sync/snapshot.
    Core::Result<QJsonObject> snapshot(const Principal &principal,
                                       const QString &entity,
                                       const QString &after,
                                       const QString &limit,
                                       ServerStorage &storage) const;
    /// GET /v1/sync/checksum.
    Core::Result<QJsonObject> checksum(const Principal &principal, ServerStorage &storage) const;
    /// GET /v1/conflicts.
    Core::Result<QJsonObject> conflicts(const Principal &principal,
                                        const QString &status,
                                        const QString &after,
                                        const QString &limit,
                                        ServerStorage &storage) const;
    /// POST /v1/conflicts/{id}/resolve.
    Core::Result<QJsonObject> resolve(const Principal &principal,
                                      const QString &conflictId,
                                      const QJsonObject &body,
                                      ServerStorage &storage,
                                      const QDateTime &now) const;

    /// The record re-encoded through the core wire codec (Strict): the validation of pushed data.
    static Core::Result<QJsonObject> normalize(const QString &entity, const QJsonObject &data);

private:
    struct Context;
    /// A validated changes request: the cursor, the page size and the head read for it.
    struct FeedWindow
    {
        qint64 cursor = 0;
        int limit = 0;
        qint64 head = 0;
        qint64 purgedSeq = 0;
    };
    Core::Result<FeedWindow> feedWindow(const Principal &principal,
                                        const QString &cursor,
                                        const QString &limit,
                                        ServerStorage &storage) const;
    Core::Result<QJsonObject> applyMutation(Context &context, const QJsonValue &mutation) const;
    Core::Result<QJsonObject> applyInsert(Context &context,
                                          const QString &entity,
                                          const QUuid &id,
                                          qint64 baseVersion,
                                          const QJsonObject &changes) const;
    /// An insert of a deleted record that restores it: the client saw the deletion (its base
    /// version is the tombstone's), or the deletion is this push's own, made from that version.
    /// A replayed delete (its answer was lost) counts as this push's own for mayRestore().
    static void rememberReplayedDelete(Context &context,
                                       const QJsonObject &mutation,
                                       const QJsonObject &result);
    static bool mayRestore(const Context &context, const SyncRecord &deleted, qint64 baseVersion);
    Core::Result<QJsonObject>
    restore(Context &context, const SyncRecord &deleted, const QJsonObject &normalised) const;
    Core::Result<QJsonObject> applyUpdate(Context &context,
                                          const QString &entity,
                                          const QUuid &id,
                                          qint64 baseVersion,
                                          QJsonObject changes) const;
    Core::Result<QJsonObject>
    applyDelete(Context &context, const QString &entity, const QUuid &id, qint64 baseVersion) const;
    /// Re-enters records whose visibility depends on `record` into the feed (a new version, same
    /// data): a hiring manager's view of candidates, notes and events follows their
    /// application's requisition, which may arrive or move later.
    Core::Status touchDependents(Context &context,
                                 const SyncRecord &record,
                                 const std::optional<SyncRecord> &before) const;
    /// Gives a live record a new version without changing its data.
    Core::Status touch(Context &context, const QString &entity, const QString &id) const;
    Core::Result<QString> recordConflict(Context &context,
                                         const SyncRecord &target,
                                         const QString &kind,
                                         const QString &field,
                                         const QJsonValue &baseValue,
                                         const QJsonValue &serverValue,
                                         const QJsonValue &clientValue,
                                         qint64 baseVersion) const;
    static Core::Result<int> parseLimit(const QString &text, int fallback, int maximum);

    SyncLimits m_limits;
    SyncCounters *m_counters;
    mutable PageCache m_pages; ///< built changes pages, shared by the workers
};

} // namespace Reqdesk::Server
