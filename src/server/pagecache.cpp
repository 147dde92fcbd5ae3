#include "server/pagecache.h"

#include "server/httpcompression.h"

#include <QHashFunctions>

namespace Reqdesk::Server {

size_t qHash(const PageCache::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed,
                      key.tenant,
                      key.epoch,
                      key.cursor,
                      key.limit,
                      key.head,
                      key.purgedSeq,
                      key.audience);
}

std::optional<PageCache::Page> PageCache::find(const Key &key, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || it->builtAtMs > nowMs || nowMs - it->builtAtMs >= MaxAgeMs)
        return std::nullopt;
    return it->page; // the body is shared, not copied
}

void PageCache::insert(const Key &key, Page page, qint64 nowMs)
{
    if (page.body.size() > MaxBytes / 4)
        return; // one huge page would push out everything else
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->builtAtMs > nowMs || nowMs - it->builtAtMs >= MaxAgeMs) {
            m_bytes -= it->page.body.size() + it->gzip.size();
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    if (const auto old = m_entries.find(key); old != m_entries.end()) {
        m_bytes -= old->page.body.size() + old->gzip.size();
        m_entries.erase(old);
    }
    while (!m_entries.isEmpty()
           && (m_entries.size() >= MaxEntries || m_bytes + page.body.size() > MaxBytes)) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->builtAtMs < oldest->builtAtMs)
                oldest = it;
        }
        m_bytes -= oldest->page.body.size() + oldest->gzip.size();
        m_entries.erase(oldest);
    }
    m_bytes += page.body.size();
    m_entries.insert(key, Entry{std::move(page), nowMs, QByteArray()});
}

QByteArray PageCache::gzipped(const QByteArray &body)
{
    // A cached page's bytes stay alive (and unchanged: shared data is never written in place)
    // while the entry holds them, so the same data pointer means the same page.
    const auto sameBytes = [&body](const Entry &entry) {
        return entry.page.body.constData() == body.constData()
               && entry.page.body.size() == body.size();
    };
    {
        QMutexLocker lock(&m_mutex);
        for (const Entry &entry : std::as_const(m_entries)) {
            if (sameBytes(entry) && !entry.gzip.isEmpty())
                return entry.gzip;
        }
    }
    // Compressed outside the lock: other workers keep using the cache meanwhile.
    QByteArray compressed = HttpCompression::gzip(body);
    QMutexLocker lock(&m_mutex);
    for (Entry &entry : m_entries) {
        if (!sameBytes(entry))
            continue;
        if (!entry.gzip.isEmpty())
            return entry.gzip; // another worker was quicker
        m_bytes += compressed.size();
        entry.gzip = compressed;
        break;
    }
    return compressed;
}

void PageCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

} // namespace Reqdesk::Server
