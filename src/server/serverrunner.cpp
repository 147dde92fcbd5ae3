#include "server/serverrunner.h"

#include "server/admincommands.h"
#include "server/apihandlers.h"
#include "server/apiserver.h"
#include "server/authservice.h"
#include "server/metrics.h"
#include "server/signalwatcher.h"
#include "server/sqlserverstorage.h"
#include "server/workerpool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstdio>
#include <optional>

namespace Reqdesk::Server {

namespace {

void logEvent(const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("time"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QStringLiteral("info"));
    fields.insert(QStringLiteral("event"), event);
    const QByteArray text = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

/// The configured backend: PostgreSQL when a URL is given, else SQLite in the data directory.
Core::Result<std::unique_ptr<SqlServerStorage>> openStorage(const ServerConfig &config,
                                                            const QString &connection)
{
    if (!config.databaseUrl.isEmpty())
        return SqlServerStorage::openPostgres(config.databaseUrl, connection);
    return SqlServerStorage::openSqlite(config.sqliteFile(), connection);
}

int fail(const QString &message, int code)
{
    const QByteArray text = "reqdesk-server: " + message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    return code;
}

} // namespace

ServerRunner::ServerRunner(ServerConfig config)
    : m_config(std::move(config))
{}

int ServerRunner::run()
{
    if (m_config.databaseUrl.isEmpty() && !QDir().mkpath(m_config.dataDir))
        return fail(QStringLiteral("cannot create data directory %1").arg(m_config.dataDir),
                    Failed);
    if (m_config.command == ServerConfig::Command::Serve)
        return serve();
    return admin();
}

int ServerRunner::backup()
{
    if (!m_config.databaseUrl.isEmpty())
        return fail(QStringLiteral("backup works on SQLite data directories; use pg_dump"), Failed);
    if (QFileInfo::exists(m_config.out))
        return fail(QStringLiteral("%1 exists already; choose a new file").arg(m_config.out),
                    Failed);
    auto storage = openStorage(m_config, QStringLiteral("reqdesk-server-backup"));
    if (!storage)
        return fail(storage.error().message(), Failed);
    if (const auto migrated = (*storage)->migrate(); !migrated)
        return fail(migrated.error().message(), Failed);
    // VACUUM INTO: a consistent copy while servers keep serving.
    if (const auto copied = (*storage)->backupTo(m_config.out); !copied)
        return fail(copied.error().message(), Failed);
    std::fprintf(stdout, "backed up to %s\n", qPrintable(m_config.out));
    return Ok;
}

int ServerRunner::restore()
{
    if (!m_config.databaseUrl.isEmpty())
        return fail(QStringLiteral("restore works on SQLite data directories; for PostgreSQL "
                                   "use pg_restore"),
                    Failed);
    // Never under a running server: its connections would keep the replaced file.
    QLockFile lock(m_config.lockFile());
    if (!lock.tryLock(0)) {
        return fail(QStringLiteral("data directory %1 is in use by a running reqdesk-server; stop "
                                   "it first")
                            .arg(m_config.dataDir),
                    Locked);
    }
    {
        auto check = SqlServerStorage::openSqlite(m_config.from,
                                                  QStringLiteral("reqdesk-server-restore-check"));
        if (!check)
            return fail(check.error().message(), Failed);
        const auto version = (*check)->schemaVersion();
        if (!version || *version < 1)
            return fail(QStringLiteral("%1 is not a reqdesk-server backup").arg(m_config.from),
                        Failed);
    }
    const QString target = m_config.sqliteFile();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(target + suffix) && !QFile::remove(target + suffix))
            return fail(QStringLiteral("cannot replace %1").arg(target + suffix), Failed);
    }
    if (!QFile::copy(m_config.from, target))
        return fail(QStringLiteral("cannot copy %1 to %2").arg(m_config.from, target), Failed);
    auto storage = openStorage(m_config, QStringLiteral("reqdesk-server-restore"));
    if (!storage)
        return fail(storage.error().message(), Failed);
    if (const auto migrated = (*storage)->migrate(); !migrated)
        return fail(migrated.error().message(), Failed);
    // Versions may now go backwards: a new epoch makes every client reset (SYNC.md).
    const auto epoch = (*storage)->renewEpoch();
    if (!epoch)
        return fail(epoch.error().message(), Failed);
    std::fprintf(stdout,
                 "restored from %s; new epoch %s\n",
                 qPrintable(m_config.from),
                 qPrintable(epoch->toString(QUuid::WithoutBraces)));
    return Ok;
}

