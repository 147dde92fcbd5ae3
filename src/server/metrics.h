#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>

#include <array>
#include <atomic>
#include <chrono>

namespace Reqdesk::Server {

/// Running totals of the sync routes: mutations pushed, rows pulled, conflicts made. Atomic, so
/// workers count without the metrics lock.
struct SyncCounters
{
    std::atomic<quint64> mutationsPushed{0};
    std::atomic<quint64> rowsPulled{0};
    std::atomic<quint64> conflicts{0};
};

/// Counters and histograms in Prometheus text format. Thread-safe: the listening thread records
/// requests, workers record database time.
class Metrics final
{
public:
    /// Counts one finished request and its latency.
    void recordRequest(const QString &route, const QByteArray &method, int status, double seconds);
    /// Adds time spent in the database by one job.
    void recordDatabaseTime(std::chrono::nanoseconds time);
    /// Counts a failed or refused sign-in (for alerting on guessing).
    void recordLoginFailure();
    /// Sets the number of requests in flight.
    void setInFlight(int count);
    /// The sync totals, counted by SyncService.
    SyncCounters &sync() { return m_sync; }
    /// The exposition text for GET /metrics.
    QByteArray render() const;

private:
    static constexpr std::array<double, 12> Buckets
            = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0};

    struct Histogram
    {
        std::array<quint64, Buckets.size()> counts{};
        quint64 count = 0;
        double sum = 0;
        void observe(double value);
    };

    /// One route and method: its label text (made once), counts by status, latencies.
    struct Series
    {
        QString labels; ///< route="...",method="..."
        QMap<int, quint64> statuses;
        Histogram latency;
    };

    mutable QMutex m_mutex;
    QHash<QPair<QString, QByteArray>, Series> m_series; ///< by route template and method
    Histogram m_database;
    quint64 m_loginFailures = 0;
    int m_inFlight = 0;
    SyncCounters m_sync;
};

} // namespace Reqdesk::Server
