#pragma once

#include <QObject>
#include <QTimer>

namespace Reqdesk::Sync {

class SyncEngine;

/// Decides when the engine runs: on start, on an interval, shortly after local edits
/// (debounced), when the network comes back, and on demand. Lives on the engine's thread.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    /// Schedules `engine` (which must outlive the scheduler).
    explicit SyncScheduler(SyncEngine &engine, QObject *parent = nullptr);

    /// Interval between periodic rounds.
    void setIntervalMs(int ms) { m_interval.setInterval(ms); }
    /// Quiet time after the last local edit before a round runs.
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    /// Starts: one round now, then on the interval; watches the network where Qt can.
    void start();
    /// Stops every timer.
    void stop();

public Q_SLOTS:
    /// A local edit was written: sync once edits stop for the debounce time.
    void localEdit();
    /// Sync now (a button, a command).
    void syncNow();

private:
    SyncEngine &m_engine;
    QTimer m_interval;
    QTimer m_debounce;
};

} // namespace Reqdesk::Sync