int ServerRunner::admin()
{
    if (m_config.command == ServerConfig::Command::Backup)
        return backup();
    if (m_config.command == ServerConfig::Command::Restore)
        return restore();
    auto storage = openStorage(m_config, QStringLiteral("reqdesk-server-admin"));
    if (!storage)
        return fail(storage.error().message(), Failed);
    if (const auto migrated = (*storage)->migrate(); !migrated)
        return fail(migrated.error().message(), Failed);
    QTextStream input(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
#ifdef Q_OS_UNIX
    // At a terminal, ask for the password without echoing it; from a pipe, just read it.
    if (m_config.command == ServerConfig::Command::UserAdd && ::isatty(STDIN_FILENO)) {
        termios saved{};
        const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        }
        std::fputs("Password: ", stderr);
        std::fflush(stderr);
        const int code = AdminCommands(m_config, **storage).run(input, out, err);
        if (canHide)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
        return code;
    }
#endif
    return AdminCommands(m_config, **storage).run(input, out, err);
}

int ServerRunner::serve()
{
    // First of all, so a SIGTERM during start-up waits in the pipe and ends the process cleanly
    // once the event loop runs, instead of killing it half-initialised.
    SignalWatcher signalWatcher;
    // One server per data directory: two would each think they own the SQLite file's writers,
    // the epoch and the drain. QLockFile also notices a stale lock left by a crash.
    // With PostgreSQL several processes share one database on purpose: no lock then.
    std::optional<QLockFile> lock;
    if (m_config.databaseUrl.isEmpty())
        lock.emplace(m_config.lockFile());
    if (lock && !lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return fail(QStringLiteral("data directory %1 is already in use by another reqdesk-server "
                                   "(pid %2 on %3); stop it first or use another --data")
                            .arg(QDir::toNativeSeparators(m_config.dataDir))
                            .arg(pid)
                            .arg(host.isEmpty() ? QStringLiteral("this host") : host),
                    Locked);
    }

    // Migrations run once here, before any worker connects and before listening.
    QString epoch;
    {
        auto storage = openStorage(m_config, QStringLiteral("reqdesk-server-migrate"));
        if (!storage)
            return fail(storage.error().message(), Failed);
        if (const auto migrated = (*storage)->migrate(); !migrated)
            return fail(migrated.error().message(), Failed);
        const auto id = (*storage)->epoch();
        if (!id)
            return fail(id.error().message(), Failed);
        epoch = id->toString(QUuid::WithoutBraces);
    }

    Metrics metrics;
    AuthService::Settings settings;
    settings.accessTtlSeconds = m_config.accessTtlSeconds;
    settings.refreshTtlSeconds = m_config.refreshTtlSeconds;
    settings.rateLimit = m_config.rateLimit;
    settings.passwordCost = m_config.passwordCost;
    const AuthService auth(settings);
    SyncLimits syncLimits;
    syncLimits.tombstoneDays = m_config.tombstoneDays;
    const SyncService syncService(syncLimits, &metrics.sync());
    const ApiHandlers handlers(auth, metrics, syncService);

    const ServerConfig &config = m_config;
    WorkerPool pool(
            m_config.workers,
            [&config](int index) -> Core::Result<std::unique_ptr<ServerStorage>> {
                auto storage = openStorage(config,
                                           QStringLiteral("reqdesk-server-worker-%1").arg(index));
                if (!storage)
                    return storage.error();
                return std::unique_ptr<ServerStorage>(std::move(storage).value());
            },
            [&metrics](std::chrono::nanoseconds time) { metrics.recordDatabaseTime(time); });
    if (const auto started = pool.start(); !started)
        return fail(started.error().message(), Failed);

    // Housekeeping on a worker, at start and hourly: expired tokens and failures older than the
    // rate-limit window (at least a day, so recent history stays for investigations).
    const int keepSeconds = std::max(m_config.rateLimit.windowSeconds, 24 * 3600);
    const int tombstoneDays = m_config.tombstoneDays;
    const auto purge = [&pool, keepSeconds, tombstoneDays] {
        pool.submit([keepSeconds, tombstoneDays](ServerStorage &storage) {
            const auto purged
                    = storage.purgeBefore(QDateTime::currentDateTimeUtc().addSecs(-keepSeconds));
            if (!purged)
                logEvent(QStringLiteral("purge_failed"),
                         {{QStringLiteral("error"), purged.error().codeName()}});
            // Tombstones older than the offline period go; cursors before them get 410.
            const auto tombstones = storage.purgeTombstones(
                    QDateTime::currentDateTimeUtc().addDays(-tombstoneDays));
            if (!tombstones)
                logEvent(QStringLiteral("purge_failed"),
                         {{QStringLiteral("error"), tombstones.error().codeName()}});
        });
    };
    purge();
    QTimer purgeTimer;
    QObject::connect(&purgeTimer, &QTimer::timeout, purge);
    purgeTimer.start(3600 * 1000);

    ApiServer server(ApiServer::Limits{m_config.maxBodyBytes}, pool, handlers, metrics);
    if (m_config.tlsEnabled()) {
#if QT_CONFIG(ssl)
        const auto certificates = QSslCertificate::fromPath(m_config.tlsCert, QSsl::Pem);
        QFile keyFile(m_config.tlsKey);
        if (certificates.isEmpty())
            return fail(QStringLiteral("no certificate in %1").arg(m_config.tlsCert), BadConfig);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(m_config.tlsKey), BadConfig);
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return fail(QStringLiteral("no usable private key in %1").arg(m_config.tlsKey),
                        BadConfig);
        server.sslSetup(certificates.first(), key);
#else
        return fail(QStringLiteral("this build has no TLS support"), BadConfig);
#endif
    }
    const quint16 port = server.listen(QHostAddress(m_config.listenHost), m_config.listenPort);
    if (port == 0) {
        return fail(QStringLiteral("cannot listen on %1:%2")
                            .arg(m_config.listenHost)
                            .arg(m_config.listenPort),
                    Failed);
    }
    const QString address
            = QHostAddress(m_config.listenHost).protocol() == QAbstractSocket::IPv6Protocol
                      ? QStringLiteral("[%1]:%2").arg(m_config.listenHost).arg(port)
                      : QStringLiteral("%1:%2").arg(m_config.listenHost).arg(port);
    // Tests and scripts read the bound port from this line.
    std::printf("listening on %s\n", address.toUtf8().constData());
    std::fflush(stdout);
    logEvent(QStringLiteral("started"),
             {{QStringLiteral("listen"), address},
              {QStringLiteral("backend"),
               m_config.databaseUrl.isEmpty() ? QStringLiteral("sqlite")
                                              : QStringLiteral("postgresql")},
              {QStringLiteral("tls"), m_config.tlsEnabled()},
              {QStringLiteral("workers"), m_config.workers},
              {QStringLiteral("epoch"), epoch}});

    QTimer drainDeadline;
    drainDeadline.setSingleShot(true);
    QObject::connect(
            &signalWatcher, &SignalWatcher::terminationRequested, &server, [&](int signal) {
                server.flushLog();
                logEvent(QStringLiteral("draining"),
                         {{QStringLiteral("signal"), signal},
                          {QStringLiteral("in_flight"), server.inFlight()}});
                server.beginDrain();
                drainDeadline.start(m_config.drainTimeoutSeconds * 1000);
            });
    QObject::connect(&server, &ApiServer::drained, qApp, &QCoreApplication::quit);
    QObject::connect(&drainDeadline, &QTimer::timeout, qApp, [&] {
        server.flushLog();
        logEvent(QStringLiteral("drain_timeout"),
                 {{QStringLiteral("in_flight"), server.inFlight()}});
        QCoreApplication::quit();
    });

    QCoreApplication::exec();
    pool.stop();
    server.flushLog();
    logEvent(QStringLiteral("stopped"), {});
    return Ok;
}

} // namespace Reqdesk::Server
