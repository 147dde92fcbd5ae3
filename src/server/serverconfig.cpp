#include "server/serverconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

#include <optional>

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;
using Core::Result;

namespace {

/// One setting: its command-line name, environment variable and INI key are derived from
/// `name` ("max-body-bytes" → REQDESK_SERVER_MAX_BODY_BYTES, [server] max_body_bytes).
struct OptionSpec
{
    const char *name;
    const char *valueName; ///< nullptr for a flag
    const char *description;
    bool fromEnvironment; ///< command-specific options come from the command line only
};

const OptionSpec optionSpecs[] = {
        {"listen",
         "HOST:PORT",
         "Address to listen on (default 127.0.0.1:8420; port 0 picks one).",
         true},
        {"data", "DIR", "Data directory holding the SQLite database and the lock file.", true},
        {"database",
         "URL",
         "PostgreSQL database postgresql://USER[:PASSWORD]@HOST:PORT/DB instead of SQLite in "
         "--data; several servers may share it.",
         true},
        {"tls-cert", "FILE", "PEM certificate chain; with --tls-key serves HTTPS.", true},
        {"tls-key", "FILE", "PEM private key for --tls-cert.", true},
        {"insecure-listen", nullptr, "Allow plain HTTP on a non-loopback address.", true},
        {"workers",
         "N",
         "Database worker threads, each with its own connection (default 4).",
         true},
        {"max-body-bytes",
         "N",
         "Largest request body accepted; larger gets 413 (default 1048576).",
         true},
        {"access-token-ttl", "SECONDS", "Lifetime of access tokens (default 900).", true},
        {"refresh-token-ttl", "SECONDS", "Lifetime of refresh tokens (default 2592000).", true},
        {"login-max-failures",
         "N",
         "Failed sign-ins per user name inside the window before 429 (default 5).",
         true},
        {"login-max-failures-per-address",
         "N",
         "Failed sign-ins per client address inside the window before 429 (default 20).",
         true},
        {"login-window", "SECONDS", "Rate-limit window for failed sign-ins (default 900).", true},
        {"password-cost",
         "COST",
         "Argon2id cost for new hashes: interactive (default), moderate, sensitive, or min "
         "(tests only: fast and weak).",
         true},
        {"drain-timeout",
         "SECONDS",
         "On SIGTERM, how long in-flight requests may take to finish (default 10).",
         true},
        {"tombstone-days",
         "DAYS",
         "How long deleted records are kept for offline clients (default 180); older cursors "
         "get 410.",
         true},
        {"out", "FILE", "backup: the file to write (must not exist).", false},
        {"from", "FILE", "restore: the backup file to restore.", false},
        {"role", "ROLE", "user add: admin, recruiter, hiring-manager or viewer.", false},
        {"org", "ORG", "user add: the organisation of a hiring manager.", false},
        {"user", "NAME", "token revoke: the user whose tokens are revoked.", false},
        {"requisitions", "N", "seed-demo: generated requisitions (default 1000).", false},
        {"applications",
         "N",
         "seed-demo: generated applications, with a third as many candidates (default 0).",
         false},
        {"seed", "S", "seed-demo: the generator seed; the same seed gives the same data.", false},
};

QString envName(const char *name)
{
    return QStringLiteral("REQDESK_SERVER_")
           + QString::fromLatin1(name).toUpper().replace(u'-', u'_');
}

QString iniKey(const char *name)
{
    return QStringLiteral("server/") + QString::fromLatin1(name).replace(u'-', u'_');
}

/// A raw value with where it came from, for error messages.
struct Raw
{
    QString value;
    QString origin;
};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes")
        || t == QLatin1String("on")) {
        return true;
    }
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no")
        || t == QLatin1String("off") || t.isEmpty()) {
        return false;
    }
    return std::nullopt;
}

Core::Error invalid(const QString &option, const Raw &raw, const QString &why)
{
    return makeError(ErrorCode::ConfigInvalid,
                     QStringLiteral("%1 (from %2): %3").arg(option, raw.origin, why));
}

} // namespace

