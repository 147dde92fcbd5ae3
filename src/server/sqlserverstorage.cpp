#include "server/sqlserverstorage.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <iterator>

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;
using Core::Result;
using Core::Status;

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString nonNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QVariant uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidText(id));
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString tokenKindName(TokenKind kind)
{
    return kind == TokenKind::Access ? QStringLiteral("access") : QStringLiteral("refresh");
}

const QString userColumns = QStringLiteral(
        "id, tenant_id, name, role, org, password_hash, disabled, created_at, pay_access");

UserRecord readUser(const QSqlQuery &query)
{
    UserRecord user;
    user.id = QUuid::fromString(query.value(0).toString());
    user.tenantId = QUuid::fromString(query.value(1).toString());
    user.name = query.value(2).toString();
    user.role = parseRole(query.value(3).toString()).value_or(Role::Viewer);
    user.org = query.value(4).toString();
    user.passwordHash = query.value(5).toString();
    user.disabled = query.value(6).toInt() != 0;
    user.createdAt = fromMs(query.value(7));
    user.payAccess = query.value(8).toInt() != 0;
    return user;
}

// Version 1: accounts, devices, tokens and sign-in failures. Portable between SQLite and
// PostgreSQL on purpose, so the PostgreSQL backend runs the same statements.
const char *const schemaVersion1[] = {
        "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
        "created_at BIGINT NOT NULL)",
        "CREATE TABLE users (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), "
        "name TEXT NOT NULL UNIQUE, role TEXT NOT NULL CHECK (role IN ('admin', 'recruiter', "
        "'hiring_manager', 'viewer')), org TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, "
        "disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
        "CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
        "name TEXT NOT NULL, created_at BIGINT NOT NULL)",
        "CREATE TABLE auth_tokens (token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN "
        "('access', 'refresh')), user_id TEXT NOT NULL REFERENCES users(id), device_id TEXT NOT "
        "NULL REFERENCES devices(id), family_id TEXT NOT NULL, issued_at BIGINT NOT NULL, "
        "expires_at BIGINT NOT NULL, used_at BIGINT, revoked_at BIGINT)",
        "CREATE INDEX auth_tokens_family ON auth_tokens (family_id)",
        "CREATE INDEX auth_tokens_user ON auth_tokens (user_id)",
        "CREATE TABLE login_failures (scope TEXT NOT NULL, key TEXT NOT NULL, at BIGINT NOT NULL)",
        "CREATE INDEX login_failures_key ON login_failures (scope, key, at)",
};

// Version 2: synced records (one generic table, data in wire format), the change log, the
// per-tenant change counter row, the idempotency ledger, and the viewers' pay grant. Conflicts
// are records of entity "conflict", so they travel through the same feed.
const char *const schemaVersion2[] = {
        "ALTER TABLE users ADD COLUMN pay_access INTEGER NOT NULL DEFAULT 0",
        "CREATE TABLE sync_counters (tenant_id TEXT PRIMARY KEY REFERENCES tenants(id), "
        "seq BIGINT NOT NULL, purged_seq BIGINT NOT NULL DEFAULT 0)",
        "INSERT INTO sync_counters (tenant_id, seq, purged_seq) SELECT id, 0, 0 FROM tenants",
        "CREATE TABLE sync_records (tenant_id TEXT NOT NULL, entity TEXT NOT NULL, id TEXT NOT "
        "NULL, version BIGINT NOT NULL, created_version BIGINT NOT NULL, data TEXT NOT NULL, "
        "field_versions TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, deleted_at BIGINT, "
        "ref1 TEXT NOT NULL DEFAULT '', ref2 TEXT NOT NULL DEFAULT '', "
        "PRIMARY KEY (tenant_id, entity, id))",
        "CREATE UNIQUE INDEX sync_records_version ON sync_records (tenant_id, version)",
        "CREATE INDEX sync_records_ref1 ON sync_records (tenant_id, entity, ref1)",
        "CREATE INDEX sync_records_ref2 ON sync_records (tenant_id, entity, ref2)",
        "CREATE TABLE sync_changes (tenant_id TEXT NOT NULL, seq BIGINT NOT NULL, entity TEXT NOT "
        "NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')), "
        "version BIGINT NOT NULL, prior TEXT NOT NULL, PRIMARY KEY (tenant_id, seq))",
        "CREATE INDEX sync_changes_record ON sync_changes (tenant_id, entity, entity_id, seq)",
        "CREATE TABLE sync_ledger (device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, result TEXT "
        "NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (device_id, mutation_id))",
};

// Version 3: each token remembers the refresh token it was rotated from, so the refresh-reuse
// grace finds a rotation's successor exactly. Tokens issued before stay without a parent: a
// reuse of their parents falls back to revoking the family, as before.
const char *const schemaVersion3[] = {
        "ALTER TABLE auth_tokens ADD COLUMN parent_hash TEXT",
        "CREATE INDEX auth_tokens_parent ON auth_tokens (parent_hash)",
};

// Version 4: the tombstone purge (at start and hourly) finds old tombstones through a partial
// index of the deleted rows alone; without it, it read every record and every change in one
// write transaction, minutes on a large database, while sign-ins and pushes failed as busy.
const char *const schemaVersion4[] = {
        "CREATE INDEX sync_records_tombstones ON sync_records (tenant_id, deleted_at) WHERE "
        "deleted = 1",
};

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

