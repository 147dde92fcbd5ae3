#include "server/workerpool.h"

namespace Reqdesk::Server {

WorkerPool::WorkerPool(int workers, StorageFactory factory, QueryTimeSink sink)
    : m_workerCount(workers)
    , m_factory(std::move(factory))
    , m_sink(std::move(sink))
{}

WorkerPool::~WorkerPool()
{
    stop();
}

Core::Status WorkerPool::start()
{
    for (int i = 0; i < m_workerCount; ++i)
        m_threads.emplace_back([this, i] { run(i); });
    std::unique_lock lock(m_mutex);
    m_started.wait(lock, [this] { return m_ready == m_workerCount || m_startError; });
    if (m_startError) {
        const Core::Error error = *m_startError;
        lock.unlock();
        stop();
        return error;
    }
    return {};
}

void WorkerPool::submit(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
}

void WorkerPool::run(int index)
{
    auto opened = m_factory(index);
    {
        std::lock_guard lock(m_mutex);
        if (!opened) {
            if (!m_startError)
                m_startError = opened.error();
        } else {
            ++m_ready;
        }
    }
    m_started.notify_all();
    if (!opened)
        return;
    std::unique_ptr<ServerStorage> storage = std::move(opened).value();
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // stopping, and nothing left to do
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(*storage);
        if (m_sink)
            m_sink(storage->takeQueryTime());
    }
}

} // namespace Reqdesk::Server
