#include "gui/syncconnection.h"

#include "core/error.h"
#include "gui/guilogging.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/recordjson.h"
#include "store/syncstaterepository.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "sync/tokenstore.h"

#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace Reqdesk::Gui {

using Core::ErrorCode;

namespace {

// Sign-in, sign-out and session reads must not run inside a round: the engine's HTTP calls
// wait in a nested event loop that would run them half-way through. `busy` is written by a
// direct connection on the worker thread only, so it needs no lock.
void runWhenIdle(Sync::SyncEngine *engine,
                 const std::shared_ptr<bool> &busy,
                 const std::function<void()> &work)
{
    if (*busy) {
        QTimer::singleShot(100, engine, [engine, busy, work] { runWhenIdle(engine, busy, work); });
        return;
    }
    work();
}

QString stateValue(Store::Database &database, const char *key)
{
    const auto value = Store::SyncStateRepository(database).value(QString::fromLatin1(key));
    return value && value->has_value() ? **value : QString();
}

// What the worker reads about the session; posted to the GUI thread by value.
struct Session
{
    QString user;
    QUrl server;
    QDateTime lastSync;
    qint64 pending = 0;
    qint64 conflicts = 0;
    bool signedIn = false;
};

// Runs on the worker thread.
Session readSession(Sync::SyncEngine &engine, const QString &databasePath)
{
    Session session;
    Store::Database &db = *engine.database();
    session.user = stateValue(db, Sync::SyncEngine::userKey);
    session.server = QUrl(stateValue(db, Sync::SyncEngine::serverUrlKey));
    session.lastSync = Store::RecordJson::timeFromText(
            stateValue(db, Store::SyncStateRepository::lastSyncKey));
    if (const auto pending = Store::OutboxRepository(db).pendingCount(); pending)
        session.pending = *pending;
    if (const auto open = Store::ConflictRepository(db).open(); open)
        session.conflicts = open->size();
    const QString device = stateValue(db, Store::SyncStateRepository::deviceIdKey);
    if (!session.user.isEmpty() && session.server.isValid() && !device.isEmpty()) {
        // A sign-in counts only with its token still stored (sign-out removes it).
        Sync::TokenStore tokens(QFileInfo(databasePath).absolutePath());
        const auto token
                = tokens.load(Sync::TokenStore::account(session.server, session.user, device));
        session.signedIn = token && token->has_value();
    }
    return session;
}

// The engine's scheduler; call on the worker thread only.
Sync::SyncScheduler *schedulerOf(Sync::SyncEngine *engine)
{
    return engine->findChild<Sync::SyncScheduler *>(QString(), Qt::FindDirectChildrenOnly);
}

QString signInErrorText(int code, const QString &detail)
{
    switch (ErrorCode(code)) {
    case ErrorCode::Unauthenticated:
        return SyncConnection::tr("The user name or password is not correct.");
    case ErrorCode::RateLimited:
        return SyncConnection::tr("Too many sign-in attempts. Wait a few minutes, then try again.");
    case ErrorCode::NotSignedIn:
        return detail.isEmpty() ? SyncConnection::tr("Enter a server address.") : detail;
    default:
        return SyncConnection::describeError(code);
    }
}

} // namespace