const QString recordColumns = QStringLiteral(
        "entity, id, version, created_version, data, field_versions, deleted, deleted_at, ref1, "
        "ref2");

} // namespace

SqlServerStorage::SqlServerStorage(QString connection, Dialect dialect)
    : m_connection(std::move(connection))
    , m_dialect(dialect)
    , m_thread(QThread::currentThread())
{}

SqlServerStorage::~SqlServerStorage()
{
    m_cached.clear(); // statements before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SqlServerStorage>> SqlServerStorage::openSqlite(const QString &file,
                                                                       const QString &connection)
{
    std::unique_ptr<SqlServerStorage> storage(new SqlServerStorage(connection, Dialect::Sqlite));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        // Writers from several workers (and the admin commands) wait instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return makeError(ErrorCode::DatabaseOpenFailed,
                             QStringLiteral("cannot open %1: %2").arg(file, db.lastError().text()));
        }
    }
    if (const Status identity = storage->checkSqliteIdentity(); !identity)
        return identity.error();
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (auto done = storage->run(pragma); !done)
            return done.error();
    }
    return storage;
}

Result<std::unique_ptr<SqlServerStorage>> SqlServerStorage::openPostgres(const QString &url,
                                                                         const QString &connection)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()
        || (parsed.scheme() != QLatin1String("postgresql")
            && parsed.scheme() != QLatin1String("postgres"))
        || parsed.host().isEmpty() || parsed.path().size() < 2) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("expected postgresql://USER@HOST:PORT/DB, got '%1'")
                                 .arg(parsed.toString(QUrl::RemovePassword)));
    }
    std::unique_ptr<SqlServerStorage> storage(
            new SqlServerStorage(connection, Dialect::PostgreSql));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (!db.isValid()) {
        return makeError(ErrorCode::DatabaseOpenFailed,
                         QStringLiteral("the QPSQL driver is not installed"));
    }
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setDatabaseName(parsed.path().mid(1));
    db.setUserName(parsed.userName());
    db.setPassword(parsed.password());
    QStringList options{QStringLiteral("connect_timeout=10")};
    if (QUrlQuery(parsed).queryItemValue(QStringLiteral("sslmode")) == QLatin1String("require"))
        options.append(QStringLiteral("requiressl=1"));
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        return makeError(
                ErrorCode::DatabaseOpenFailed,
                QStringLiteral("cannot connect to %1: %2")
                        .arg(parsed.toString(QUrl::RemovePassword), db.lastError().text()));
    }
    // Times are integers and every statement is short; a stuck lock must not hang a worker.
    if (auto done = storage->run(QStringLiteral("SET lock_timeout = '5s'")); !done)
        return done.error();
    return storage;
}

Status SqlServerStorage::checkSqliteIdentity()
{
    auto id = run(QStringLiteral("PRAGMA application_id"));
    if (!id)
        return id.error();
    const qint32 applicationId = id->next() ? id->value(0).toInt() : 0;
    if (applicationId == SqliteApplicationId)
        return {};
    if (applicationId != 0) {
        return makeError(ErrorCode::DatabaseNotReqdesk,
                         QStringLiteral("the database belongs to another application"));
    }
    // An unmarked file with tables in it is someone else's: never take it over.
    auto tables = run(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();
    if (tables->next() && tables->value(0).toInt() > 0) {
        return makeError(ErrorCode::DatabaseNotReqdesk,
                         QStringLiteral("the database is not a reqdesk-server database"));
    }
    return {};
}

Core::Error SqlServerStorage::sqlError(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    ErrorCode code = ErrorCode::QueryFailed;
    if (native == QLatin1String("19") || native == QLatin1String("2067")
        || native == QLatin1String("1555") || native == QLatin1String("23505")
        || text.contains(QLatin1String("UNIQUE constraint"))) {
        code = ErrorCode::ConstraintViolated;
    } else if (native == QLatin1String("5") || native == QLatin1String("517")
               || native == QLatin1String("40001") || native == QLatin1String("40P01")
               || native == QLatin1String("55P03")) {
        code = ErrorCode::DatabaseBusy;
    } else if (native == QLatin1String("13") || native == QLatin1String("53100")) {
        code = ErrorCode::DiskFull;
    }
    return makeError(code, QStringLiteral("%1: %2").arg(what, text));
}

Result<QSqlQuery> SqlServerStorage::run(const QString &sql, const QVariantList &values)
{
    if (QThread::currentThread() != m_thread) {
        // A connection used from another thread is a wiring bug (and undefined in QtSql).
        return makeError(ErrorCode::QueryFailed,
                         QStringLiteral("connection %1 used off its thread").arg(m_connection));
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    bool ok = false;
    if (values.isEmpty()) {
        // PostgreSQL cannot PREPARE DDL or SET: statements without values run directly.
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
        }
    }
    m_queryTime += std::chrono::nanoseconds(timer.nsecsElapsed());
    if (!ok)
        return sqlError(query, sql.left(60));
    return query;
}

Result<QSqlQuery *> SqlServerStorage::runCached(const QString &sql, const QVariantList &values)
{
    if (QThread::currentThread() != m_thread) {
        return makeError(ErrorCode::QueryFailed,
                         QStringLiteral("connection %1 used off its thread").arg(m_connection));
    }
    QElapsedTimer timer;
    timer.start();
    auto it = m_cached.find(sql);
    if (it == m_cached.end()) {
        auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        // Rows are read once, in order: no copy of the whole result inside QtSql.
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_queryTime += std::chrono::nanoseconds(timer.nsecsElapsed());
            return sqlError(*query, sql.left(60));
        }
        it = m_cached.insert(sql, query);
    }
    const std::shared_ptr<QSqlQuery> query = it.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    const bool ok = query->exec();
    m_queryTime += std::chrono::nanoseconds(timer.nsecsElapsed());
    if (!ok) {
        const Core::Error error = sqlError(*query, sql.left(60));
        query->finish();
        // A statement the database refused may be broken for good (schema changed): prepare
        // it afresh next time.
        m_cached.remove(sql);
        return error;
    }
    return query.get();
}

