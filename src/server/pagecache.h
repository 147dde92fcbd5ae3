#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QUuid>

#include <optional>

namespace Reqdesk::Server {

/// Recently built change-feed pages, shared by the workers. A page is fully determined by the
/// tenant's committed state, which every write moves to a new head (SyncService::changesPage
/// reads the head first, and every write of a tenant takes the next counter value in its own
/// transaction), so a page keyed by (tenant, epoch, cursor, limit, head, purge horizon,
/// audience) can be answered again without reading a row: devices that are caught up all ask
/// for the same range after a push. Bounded in entries, bytes and age.
class PageCache final
{
public:
    /// What a page depends on. `audience` is the caller's view: which fields are removed
    /// (pages of callers whose visibility depends on other records are never cached).
    struct Key
    {
        QUuid tenant;
        QUuid epoch;
        qint64 cursor = 0;
        int limit = 0;
        qint64 head = 0;
        qint64 purgedSeq = 0;
        int audience = 0;

        /// Field-wise equality.
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.tenant == b.tenant && a.epoch == b.epoch && a.cursor == b.cursor
                   && a.limit == b.limit && a.head == b.head && a.purgedSeq == b.purgedSeq
                   && a.audience == b.audience;
        }
    };
    /// A cached page body and how many rows it holds (for the pulled-rows counter).
    struct Page
    {
        QByteArray body;
        qsizetype rows = 0;
    };

    /// Entries kept at most.
    static constexpr qsizetype MaxEntries = 64;
    /// Bytes of page bodies kept at most.
    static constexpr qsizetype MaxBytes = 32 * 1024 * 1024;
    /// How long a page is kept after it was built, in milliseconds.
    static constexpr qint64 MaxAgeMs = 10000;

    /// The page for `key` if one was built less than MaxAgeMs before `nowMs`.
    std::optional<Page> find(const Key &key, qint64 nowMs) const;
    /// Keeps a page, making room by dropping expired and then the oldest entries.
    void insert(const Key &key, Page page, qint64 nowMs);
    /// The gzip form of `body`. When `body` is a cached page (the same shared bytes that find()
    /// returned) it is compressed once and kept with the page, so clients that accept gzip do
    /// not each pay for compressing it again; any other body is compressed on the spot.
    QByteArray gzipped(const QByteArray &body);
    /// Drops every page (tests; a restore).
    void clear();

private:
    struct Entry
    {
        Page page;
        qint64 builtAtMs = 0;
        QByteArray gzip; ///< made on the first request that accepts it
    };

    mutable QMutex m_mutex; ///< workers share the cache
    QHash<Key, Entry> m_entries;
    qsizetype m_bytes = 0;
};

/// Hash of a page key, for QHash.
size_t qHash(const PageCache::Key &key, size_t seed = 0) noexcept;

} // namespace Reqdesk::Server