QString ServerConfig::sqliteFile() const
{
    return QDir(dataDir).filePath(QStringLiteral("reqdesk-server.sqlite"));
}

QString ServerConfig::lockFile() const
{
    return QDir(dataDir).filePath(QStringLiteral("reqdesk-server.lock"));
}

QString ServerConfig::helpText()
{
    QString text = QStringLiteral(
            "Usage: reqdesk-server [OPTIONS]                      serve the API\n"
            "       reqdesk-server user add NAME --role ROLE [--org ORG]   (password on stdin)\n"
            "       reqdesk-server user list\n"
            "       reqdesk-server user disable NAME\n"
            "       reqdesk-server token revoke --user NAME\n"
            "       reqdesk-server seed-demo --requisitions N [--applications M] [--seed S]\n"
            "\n"
            "Settings come from, highest first: the command line, the environment, the INI file\n"
            "given by --config (keys in a [server] section), then the defaults.\n"
            "\n"
            "Options:\n"
            "  --config FILE\n"
            "      INI configuration file. Env: REQDESK_SERVER_CONFIG\n"
            "  -h, --help\n"
            "      Show this help.\n"
            "  --version\n"
            "      Show the version.\n");
    for (const OptionSpec &spec : optionSpecs) {
        text += QStringLiteral("  --") + QString::fromLatin1(spec.name);
        if (spec.valueName)
            text += u' ' + QString::fromLatin1(spec.valueName);
        text += QStringLiteral("\n      ") + QString::fromUtf8(spec.description);
        if (spec.fromEnvironment) {
            text += QStringLiteral(" Env: %1, config: %2")
                            .arg(envName(spec.name), iniKey(spec.name).mid(7));
        }
        text += u'\n';
    }
    return text;
}