Status SqlServerStorage::renewAuthGeneration()
{
    auto done = runCached(QStringLiteral("INSERT INTO server_meta (key, value) VALUES (?, ?) ON "
                                         "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {QStringLiteral("auth_generation"), uuidText(QUuid::createUuid())});
    if (!done)
        return done.error();
    (*done)->finish();
    return {};
}

Status SqlServerStorage::inTransaction(const std::function<Status()> &work)
{
    // Nested: part of the caller's transaction, which commits or rolls back everything.
    if (m_transactionDepth > 0)
        return work();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        return makeError(ErrorCode::DatabaseBusy,
                         QStringLiteral("cannot begin: %1").arg(db.lastError().text()));
    }
    ++m_transactionDepth;
    const Status status = work();
    --m_transactionDepth;
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return makeError(ErrorCode::QueryFailed, QStringLiteral("cannot commit: %1").arg(text));
    }
    return {};
}

Result<bool> SqlServerStorage::hasMigrationsTable()
{
    const QString probe
            = m_dialect == Dialect::Sqlite
                      ? QStringLiteral(
                              "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                              "'schema_migrations'")
                      : QStringLiteral(
                              "SELECT count(*) FROM information_schema.tables WHERE table_name = "
                              "'schema_migrations' AND table_schema = current_schema()");
    auto exists = run(probe);
    if (!exists)
        return exists.error();
    return exists->next() && exists->value(0).toInt() > 0;
}

Result<int> SqlServerStorage::schemaVersion()
{
    const auto exists = hasMigrationsTable();
    if (!exists)
        return exists.error();
    if (!*exists)
        return 0;
    auto version = run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version)
        return version.error();
    return version->next() ? version->value(0).toInt() : 0;
}

Status SqlServerStorage::migrate()
{
    if (m_dialect != Dialect::PostgreSql)
        return migrateLocked();
    // Several server processes may start at once on one database: one migrates, the others
    // wait here and then find nothing left to do.
    if (auto locked = run(QStringLiteral("SELECT pg_advisory_lock(?)"), {MigrationLockKey});
        !locked) {
        return locked.error();
    }
    const Status status = migrateLocked();
    if (auto unlocked = run(QStringLiteral("SELECT pg_advisory_unlock(?)"), {MigrationLockKey});
        !unlocked && status) {
        return unlocked.error();
    }
    return status;
}

Status SqlServerStorage::migrateLocked()
{
    // Probed rather than CREATE ... IF NOT EXISTS: PostgreSQL would print a NOTICE on stderr,
    // in the middle of the JSON log.
    const auto exists = hasMigrationsTable();
    if (!exists)
        return exists.error();
    if (!*exists) {
        auto created = run(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY "
                                          "KEY, applied_at BIGINT NOT NULL)"));
        if (!created)
            return created.error();
    }
    if (m_dialect == Dialect::Sqlite) {
        auto mark = run(QStringLiteral("PRAGMA application_id = %1").arg(SqliteApplicationId));
        if (!mark)
            return mark.error();
    }
    const auto version = schemaVersion();
    if (!version)
        return version.error();
    if (*version > CurrentSchemaVersion) {
        return makeError(ErrorCode::SchemaTooNew,
                         QStringLiteral("database schema %1 is newer than this server (%2)")
                                 .arg(*version)
                                 .arg(CurrentSchemaVersion));
    }
    const std::function<Status()> steps[] = {
            [this] { return applyVersion1(); },
            [this] { return applyStatements(2, schemaVersion2); },
            [this] { return applyStatements(3, schemaVersion3); },
            [this] { return applyStatements(4, schemaVersion4); },
    };
    static_assert(std::size(steps) == CurrentSchemaVersion);
    for (int next = *version + 1; next <= CurrentSchemaVersion; ++next) {
        const Status step = inTransaction(steps[next - 1]);
        if (!step)
            return makeError(ErrorCode::MigrationFailed, step.error().detail);
    }
    return {};
}

