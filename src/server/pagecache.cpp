#include "server/pagecache.h"

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
            m_bytes -= it->page.body.size();
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    if (const auto old = m_entries.find(key); old != m_entries.end()) {
        m_bytes -= old->page.body.size();
        m_entries.erase(old);
    }
    while (!m_entries.isEmpty()
           && (m_entries.size() >= MaxEntries || m_bytes + page.body.size() > MaxBytes)) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->builtAtMs < oldest->builtAtMs)
                oldest = it;
        }
        m_bytes -= oldest->page.body.size();
        m_entries.erase(oldest);
    }
    m_bytes += page.body.size();
    m_entries.insert(key, Entry{std::move(page), nowMs});
}

void PageCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

} // namespace Reqdesk::Server