Result<ServerConfig> ServerConfig::resolve(const QStringList &arguments,
                                           const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("help"));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("version"));
    const QCommandLineOption configOption(
            QStringLiteral("config"), QStringLiteral("config"), QStringLiteral("FILE"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(configOption);
    for (const OptionSpec &spec : optionSpecs) {
        if (spec.valueName) {
            parser.addOption(QCommandLineOption(QString::fromLatin1(spec.name),
                                                QString::fromUtf8(spec.description),
                                                QString::fromLatin1(spec.valueName)));
        } else {
            parser.addOption(QCommandLineOption(QString::fromLatin1(spec.name),
                                                QString::fromUtf8(spec.description)));
        }
    }
    if (!parser.parse(arguments))
        return makeError(ErrorCode::ConfigInvalid, parser.errorText());

    ServerConfig config;
    if (parser.isSet(helpOption)) {
        config.command = Command::Help;
        return config;
    }
    if (parser.isSet(versionOption)) {
        config.command = Command::Version;
        return config;
    }

    // The command.
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const QString object = positional.value(1);
    qsizetype expected = 0;
    if (verb.isEmpty()) {
        config.command = Command::Serve;
    } else if (verb == QLatin1String("user") && object == QLatin1String("add")) {
        config.command = Command::UserAdd;
        expected = 3;
    } else if (verb == QLatin1String("user") && object == QLatin1String("list")) {
        config.command = Command::UserList;
        expected = 2;
    } else if (verb == QLatin1String("user") && object == QLatin1String("disable")) {
        config.command = Command::UserDisable;
        expected = 3;
    } else if (verb == QLatin1String("token") && object == QLatin1String("revoke")) {
        config.command = Command::TokenRevoke;
        expected = 2;
    } else if (verb == QLatin1String("user") && object == QLatin1String("grant-pay")) {
        config.command = Command::UserGrantPay;
        expected = 3;
    } else if (verb == QLatin1String("user") && object == QLatin1String("revoke-pay")) {
        config.command = Command::UserRevokePay;
        expected = 3;
    } else if (verb == QLatin1String("sync") && object == QLatin1String("purge")) {
        config.command = Command::SyncPurge;
        expected = 2;
    } else if (verb == QLatin1String("backup")) {
        config.command = Command::Backup;
        expected = 1;
    } else if (verb == QLatin1String("restore")) {
        config.command = Command::Restore;
        expected = 1;
    } else if (verb == QLatin1String("seed-demo")) {
        config.command = Command::SeedDemo;
        expected = 1;
    } else {
        return makeError(
                ErrorCode::ConfigInvalid,
                QStringLiteral("unknown command '%1'; see --help").arg(positional.join(u' ')));
    }
    if (positional.size() != expected) {
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("'%1 %2' takes %3 argument(s); see --help")
                                 .arg(verb, object)
                                 .arg(expected > 2 ? 1 : 0));
    }
    config.subject = positional.value(2);

    // The config file, then every option from its highest-priority source.
    if (parser.isSet(configOption))
        config.configFile = parser.value(configOption);
    else
        config.configFile = environment.value(QStringLiteral("REQDESK_SERVER_CONFIG"));
    std::optional<QSettings> ini;
    if (!config.configFile.isEmpty()) {
        if (!QFileInfo(config.configFile).isReadable()) {
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("cannot read config file %1").arg(config.configFile));
        }
        ini.emplace(config.configFile, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError) {
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("malformed config file %1").arg(config.configFile));
        }
        // A misspelt key would silently do nothing: refuse it.
        QStringList known;
        for (const OptionSpec &spec : optionSpecs) {
            if (spec.fromEnvironment)
                known.append(iniKey(spec.name));
        }
        for (const QString &key : ini->allKeys()) {
            if (!known.contains(key)) {
                return makeError(
                        ErrorCode::ConfigInvalid,
                        QStringLiteral("unknown key '%1' in %2").arg(key, config.configFile));
            }
        }
    }
    const auto lookup = [&](const OptionSpec &spec) -> std::optional<Raw> {
        const QString name = QString::fromLatin1(spec.name);
        if (parser.isSet(name)) {
            return Raw{spec.valueName ? parser.value(name) : QStringLiteral("true"),
                       QStringLiteral("--") + name};
        }
        if (!spec.fromEnvironment)
            return std::nullopt;
        const QString env = envName(spec.name);
        if (environment.contains(env))
            return Raw{environment.value(env), env};
        if (ini && ini->contains(iniKey(spec.name))) {
            return Raw{ini->value(iniKey(spec.name)).toString(),
                       QStringLiteral("%1 in %2").arg(iniKey(spec.name).mid(7), config.configFile)};
        }
        return std::nullopt;
    };
    const auto integer
            = [&](const char *name, qint64 min, qint64 max, auto &target) -> Core::Status {
        const OptionSpec *spec = nullptr;
        for (const OptionSpec &candidate : optionSpecs) {
            if (qstrcmp(candidate.name, name) == 0)
                spec = &candidate;
        }
        Q_ASSERT(spec);
        const auto raw = lookup(*spec);
        if (!raw)
            return {};
        bool ok = false;
        const qint64 value = raw->value.trimmed().toLongLong(&ok);
        if (!ok || value < min || value > max) {
            return invalid(QStringLiteral("--") + QLatin1String(name),
                           *raw,
                           QStringLiteral("expected an integer from %1 to %2, got '%3'")
                                   .arg(min)
                                   .arg(max)
                                   .arg(raw->value));
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
        return {};
    };
    const auto text = [&](const char *name, QString &target) {
        for (const OptionSpec &spec : optionSpecs) {
            if (qstrcmp(spec.name, name) == 0) {
                if (const auto raw = lookup(spec))
                    target = raw->value;
            }
        }
    };

    for (const auto &[name, min, max, target] :
         {std::tuple<const char *, qint64, qint64, int *>{"workers", 1, 64, &config.workers},
          {"access-token-ttl", 1, 7 * 24 * 3600, &config.accessTtlSeconds},
          {"refresh-token-ttl", 60, 400 * 24 * 3600, &config.refreshTtlSeconds},
          {"login-max-failures", 0, 1000000, &config.rateLimit.maxFailuresPerName},
          {"login-max-failures-per-address", 0, 1000000, &config.rateLimit.maxFailuresPerAddress},
          {"login-window", 1, 7 * 24 * 3600, &config.rateLimit.windowSeconds},
          {"drain-timeout", 0, 3600, &config.drainTimeoutSeconds},
          {"tombstone-days", 0, 36500, &config.tombstoneDays}}) {
        if (const auto status = integer(name, min, max, *target); !status)
            return status.error();
    }
    if (const auto status
        = integer("max-body-bytes", 1024, qint64(1024) * 1024 * 1024, config.maxBodyBytes);
        !status) {
        return status.error();
    }
    for (const auto &[name, target] : {std::pair{"requisitions", &config.seedRequisitions},
                                       std::pair{"applications", &config.seedApplications},
                                       std::pair{"seed", &config.seed}}) {
        if (const auto status = integer(name, 0, qint64(1) << 40, *target); !status)
            return status.error();
    }

    text("data", config.dataDir);
    text("database", config.databaseUrl);
    text("tls-cert", config.tlsCert);
    text("tls-key", config.tlsKey);
    text("role", config.role);
    text("org", config.org);
    text("user", config.user);
    text("out", config.out);
    text("from", config.from);

    for (const OptionSpec &spec : optionSpecs) {
        if (qstrcmp(spec.name, "insecure-listen") != 0)
            continue;
        if (const auto raw = lookup(spec)) {
            const auto flag = parseBool(raw->value);
            if (!flag)
                return invalid(
                        QStringLiteral("--insecure-listen"), *raw, QStringLiteral("not a boolean"));
            config.insecureListen = *flag;
        }
    }

    QString cost;
    text("password-cost", cost);
    if (!cost.isEmpty()) {
        const auto parsed = PasswordHasher::parseCost(cost);
        if (!parsed) {
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("--password-cost: unknown cost '%1'").arg(cost));
        }
        config.passwordCost = *parsed;
    }

    QString listen;
    text("listen", listen);
    if (!listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(u':');
        QString host = colon > 0 ? listen.left(colon) : QString();
        bool ok = false;
        const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (!ok || port > 65535 || host.isEmpty()) {
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("--listen: expected HOST:PORT, got '%1'").arg(listen));
        }
        config.listenHost = host;
        config.listenPort = quint16(port);
    }

    // Checks that only matter when serving.
    if (config.command == Command::Serve) {
        if (config.listenHost == QLatin1String("localhost"))
            config.listenHost = QStringLiteral("127.0.0.1");
        const QHostAddress address(config.listenHost);
        if (address.isNull()) {
            return makeError(
                    ErrorCode::ConfigInvalid,
                    QStringLiteral("--listen: '%1' is not an IP address").arg(config.listenHost));
        }
        if (config.tlsCert.isEmpty() != config.tlsKey.isEmpty()) {
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("--tls-cert and --tls-key go together"));
        }
        if (!config.tlsEnabled() && !address.isLoopback() && !config.insecureListen) {
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("refusing plain HTTP on non-loopback address %1: "
                                            "give --tls-cert and --tls-key, or --insecure-listen "
                                            "behind a TLS-terminating proxy")
                                     .arg(config.listenHost));
        }
    }
    if (config.command == Command::UserAdd) {
        if (config.role.isEmpty()) {
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("user add needs --role admin|recruiter|hiring-manager|"
                                            "viewer"));
        }
    }
    if (config.command == Command::Backup && config.out.isEmpty())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("backup needs --out FILE"));
    if (config.command == Command::Restore && config.from.isEmpty())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("restore needs --from FILE"));
    if (config.command == Command::TokenRevoke && config.user.isEmpty())
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("token revoke needs --user NAME"));
    if (config.command != Command::Help && config.command != Command::Version
        && config.dataDir.isEmpty() && config.databaseUrl.isEmpty()) {
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("give --data DIR (SQLite) or --database URL (PostgreSQL)"));
    }
    return config;
}

} // namespace Reqdesk::Server
