#pragma once

#include "core/result.h"
#include "server/loginratelimiter.h"
#include "server/passwordhasher.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace Reqdesk::Server {

/// Everything reqdesk-server runs with, resolved from (highest first) the command line, the
/// environment (REQDESK_SERVER_*), the INI file given by --config, and built-in defaults.
class ServerConfig final
{
public:
    /// What the invocation asks for.
    enum class Command {
        Serve,
        UserAdd,
        UserList,
        UserDisable,
        TokenRevoke,
        UserGrantPay,
        UserRevokePay,
        SyncPurge,
        Backup,
        Restore,
        SeedDemo,
        Help,
        Version,
    };

    Command command = Command::Serve;
    QString subject; ///< the NAME of `user add NAME` / `user disable NAME`

    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8420;
    QString dataDir;
    QString databaseUrl; ///< postgresql://USER@HOST:PORT/DB; empty for SQLite in dataDir
    QString configFile;
    QString tlsCert;
    QString tlsKey;
    bool insecureListen = false;
    int workers = 4;
    qint64 maxBodyBytes = 1024 * 1024;
    int accessTtlSeconds = 900;
    int refreshTtlSeconds = 30 * 24 * 3600;
    LoginRateLimiter::Policy rateLimit;
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;
    int drainTimeoutSeconds = 10;

    QString role;                   ///< user add --role
    QString org;                    ///< user add --org
    QString user;                   ///< token revoke --user
    QString out;                    ///< backup --out
    QString from;                   ///< restore --from
    int tombstoneDays = 180;        ///< deleted records are kept this long for offline clients
    qint64 seedRequisitions = 1000; ///< seed-demo --requisitions
    qint64 seedApplications = 0;    ///< seed-demo --applications
    qint64 seed = 2026;             ///< seed-demo --seed: the DemoDataGenerator seed

    /// Resolves the configuration; `arguments` starts with the program name. ConfigInvalid
    /// names the offending option and where it came from.
    static Core::Result<ServerConfig> resolve(const QStringList &arguments,
                                              const QProcessEnvironment &environment);
    /// The --help text: every option with its environment variable and config key.
    static QString helpText();

    /// True when TLS is configured.
    bool tlsEnabled() const { return !tlsCert.isEmpty() || !tlsKey.isEmpty(); }
    /// The SQLite database file inside dataDir.
    QString sqliteFile() const;
    /// The lock file that keeps a second server off the same data directory.
    QString lockFile() const;
};

} // namespace Reqdesk::Server