Status SqlServerStorage::applyVersion1()
{
    for (const char *statement : schemaVersion1) {
        if (auto done = run(QString::fromLatin1(statement)); !done)
            return done.error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString tenant = uuidText(QUuid::createUuid());
    if (auto done
        = run(QStringLiteral("INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)"),
              {tenant, QStringLiteral("default"), now});
        !done) {
        return done.error();
    }
    const QString insertMeta = QStringLiteral("INSERT INTO server_meta (key, value) VALUES (?, ?)");
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("epoch"), uuidText(QUuid::createUuid())},
          std::pair{QStringLiteral("default_tenant"), tenant},
          std::pair{QStringLiteral("created_at"), QString::number(now)}}) {
        if (auto done = run(insertMeta, {key, value}); !done)
            return done.error();
    }
    if (auto done
        = run(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (1, ?)"),
              {now});
        !done) {
        return done.error();
    }
    return {};
}

template<std::size_t Count>
Status SqlServerStorage::applyStatements(int version, const char *const (&statements)[Count])
{
    for (const char *statement : statements) {
        if (auto done = run(QString::fromLatin1(statement)); !done)
            return done.error();
    }
    if (auto done
        = run(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
              {version, QDateTime::currentMSecsSinceEpoch()});
        !done) {
        return done.error();
    }
    return {};
}

Status SqlServerStorage::checkReady()
{
    const auto version = schemaVersion();
    if (!version)
        return version.error();
    if (*version != CurrentSchemaVersion) {
        return makeError(ErrorCode::MigrationFailed,
                         QStringLiteral("schema version %1, expected %2")
                                 .arg(*version)
                                 .arg(CurrentSchemaVersion));
    }
    return {};
}

Result<QString> SqlServerStorage::metaValue(const QString &key)
{
    auto query = run(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"), {key});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no %1 in server_meta").arg(key));
    return query->value(0).toString();
}

Result<QUuid> SqlServerStorage::epoch()
{
    auto value = metaValue(QStringLiteral("epoch"));
    if (!value)
        return value.error();
    return QUuid::fromString(*value);
}

Result<ServerStamp> SqlServerStorage::serverStamp()
{
    auto query = runCached(QStringLiteral("SELECT key, value FROM server_meta WHERE key = ? OR key "
                                          "= ?"),
                           {QStringLiteral("epoch"), QStringLiteral("auth_generation")});
    if (!query)
        return query.error();
    ServerStamp stamp;
    bool sawEpoch = false;
    while ((*query)->next()) {
        if ((*query)->value(0).toString() == QLatin1String("epoch")) {
            stamp.epoch = QUuid::fromString((*query)->value(1).toString());
            sawEpoch = true;
        } else {
            stamp.authGeneration = (*query)->value(1).toString();
        }
    }
    (*query)->finish();
    if (!sawEpoch)
        return makeError(ErrorCode::NotFound, QStringLiteral("no epoch in server_meta"));
    return stamp;
}

Result<QUuid> SqlServerStorage::defaultTenant()
{
    auto value = metaValue(QStringLiteral("default_tenant"));
    if (!value)
        return value.error();
    return QUuid::fromString(*value);
}

Result<UserRecord> SqlServerStorage::createUser(const NewUser &user, const QDateTime &now)
{
    auto tenant = defaultTenant();
    if (!tenant)
        return tenant.error();
    UserRecord record;
    record.id = QUuid::createUuid();
    record.tenantId = *tenant;
    record.name = user.name;
    record.role = user.role;
    record.org = user.org;
    record.passwordHash = user.passwordHash;
    record.createdAt = now;
    auto done = run(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(userColumns),
                    {uuidText(record.id),
                     uuidText(record.tenantId),
                     record.name,
                     roleName(record.role),
                     nonNull(record.org),
                     record.passwordHash,
                     0,
                     now.toMSecsSinceEpoch(),
                     0});
    if (!done) {
        if (done.error().code == ErrorCode::ConstraintViolated) {
            return makeError(ErrorCode::AlreadyExists,
                             QStringLiteral("a user named '%1' exists already").arg(user.name));
        }
        return done.error();
    }
    return record;
}

Result<std::optional<UserRecord>> SqlServerStorage::findUserByName(const QString &name)
{
    auto query
            = run(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(userColumns), {name});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(*query));
}

Result<std::optional<UserRecord>> SqlServerStorage::findUser(const QUuid &id)
{
    auto query = runCached(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(userColumns),
                           {uuidText(id)});
    if (!query)
        return query.error();
    std::optional<UserRecord> user;
    if ((*query)->next())
        user = readUser(**query);
    (*query)->finish();
    return user;
}

Result<QList<UserRecord>> SqlServerStorage::listUsers()
{
    auto query = run(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(userColumns));
    if (!query)
        return query.error();
    QList<UserRecord> users;
    while (query->next())
        users.append(readUser(*query));
    return users;
}

Status SqlServerStorage::setPasswordHash(const QUuid &userId, const QString &hash)
{
    auto query = run(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                     {hash, uuidText(userId)});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such user"));
    return {};
}

Status SqlServerStorage::setUserDisabled(const QString &name, bool disabled)
{
    return inTransaction([&]() -> Status {
        auto query = run(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"),
                         {disabled ? 1 : 0, name});
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no user named '%1'").arg(name));
        return renewAuthGeneration();
    });
}

