#pragma once

#include "sync/roundreport.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace Reqdesk::Sync {
class SyncEngine;
class SyncScheduler;
} // namespace Reqdesk::Sync

namespace Reqdesk::Gui {

/// The GUI's handle on sync: owns a Sync::SyncEngine and its Sync::SyncScheduler on their own
/// QThread, runs sign-in, sign-out and rounds there, and re-emits what the engine reports as
/// queued signals on the GUI thread. The GUI thread never waits on the network or the engine's
/// SQLite connection; shutdown() ends the thread without waiting for it.
class SyncConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncConnection)

public:
    /// Where sync stands, as the status bar shows it.
    enum class State {
        Stopped,    ///< not started yet, or shut down
        SignedOut,  ///< no server, user or stored sign-in: the user must sign in
        Connecting, ///< signed in; no round has answered yet
        Online,     ///< the last round reached the server
        Offline,    ///< the server could not be reached; edits wait in the outbox
        Failed,     ///< the server refused the round (too old a client, a bad answer...)
    };
    Q_ENUM(State)

    /// A connection for the cache at `databasePath`; nothing runs before start().
    explicit SyncConnection(QString databasePath, QObject *parent = nullptr);
    /// Shuts down and waits for the worker thread (it only has to leave its event loop).
    ~SyncConnection() override;

    /// Starts the thread, opens the engine's connection (call once the cache is open, so its
    /// migrations are done) and reads the session. `server`, when valid, is the server to sync
    /// with: a cache signed in elsewhere counts as signed out until the user signs in there.
    /// Signed in, the scheduler starts: a round now, then on the interval and after edits.
    void start(const QUrl &server = QUrl());
    /// Leaves the worker's event loop (a round in flight stops at its next request; every
    /// page is applied with its cursor, so nothing is half-written) and deletes the engine on
    /// its thread. Returns at once; stopped() follows.
    void shutdown();
    /// Waits up to `ms` for the thread to end after shutdown() (tests and the end of main()).
    bool waitForStopped(int ms);

    /// Interval between background rounds.
    void setIntervalMinutes(int minutes);
    /// Quiet time after the last local edit before a round (default 2 s).
    void setDebounceMs(int ms);

    /// Signs in on the worker; signedIn() or signInFailed() answers.
    void signIn(const QUrl &server, const QString &user, const QString &password);
    /// Signs out (revokes on the server when it answers) and forgets the token; local data stays.
    void signOut();

    State state() const { return m_state; }
    /// The signed-in user; empty when signed out.
    QString user() const { return m_user; }
    /// The server the cache syncs with (or the one start() was given).
    QUrl server() const { return m_server; }
    /// When the last round completed; invalid when never.
    QDateTime lastSync() const { return m_lastSync; }
    bool isBusy() const { return m_busy; }
    qint64 pendingCount() const { return m_pending; }
    qint64 conflictsCount() const { return m_conflicts; }
    /// The last failure in words; empty after a good round.
    QString lastError() const { return m_lastError; }

    /// A sync error code (Core::ErrorCode) in words a user understands, with what happens next.
    static QString describeError(int code);

public Q_SLOTS:
    /// A local edit was written: a round follows once edits pause.
    void localEdit();
    /// A round now.
    void syncNow();

Q_SIGNALS:
    void stateChanged(Reqdesk::Gui::SyncConnection::State state);
    /// Signed in (by the dialog, or a stored sign-in found at start).
    void signedIn(const QString &user, const QUrl &server);
    /// A sign-in attempt failed; `text` says why in words.
    void signInFailed(int code, const QString &text);
    void signedOut();
    /// Phase ("meta", "push", "pull", "snapshot"), done and total (0 = unknown).
    void progress(const QString &phase, qint64 done, qint64 total);
    void busyChanged(bool busy);
    void pendingCountChanged(qint64 count);
    void conflictsCountChanged(qint64 count);
    /// A round completed at `at` (UTC).
    void synced(const QDateTime &at, int pushed, int pulled);
    /// The same round, with everything the engine reported (for the Sync & conflicts pane's log).
    void roundFinished(const QDateTime &at, const Reqdesk::Sync::RoundReport &report);
    /// A round failed; `text` in words; `willRetry` when the engine tries again by itself.
    void syncFailed(int code, const QString &text, bool willRetry);
    /// Records a round changed ("entity:id"), for the panes.
    void changed(const QStringList &ids);
    /// The worker thread ended after shutdown().
    void stopped();

private:
    void setState(State state);
    void onSyncFailed(int code, const QString &detail, bool willRetry);
    /// Runs `work` on the worker once no round is running there.
    void runWhenIdleOnWorker(std::function<void()> work);
    /// Runs `work` with the scheduler on the worker thread (queued).
    void withScheduler(std::function<void(Sync::SyncScheduler &)> work);

    QString m_databasePath;
    QThread *m_thread = nullptr;
    Sync::SyncEngine *m_engine = nullptr;
    State m_state = State::Stopped;
    QString m_user;
    QUrl m_server;
    QDateTime m_lastSync;
    QString m_lastError;
    std::shared_ptr<bool> m_busyFlag; ///< read and written on the worker thread only
    bool m_busy = false;
    bool m_stopping = false;
    bool m_schedulerRunning = false;
    qint64 m_pending = 0;
    qint64 m_conflicts = 0;
    int m_intervalMs = 5 * 60 * 1000;
    int m_debounceMs = 2000;
};

} // namespace Reqdesk::Gui
