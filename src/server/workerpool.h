#pragma once

#include "core/result.h"
#include "server/serverstorage.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Reqdesk::Server {

/// Threads that run database work. Each owns one ServerStorage (one connection) opened on that
/// thread, as QtSql requires; the listening thread only queues jobs and never runs SQL.
class WorkerPool final
{
public:
    /// Opens worker `index`'s storage; called on the worker's own thread.
    using StorageFactory = std::function<Core::Result<std::unique_ptr<ServerStorage>>(int index)>;
    /// One unit of work, run on some worker with its storage.
    using Job = std::function<void(ServerStorage &storage)>;
    /// Told how long each job spent in the database.
    using QueryTimeSink = std::function<void(std::chrono::nanoseconds)>;

    /// `workers` threads, each opening its storage with `factory`; `sink` hears query times.
    WorkerPool(int workers, StorageFactory factory, QueryTimeSink sink = {});
    /// Stops the pool (runs what is queued first).
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    /// Starts the threads and waits until each has opened its storage; the first failure is
    /// returned (and the pool stopped).
    Core::Status start();
    /// Queues a job; ignored after stop().
    void submit(Job job);
    /// Runs what is queued, then joins the threads and closes their connections.
    void stop();

private:
    void run(int index);

    int m_workerCount;
    StorageFactory m_factory;
    QueryTimeSink m_sink;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_started;
    std::deque<Job> m_jobs;
    int m_ready = 0;
    std::optional<Core::Error> m_startError;
    bool m_stopping = false;
};

} // namespace Reqdesk::Server