Result<DeviceRecord>
SqlServerStorage::createDevice(const QUuid &userId, const QString &name, const QDateTime &now)
{
    DeviceRecord device{QUuid::createUuid(), userId, name, now};
    auto done = run(
            QStringLiteral(
                    "INSERT INTO devices (id, user_id, name, created_at) VALUES (?, ?, ?, ?)"),
            {uuidText(device.id), uuidText(userId), nonNull(name), now.toMSecsSinceEpoch()});
    if (!done)
        return done.error();
    return device;
}

Result<std::optional<DeviceRecord>> SqlServerStorage::findDevice(const QUuid &id)
{
    auto query
            = run(QStringLiteral("SELECT id, user_id, name, created_at FROM devices WHERE id = ?"),
                  {uuidText(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<DeviceRecord>();
    return std::optional<DeviceRecord>(DeviceRecord{QUuid::fromString(query->value(0).toString()),
                                                    QUuid::fromString(query->value(1).toString()),
                                                    query->value(2).toString(),
                                                    fromMs(query->value(3))});
}

Status SqlServerStorage::insertToken(const TokenRecord &token)
{
    auto done = run(QStringLiteral("INSERT INTO auth_tokens (token_hash, kind, user_id, device_id, "
                                   "family_id, issued_at, expires_at, used_at, revoked_at, "
                                   "parent_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {QString::fromLatin1(token.hash),
                     tokenKindName(token.kind),
                     uuidText(token.userId),
                     uuidOrNull(token.deviceId),
                     uuidText(token.familyId),
                     token.issuedAt.toMSecsSinceEpoch(),
                     token.expiresAt.toMSecsSinceEpoch(),
                     msOrNull(token.usedAt),
                     msOrNull(token.revokedAt),
                     token.parentHash.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(QString::fromLatin1(token.parentHash))});
    if (!done)
        return done.error();
    return {};
}

Status SqlServerStorage::insertTokens(const QList<TokenRecord> &tokens)
{
    return inTransaction([this, &tokens]() -> Status {
        for (const TokenRecord &token : tokens) {
            if (const Status stored = insertToken(token); !stored)
                return stored;
        }
        return {};
    });
}

Result<std::optional<TokenRecord>> SqlServerStorage::findToken(const QByteArray &hash)
{
    auto found = runCached(QStringLiteral("SELECT token_hash, kind, user_id, device_id, "
                                          "family_id, issued_at, expires_at, used_at, revoked_at, "
                                          "parent_hash FROM auth_tokens WHERE token_hash = ?"),
                           {QString::fromLatin1(hash)});
    if (!found)
        return found.error();
    QSqlQuery *query = *found;
    const auto finished = qScopeGuard([query] { query->finish(); });
    if (!query->next())
        return std::optional<TokenRecord>();
    TokenRecord token;
    token.hash = query->value(0).toString().toLatin1();
    token.kind = query->value(1).toString() == QLatin1String("access") ? TokenKind::Access
                                                                       : TokenKind::Refresh;
    token.userId = QUuid::fromString(query->value(2).toString());
    token.deviceId = QUuid::fromString(query->value(3).toString());
    token.familyId = QUuid::fromString(query->value(4).toString());
    token.issuedAt = fromMs(query->value(5));
    token.expiresAt = fromMs(query->value(6));
    token.usedAt = fromMs(query->value(7));
    token.revokedAt = fromMs(query->value(8));
    token.parentHash = query->value(9).toString().toLatin1();
    return std::optional<TokenRecord>(token);
}

Result<bool> SqlServerStorage::consumeToken(const QByteArray &hash, const QDateTime &now)
{
    auto query = run(QStringLiteral("UPDATE auth_tokens SET used_at = ? WHERE token_hash = ? AND "
                                    "used_at IS NULL AND revoked_at IS NULL"),
                     {now.toMSecsSinceEpoch(), QString::fromLatin1(hash)});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Result<bool> SqlServerStorage::revokeUnusedSuccessor(const QByteArray &parentHash,
                                                     const QDateTime &now)
{
    bool revoked = false;
    const Status done = inTransaction([&]() -> Status {
        const qint64 ms = now.toMSecsSinceEpoch();
        const QString parent = QString::fromLatin1(parentHash);
        // The refresh token first, conditionally: this row decides against a concurrent use.
        auto refresh = run(QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE "
                                          "parent_hash = ? AND kind = 'refresh' AND used_at IS "
                                          "NULL AND revoked_at IS NULL"),
                           {ms, parent});
        if (!refresh)
            return refresh.error();
        if (refresh->numRowsAffected() == 0)
            return {};
        revoked = true;
        // Earlier successors of this parent were revoked when they were replaced, so the only
        // live access token left with it is the one of the pair just revoked.
        auto access = run(QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE "
                                         "parent_hash = ? AND kind = 'access' AND revoked_at IS "
                                         "NULL"),
                          {ms, parent});
        if (!access)
            return access.error();
        return renewAuthGeneration();
    });
    if (!done)
        return done.error();
    return revoked;
}

Result<int> SqlServerStorage::revokeFamily(const QUuid &familyId, const QDateTime &now)
{
    int revoked = 0;
    const Status done = inTransaction([&]() -> Status {
        auto query = run(QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE family_id = ? "
                                        "AND revoked_at IS NULL"),
                         {now.toMSecsSinceEpoch(), uuidText(familyId)});
        if (!query)
            return query.error();
        revoked = query->numRowsAffected();
        // Nothing ended, nothing cached to forget: a dead token presented again costs no one.
        return revoked > 0 ? renewAuthGeneration() : Status{};
    });
    if (!done)
        return done.error();
    return revoked;
}

Result<int> SqlServerStorage::revokeUserTokens(const QUuid &userId, const QDateTime &now)
{
    int revoked = 0;
    const Status done = inTransaction([&]() -> Status {
        auto query = run(QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE user_id = ? "
                                        "AND revoked_at IS NULL"),
                         {now.toMSecsSinceEpoch(), uuidText(userId)});
        if (!query)
            return query.error();
        revoked = query->numRowsAffected();
        return renewAuthGeneration();
    });
    if (!done)
        return done.error();
    return revoked;
}