SyncConnection::SyncConnection(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

SyncConnection::~SyncConnection()
{
    shutdown();
    if (m_thread)
        m_thread->wait();
}

void SyncConnection::start(const QUrl &server)
{
    if (m_thread)
        return;
    m_server = server;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("reqdesk-sync"));
    m_engine = new Sync::SyncEngine(m_databasePath);
    m_engine->moveToThread(m_thread);

    auto busy = std::make_shared<bool>(false);
    m_busyFlag = busy;
    connect(
            m_engine,
            &Sync::SyncEngine::busyChanged,
            m_engine,
            [busy](bool on) { *busy = on; },
            Qt::DirectConnection);
    // Receivers on this thread: every one of these is queued.
    connect(m_engine, &Sync::SyncEngine::progress, this, &SyncConnection::progress);
    connect(m_engine, &Sync::SyncEngine::busyChanged, this, [this](bool on) {
        m_busy = on;
        emit busyChanged(on);
    });
    connect(m_engine, &Sync::SyncEngine::pendingCountChanged, this, [this](qint64 count) {
        m_pending = count;
        emit pendingCountChanged(count);
    });
    connect(m_engine, &Sync::SyncEngine::conflictsCountChanged, this, [this](qint64 count) {
        m_conflicts = count;
        emit conflictsCountChanged(count);
    });
    connect(m_engine,
            &Sync::SyncEngine::synced,
            this,
            [this](const QDateTime &at, const Sync::RoundReport &report) {
                m_lastSync = at;
                m_lastError.clear();
                setState(State::Online);
                emit synced(at, report.pushed, report.pulled);
                emit roundFinished(at, report);
            });
    connect(m_engine, &Sync::SyncEngine::syncFailed, this, &SyncConnection::onSyncFailed);
    connect(m_engine, &Sync::SyncEngine::changed, this, &SyncConnection::changed);
    // The documented way to end a worker: its objects are deleted on its thread as it ends.
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] {
        m_engine = nullptr;
        setState(State::Stopped);
        emit stopped();
    });
    m_thread->start();

    Sync::SyncEngine *engine = m_engine;
    const QString path = m_databasePath;
    const int interval = m_intervalMs;
    const int debounce = m_debounceMs;
    QMetaObject::invokeMethod(engine, [this, engine, path, server, interval, debounce] {
        // Made here so its timers (plain members) belong to the worker thread; a child of the
        // engine, so it is deleted with it.
        auto *scheduler = new Sync::SyncScheduler(*engine, engine);
        scheduler->setIntervalMs(interval);
        scheduler->setDebounceMs(debounce);
        if (auto opened = engine->open(); !opened) {
            const Core::Error error = opened.error();
            qCWarning(lcGui) << "sync: cannot open the cache:" << error.message();
            QMetaObject::invokeMethod(
                    this, [this, error] { onSyncFailed(int(error.code), error.message(), false); });
            return;
        }
        Session session = readSession(*engine, path);
        // Asked to sync with another server than the one this cache knows: sign in there first.
        const auto same = [](const QUrl &a, const QUrl &b) {
            return a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
        };
        if (server.isValid() && !server.isEmpty() && !same(session.server, server))
            session.signedIn = false;
        // Posted before the first round starts, so the GUI hears of the session first.
        QMetaObject::invokeMethod(this, [this, session] {
            if (!m_server.isValid() || m_server.isEmpty() || session.signedIn)
                m_server = session.server;
            m_user = session.user;
            m_lastSync = session.lastSync;
            m_pending = session.pending;
            m_conflicts = session.conflicts;
            emit pendingCountChanged(m_pending);
            emit conflictsCountChanged(m_conflicts);
            if (session.signedIn) {
                m_schedulerRunning = true;
                setState(State::Connecting);
                emit signedIn(m_user, m_server);
            } else {
                setState(State::SignedOut);
            }
        });
        if (session.signedIn)
            scheduler->start();
    });
}

void SyncConnection::shutdown()
{
    if (!m_thread || !m_thread->isRunning() || m_stopping)
        return;
    m_stopping = true;
    // Also ends the nested loop of a request in flight: the round fails fast and returns.
    m_thread->quit();
}

bool SyncConnection::waitForStopped(int ms)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(ms));
}

void SyncConnection::setIntervalMinutes(int minutes)
{
    m_intervalMs = qBound(1, minutes, 24 * 60) * 60 * 1000;
    const int ms = m_intervalMs;
    withScheduler([ms](Sync::SyncScheduler &scheduler) { scheduler.setIntervalMs(ms); });
}

void SyncConnection::setDebounceMs(int ms)
{
    m_debounceMs = ms;
    withScheduler([ms](Sync::SyncScheduler &scheduler) { scheduler.setDebounceMs(ms); });
}

void SyncConnection::signIn(const QUrl &server, const QString &user, const QString &password)
{
    if (!m_engine || m_stopping) {
        emit signInFailed(int(ErrorCode::NotSignedIn), tr("Sync is not running."));
        return;
    }
    if (!server.isValid() || server.isEmpty() || server.host().isEmpty()) {
        emit signInFailed(int(ErrorCode::NotSignedIn),
                          tr("Enter the server address, for example https://reqdesk.example.com."));
        return;
    }
    Sync::SyncEngine *engine = m_engine;
    const QString path = m_databasePath;
    const bool schedulerRunning = m_schedulerRunning;
    runWhenIdleOnWorker([this, engine, path, server, user, password, schedulerRunning] {
        Sync::TokenStore::Backend backend = Sync::TokenStore::Backend::Memory;
        const auto status = engine->signIn(server, user, password, &backend);
        if (!status) {
            const Core::Error error = status.error();
            QMetaObject::invokeMethod(this, [this, error] {
                emit signInFailed(int(error.code), signInErrorText(int(error.code), error.detail));
            });
            return;
        }
        const Session session = readSession(*engine, path);
        const bool kept = backend != Sync::TokenStore::Backend::Memory;
        QMetaObject::invokeMethod(this, [this, session, user, server, kept] {
            m_user = user;
            m_server = server;
            m_lastSync = session.lastSync;
            m_schedulerRunning = true;
            if (!kept)
                qCWarning(lcGui) << "sync: no keychain answered; the sign-in lasts until quit";
            setState(State::Connecting);
            emit signedIn(user, server);
        });
        if (Sync::SyncScheduler *scheduler = schedulerOf(engine); !scheduler)
            return;
        else if (schedulerRunning)
            scheduler->syncNow();
        else
            scheduler->start();
    });
}

void SyncConnection::signOut()
{
    if (!m_engine || m_stopping)
        return;
    Sync::SyncEngine *engine = m_engine;
    runWhenIdleOnWorker([this, engine] {
        if (Sync::SyncScheduler *scheduler = schedulerOf(engine))
            scheduler->stop();
        (void)engine->signOut();
        QMetaObject::invokeMethod(this, [this] {
            m_schedulerRunning = false;
            m_user.clear();
            setState(State::SignedOut);
            emit signedOut();
        });
    });
}

void SyncConnection::localEdit()
{
    if (m_schedulerRunning)
        withScheduler([](Sync::SyncScheduler &scheduler) { scheduler.localEdit(); });
}

void SyncConnection::syncNow()
{
    if (m_schedulerRunning)
        withScheduler([](Sync::SyncScheduler &scheduler) { scheduler.syncNow(); });
}

void SyncConnection::withScheduler(std::function<void(Sync::SyncScheduler &)> work)
{
    if (!m_engine || m_stopping)
        return;
    Sync::SyncEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, work = std::move(work)] {
        if (Sync::SyncScheduler *scheduler = schedulerOf(engine))
            work(*scheduler);
    });
}

void SyncConnection::runWhenIdleOnWorker(std::function<void()> work)
{
    Sync::SyncEngine *engine = m_engine;
    std::shared_ptr<bool> busy = m_busyFlag;
    QMetaObject::invokeMethod(
            engine, [engine, busy, work = std::move(work)] { runWhenIdle(engine, busy, work); });
}

void SyncConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncConnection::onSyncFailed(int code, const QString &detail, bool willRetry)
{
    qCInfo(lcGui) << "sync failed:" << code << detail << (willRetry ? "(will retry)" : "");
    m_lastError = describeError(code);
    switch (ErrorCode(code)) {
    case ErrorCode::NotSignedIn:
    case ErrorCode::Unauthenticated:
    case ErrorCode::TokenReused:
    case ErrorCode::AccountDisabled:
        // Retrying cannot help until the user signs in again.
        if (m_schedulerRunning)
            withScheduler([](Sync::SyncScheduler &scheduler) { scheduler.stop(); });
        m_schedulerRunning = false;
        setState(State::SignedOut);
        break;
    case ErrorCode::NetworkError:
    case ErrorCode::NetworkTimeout:
    case ErrorCode::ServerUnavailable:
    case ErrorCode::RateLimited:
    case ErrorCode::SyncNoProgress:
        setState(State::Offline);
        break;
    default:
        setState(State::Failed);
        break;
    }
    emit syncFailed(code, m_lastError, willRetry);
}

QString SyncConnection::describeError(int code)
{
    switch (ErrorCode(code)) {
    case ErrorCode::NetworkError:
    case ErrorCode::NetworkTimeout:
    case ErrorCode::SyncNoProgress:
        return tr("Cannot reach the server; your edits are kept and will sync when it is back.");
    case ErrorCode::ServerUnavailable:
    case ErrorCode::RateLimited:
        return tr("The server is busy; your edits are kept and sync will try again shortly.");
    case ErrorCode::NotSignedIn:
        return tr("You are not signed in. Sign in to sync; your edits are kept meanwhile.");
    case ErrorCode::Unauthenticated:
        return tr("Your sign-in has expired or was ended. Sign in again; your edits are kept.");
    case ErrorCode::TokenReused:
        return tr("For your safety your sign-in was ended (it was used twice). Sign in again; "
                  "your edits are kept.");
    case ErrorCode::AccountDisabled:
        return tr("Your account is disabled. Ask your administrator; your edits are kept.");
    case ErrorCode::PermissionDenied:
        return tr("Your account may not do this. Ask your administrator for access.");
    case ErrorCode::ClientTooOld:
        return tr("The server needs a newer version of Reqdesk. Your data is kept; please "
                  "update the app.");
    case ErrorCode::ClientTooNew:
        return tr("The server runs an older version than this app. Your data is kept; ask your "
                  "administrator to update the server.");
    case ErrorCode::TokenStoreFailed:
        return tr("The system keychain could not keep your sign-in. Sync works until you quit; "
                  "then sign in again.");
    case ErrorCode::EpochMismatch:
    case ErrorCode::CursorExpired:
    case ErrorCode::CursorAhead:
        return tr("The server's data was restored; Reqdesk loads it again. Your edits are kept.");
    case ErrorCode::DatabaseBusy:
    case ErrorCode::QueryFailed:
    case ErrorCode::DiskFull:
    case ErrorCode::DatabaseOpenFailed:
        return tr("The local cache could not be read or written. Your edits are kept; sync "
                  "will try again.");
    case ErrorCode::BadResponse:
    case ErrorCode::ResponseTooLarge:
    case ErrorCode::SyncRejected:
    case ErrorCode::PayloadTooLarge:
    case ErrorCode::UnsupportedEncoding:
        return tr("The server gave an answer Reqdesk did not expect. Your edits are kept; try "
                  "again later or contact support.");
    default:
        return tr("Sync did not complete. Your edits are kept and sync will try again.");
    }
}

} // namespace Reqdesk::Gui