Status
SqlServerStorage::recordLoginFailure(const QString &scope, const QString &key, const QDateTime &at)
{
    auto done = run(QStringLiteral("INSERT INTO login_failures (scope, key, at) VALUES (?, ?, ?)"),
                    {scope, key, at.toMSecsSinceEpoch()});
    if (!done)
        return done.error();
    return {};
}

Result<LoginFailureWindow>
SqlServerStorage::loginFailures(const QString &scope, const QString &key, const QDateTime &since)
{
    auto query = run(QStringLiteral("SELECT count(*), MIN(at) FROM login_failures WHERE scope = ? "
                                    "AND key = ? AND at > ?"),
                     {scope, key, since.toMSecsSinceEpoch()});
    if (!query)
        return query.error();
    LoginFailureWindow window;
    if (query->next()) {
        window.count = query->value(0).toInt();
        window.oldest = fromMs(query->value(1));
    }
    return window;
}

Status SqlServerStorage::clearLoginFailures(const QString &scope, const QString &key)
{
    auto done = run(QStringLiteral("DELETE FROM login_failures WHERE scope = ? AND key = ?"),
                    {scope, key});
    if (!done)
        return done.error();
    return {};
}

Status SqlServerStorage::purgeBefore(const QDateTime &cutoff)
{
    const qint64 ms = cutoff.toMSecsSinceEpoch();
    return inTransaction([this, ms]() -> Status {
        if (auto done = run(QStringLiteral("DELETE FROM auth_tokens WHERE expires_at < ?"), {ms});
            !done) {
            return done.error();
        }
        if (auto done = run(QStringLiteral("DELETE FROM login_failures WHERE at < ?"), {ms});
            !done) {
            return done.error();
        }
        return {};
    });
}

Status SqlServerStorage::setPayAccess(const QString &name, bool granted)
{
    return inTransaction([&]() -> Status {
        auto query = run(QStringLiteral("UPDATE users SET pay_access = ? WHERE name = ?"),
                         {granted ? 1 : 0, name});
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no user named '%1'").arg(name));
        return renewAuthGeneration();
    });
}

Status SqlServerStorage::transaction(const std::function<Status()> &work)
{
    return inTransaction(work);
}

Result<qint64> SqlServerStorage::takeChangeSeq(const QUuid &tenant)
{
    // An UPDATE, not a sequence: the row stays locked until commit, so a later value can never
    // become visible before an earlier one (SYNC.md).
    auto bumped = run(QStringLiteral("UPDATE sync_counters SET seq = seq + 1 WHERE tenant_id = ?"),
                      {uuidText(tenant)});
    if (!bumped)
        return bumped.error();
    if (bumped->numRowsAffected() != 1) {
        if (auto added = run(QStringLiteral("INSERT INTO sync_counters (tenant_id, seq, "
                                            "purged_seq) VALUES (?, 1, 0)"),
                             {uuidText(tenant)});
            !added) {
            return added.error();
        }
        return 1;
    }
    auto value = run(QStringLiteral("SELECT seq FROM sync_counters WHERE tenant_id = ?"),
                     {uuidText(tenant)});
    if (!value)
        return value.error();
    if (!value->next())
        return makeError(ErrorCode::QueryFailed, QStringLiteral("counter row vanished"));
    return value->value(0).toLongLong();
}

Result<SyncHead> SqlServerStorage::syncHead(const QUuid &tenant)
{
    auto query = runCached(
            QStringLiteral("SELECT seq, purged_seq FROM sync_counters WHERE tenant_id = ?"),
            {uuidText(tenant)});
    if (!query)
        return query.error();
    SyncHead head;
    if ((*query)->next()) {
        head.seq = (*query)->value(0).toLongLong();
        head.purgedSeq = (*query)->value(1).toLongLong();
    }
    (*query)->finish();
    return head;
}

Result<std::optional<QJsonObject>> SqlServerStorage::findLedgerEntry(const QUuid &device,
                                                                     const QString &mutationId)
{
    auto query
            = run(QStringLiteral(
                          "SELECT result FROM sync_ledger WHERE device_id = ? AND mutation_id = ?"),
                  {uuidText(device), mutationId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(jsonObject(query->value(0)));
}

Status SqlServerStorage::insertLedgerEntry(const QUuid &device,
                                           const QString &mutationId,
                                           const QJsonObject &result,
                                           const QDateTime &now)
{
    auto done = run(QStringLiteral("INSERT INTO sync_ledger (device_id, mutation_id, result, "
                                   "created_at) VALUES (?, ?, ?, ?)"),
                    {uuidText(device), mutationId, jsonText(result), now.toMSecsSinceEpoch()});
    if (!done)
        return done.error();
    return {};
}

Result<QList<SyncRecord>> SqlServerStorage::readRecords(QSqlQuery &query)
{
    QList<SyncRecord> records;
    while (query.next()) {
        SyncRecord record;
        record.entity = query.value(0).toString();
        record.id = QUuid::fromString(query.value(1).toString());
        record.version = query.value(2).toLongLong();
        record.createdVersion = query.value(3).toLongLong();
        record.data = jsonObject(query.value(4));
        record.fieldVersions = jsonObject(query.value(5));
        record.deleted = query.value(6).toInt() != 0;
        record.deletedAt = fromMs(query.value(7));
        record.ref1 = query.value(8).toString();
        record.ref2 = query.value(9).toString();
        records.append(record);
    }
    return records;
}

Result<std::optional<SyncRecord>>
SqlServerStorage::findRecord(const QUuid &tenant, const QString &entity, const QUuid &id)
{
    auto query = runCached(QStringLiteral("SELECT %1 FROM sync_records WHERE tenant_id = ? AND "
                                          "entity = ? AND id = ?")
                                   .arg(recordColumns),
                           {uuidText(tenant), entity, uuidText(id)});
    if (!query)
        return query.error();
    auto records = readRecords(**query);
    (*query)->finish();
    if (!records)
        return records.error();
    if (records->isEmpty())
        return std::optional<SyncRecord>();
    return std::optional<SyncRecord>(records->first());
}

Status SqlServerStorage::saveRecord(const QUuid &tenant,
                                    const SyncRecord &record,
                                    const QJsonObject &prior)
{
    const QString tenantText = uuidText(tenant);
    const QString idText = uuidText(record.id);
    auto removed = run(QStringLiteral("DELETE FROM sync_records WHERE tenant_id = ? AND entity = ? "
                                      "AND id = ?"),
                       {tenantText, record.entity, idText});
    if (!removed)
        return removed.error();
    auto saved = run(QStringLiteral("INSERT INTO sync_records (tenant_id, %1) VALUES (?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?)")
                             .arg(recordColumns),
                     {tenantText,
                      record.entity,
                      idText,
                      record.version,
                      record.createdVersion,
                      jsonText(record.data),
                      jsonText(record.fieldVersions),
                      record.deleted ? 1 : 0,
                      msOrNull(record.deletedAt),
                      nonNull(record.ref1),
                      nonNull(record.ref2)});
    if (!saved)
        return saved.error();
    auto logged = run(QStringLiteral("INSERT INTO sync_changes (tenant_id, seq, entity, entity_id, "
                                     "op, version, prior) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {tenantText,
                       record.version,
                       record.entity,
                       idText,
                       record.deleted ? QStringLiteral("delete") : QStringLiteral("upsert"),
                       record.version,
                       jsonText(prior)});
    if (!logged)
        return logged.error();
    return {};
}

Result<QList<SyncRecord>>
SqlServerStorage::changedRecords(const QUuid &tenant, qint64 after, qint64 upTo, int limit)
{
    auto query = run(QStringLiteral("SELECT %1 FROM sync_records WHERE tenant_id = ? AND version > "
                                    "? AND version <= ? ORDER BY version LIMIT ?")
                             .arg(recordColumns),
                     {uuidText(tenant), after, upTo, limit});
    if (!query)
        return query.error();
    return readRecords(*query);
}

Result<QList<RawChange>>
SqlServerStorage::changedRows(const QUuid &tenant, qint64 after, qint64 upTo, int limit)
{
    // `data` as a BLOB (bytea on PostgreSQL): the stored UTF-8 as it is, with no round trip
    // through UTF-16.
    const QString feedQuery
            = m_dialect == Dialect::Sqlite
                      ? QStringLiteral("SELECT entity, id, version, deleted, ref2, CAST(data AS "
                                       "BLOB) FROM sync_records WHERE tenant_id = ? AND version > "
                                       "? AND version <= ? ORDER BY version LIMIT ?")
                      : QStringLiteral("SELECT entity, id, version, deleted, ref2, "
                                       "convert_to(data, 'UTF8') FROM sync_records WHERE tenant_id "
                                       "= ? AND version > ? AND version <= ? ORDER BY version "
                                       "LIMIT ?");
    auto found = runCached(feedQuery, {uuidText(tenant), after, upTo, limit});
    if (!found)
        return found.error();
    QSqlQuery *query = *found;
    const auto finished = qScopeGuard([query] { query->finish(); });
    QList<RawChange> rows;
    rows.reserve(limit);
    while (query->next()) {
        RawChange row;
        row.entity = query->value(0).toString();
        row.id = query->value(1).toString();
        row.version = query->value(2).toLongLong();
        row.deleted = query->value(3).toInt() != 0;
        row.ref2 = query->value(4).toString();
        row.data = query->value(5).toByteArray();
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<SyncRecord>> SqlServerStorage::recordsPage(const QUuid &tenant,
                                                        const QString &entity,
                                                        const QString &after,
                                                        int limit)
{
    auto query = run(QStringLiteral("SELECT %1 FROM sync_records WHERE tenant_id = ? AND entity = "
                                    "? AND deleted = 0 AND id > ? ORDER BY id LIMIT ?")
                             .arg(recordColumns),
                     {uuidText(tenant), entity, nonNull(after), limit});
    if (!query)
        return query.error();
    return readRecords(*query);
}

Result<QList<SyncRecord>> SqlServerStorage::recordsByRef(const QUuid &tenant,
                                                         const QString &entity,
                                                         int ref,
                                                         const QString &value)
{
    const QString column = ref == 2 ? QStringLiteral("ref2") : QStringLiteral("ref1");
    auto query = run(QStringLiteral("SELECT %1 FROM sync_records WHERE tenant_id = ? AND entity = "
                                    "? AND deleted = 0 AND %2 = ?")
                             .arg(recordColumns, column),
                     {uuidText(tenant), entity, value});
    if (!query)
        return query.error();
    return readRecords(*query);
}

Result<QJsonValue> SqlServerStorage::priorFieldValue(const QUuid &tenant,
                                                     const QString &entity,
                                                     const QUuid &id,
                                                     qint64 afterSeq,
                                                     const QString &field)
{
    auto query = run(QStringLiteral("SELECT prior FROM sync_changes WHERE tenant_id = ? AND entity "
                                    "= ? AND entity_id = ? AND seq > ? ORDER BY seq"),
                     {uuidText(tenant), entity, uuidText(id), afterSeq});
    if (!query)
        return query.error();
    while (query->next()) {
        const QJsonObject prior = jsonObject(query->value(0));
        if (prior.contains(field))
            return prior.value(field);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QStringList SqlServerStorage::tombstonePurgeStatements()
{
    // Every statement reaches the tombstones through sync_records_tombstones and their changes
    // through sync_changes_record: the cost follows the tombstones purged, not the database.
    return {
            QStringLiteral("SELECT 1 FROM sync_records WHERE deleted = 1 AND deleted_at < ? "
                           "LIMIT 1"),
            // The horizon first, while the tombstones still say which seqs go. "+version":
            // not SQLite's MAX() shortcut through sync_records_version, which walks every
            // record of the tenant from the newest until it meets an old tombstone.
            QStringLiteral("UPDATE sync_counters SET purged_seq = (SELECT MAX(+r.version) FROM "
                           "sync_records r WHERE r.tenant_id = sync_counters.tenant_id AND "
                           "r.deleted = 1 AND r.deleted_at < ?) WHERE purged_seq < (SELECT "
                           "COALESCE(MAX(+r.version), 0) FROM sync_records r WHERE r.tenant_id = "
                           "sync_counters.tenant_id AND r.deleted = 1 AND r.deleted_at < ?)"),
            QStringLiteral("DELETE FROM sync_changes WHERE (tenant_id, entity, entity_id) IN "
                           "(SELECT tenant_id, entity, id FROM sync_records WHERE deleted = 1 "
                           "AND deleted_at < ?)"),
            QStringLiteral("DELETE FROM sync_records WHERE deleted = 1 AND deleted_at < ?"),
    };
}

Result<int> SqlServerStorage::purgeTombstones(const QDateTime &cutoff)
{
    const QStringList sql = tombstonePurgeStatements();
    const qint64 ms = cutoff.toMSecsSinceEpoch();
    // Looked up outside a transaction: with nothing to purge the write lock is never taken.
    auto any = run(sql[0], {ms});
    if (!any)
        return any.error();
    if (!any->next())
        return 0;
    any->finish();
    int purged = 0;
    const Status status = inTransaction([this, &sql, ms, &purged]() -> Status {
        if (auto raised = run(sql[1], {ms, ms}); !raised)
            return raised.error();
        if (auto log = run(sql[2], {ms}); !log)
            return log.error();
        auto gone = run(sql[3], {ms});
        if (!gone)
            return gone.error();
        purged = gone->numRowsAffected();
        return {};
    });
    if (!status)
        return status.error();
    return purged;
}

Result<QUuid> SqlServerStorage::renewEpoch()
{
    const QUuid epoch = QUuid::createUuid();
    auto done = run(QStringLiteral("UPDATE server_meta SET value = ? WHERE key = 'epoch'"),
                    {uuidText(epoch)});
    if (!done)
        return done.error();
    return epoch;
}

Status SqlServerStorage::backupTo(const QString &file)
{
    if (m_dialect != Dialect::Sqlite) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("backup works on SQLite; use pg_dump for PostgreSQL"));
    }
    // VACUUM INTO writes a consistent, compacted copy while other connections keep working.
    auto done = run(QStringLiteral("VACUUM INTO ?"), {file});
    if (!done)
        return done.error();
    return {};
}

std::chrono::nanoseconds SqlServerStorage::takeQueryTime()
{
    return std::exchange(m_queryTime, std::chrono::nanoseconds{0});
}

} // namespace Reqdesk::Server
