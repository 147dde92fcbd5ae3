#pragma once

#include "server/serverstorage.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QVariantList>

#include <cstddef>
#include <memory>

namespace Reqdesk::Server {

/// ServerStorage over QtSql. The SQL is written once for both backends (TEXT ids, BIGINT
/// milliseconds since 1970, INTEGER flags, no AUTOINCREMENT); only opening, pragmas and error
/// classification depend on the dialect.
class SqlServerStorage final : public ServerStorage
{
public:
    /// Which database the connection talks to.
    enum class Dialect {
        Sqlite,
        PostgreSql,
    };

    /// PostgreSQL advisory lock key that serialises migrations between server processes.
    static constexpr qint64 MigrationLockKey = 0x52445356;
    /// The schema version this build writes and expects.
    static constexpr int CurrentSchemaVersion = 4;
    /// SQLite's application_id of a server database ("RDSV"), so no other file is taken for one.
    static constexpr qint32 SqliteApplicationId = 0x52445356;

    /// Opens (creating if needed) a SQLite server database under a unique connection name.
    static Core::Result<std::unique_ptr<SqlServerStorage>> openSqlite(const QString &file,
                                                                      const QString &connection);
    /// Connects to PostgreSQL through QPSQL: postgresql://USER[:PASSWORD]@HOST[:PORT]/DB
    /// (a "sslmode" query item passes through as the driver's requiressl option).
    static Core::Result<std::unique_ptr<SqlServerStorage>> openPostgres(const QString &url,
                                                                        const QString &connection);
    ~SqlServerStorage() override;
    Q_DISABLE_COPY_MOVE(SqlServerStorage)

    Core::Status migrate() override;
    Dialect dialect() const { return m_dialect; }
    Core::Status checkReady() override;
    Core::Result<int> schemaVersion() override;
    Core::Result<QUuid> epoch() override;
    Core::Result<ServerStamp> serverStamp() override;
    Core::Result<QUuid> defaultTenant() override;

    Core::Result<UserRecord> createUser(const NewUser &user, const QDateTime &now) override;
    Core::Result<std::optional<UserRecord>> findUserByName(const QString &name) override;
    Core::Result<std::optional<UserRecord>> findUser(const QUuid &id) override;
    Core::Result<QList<UserRecord>> listUsers() override;
    Core::Status setPasswordHash(const QUuid &userId, const QString &hash) override;
    Core::Status setUserDisabled(const QString &name, bool disabled) override;

    Core::Result<DeviceRecord>
    createDevice(const QUuid &userId, const QString &name, const QDateTime &now) override;
    Core::Result<std::optional<DeviceRecord>> findDevice(const QUuid &id) override;

    Core::Status insertToken(const TokenRecord &token) override;
    Core::Status insertTokens(const QList<TokenRecord> &tokens) override;
    Core::Result<std::optional<TokenRecord>> findToken(const QByteArray &hash) override;
    Core::Result<bool> consumeToken(const QByteArray &hash, const QDateTime &now) override;
    Core::Result<bool> revokeUnusedSuccessor(const QByteArray &parentHash,
                                             const QDateTime &now) override;
    Core::Result<int> revokeFamily(const QUuid &familyId, const QDateTime &now) override;
    Core::Result<int> revokeUserTokens(const QUuid &userId, const QDateTime &now) override;

    Core::Status
    recordLoginFailure(const QString &scope, const QString &key, const QDateTime &at) override;
    Core::Result<LoginFailureWindow>
    loginFailures(const QString &scope, const QString &key, const QDateTime &since) override;
    Core::Status clearLoginFailures(const QString &scope, const QString &key) override;
    Core::Status purgeBefore(const QDateTime &cutoff) override;

    Core::Status setPayAccess(const QString &name, bool granted) override;

    Core::Status transaction(const std::function<Core::Status()> &work) override;
    Core::Result<qint64> takeChangeSeq(const QUuid &tenant) override;
    Core::Result<SyncHead> syncHead(const QUuid &tenant) override;
    Core::Result<std::optional<QJsonObject>> findLedgerEntry(const QUuid &device,
                                                             const QString &mutationId) override;
    Core::Status insertLedgerEntry(const QUuid &device,
                                   const QString &mutationId,
                                   const QJsonObject &result,
                                   const QDateTime &now) override;
    Core::Result<std::optional<SyncRecord>>
    findRecord(const QUuid &tenant, const QString &entity, const QUuid &id) override;
    Core::Status
    saveRecord(const QUuid &tenant, const SyncRecord &record, const QJsonObject &prior) override;
    Core::Result<QList<SyncRecord>>
    changedRecords(const QUuid &tenant, qint64 after, qint64 upTo, int limit) override;
    Core::Result<QList<RawChange>>
    changedRows(const QUuid &tenant, qint64 after, qint64 upTo, int limit) override;
    Core::Result<QList<SyncRecord>> recordsPage(const QUuid &tenant,
                                                const QString &entity,
                                                const QString &after,
                                                int limit) override;
    Core::Result<QList<SyncRecord>> recordsByRef(const QUuid &tenant,
                                                 const QString &entity,
                                                 int ref,
                                                 const QString &value) override;
    Core::Result<QJsonValue> priorFieldValue(const QUuid &tenant,
                                             const QString &entity,
                                             const QUuid &id,
                                             qint64 afterSeq,
                                             const QString &field) override;
    Core::Result<int> purgeTombstones(const QDateTime &cutoff) override;
    /// The purge's statements in order (an existence probe, then the transaction's three), for
    /// tests that check their query plans.
    static QStringList tombstonePurgeStatements();
    Core::Result<QUuid> renewEpoch() override;

    /// SQLite only: a consistent copy of the live database into `file` (VACUUM INTO).
    Core::Status backupTo(const QString &file);

    std::chrono::nanoseconds takeQueryTime() override;

private:
    SqlServerStorage(QString connection, Dialect dialect);

    /// Prepares, binds positionally and runs one statement, timing it.
    Core::Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    /// Like run(), for the statements of the hot paths: prepared once per connection and kept.
    /// The caller must finish() the query when done reading (an unfinished SQLite statement
    /// keeps its read snapshot open); the query stays owned by the storage.
    Core::Result<QSqlQuery *> runCached(const QString &sql, const QVariantList &values);
    /// Gives the authentication generation a new value (inside the caller's transaction).
    Core::Status renewAuthGeneration();
    /// Runs statements inside one transaction; inside another one, joins it.
    Core::Status inTransaction(const std::function<Core::Status()> &work);
    Core::Status checkSqliteIdentity();
    Core::Status migrateLocked();
    Core::Result<bool> hasMigrationsTable();
    Core::Status applyVersion1();
    /// One migration step: `statements`, then the version recorded.
    template<std::size_t Count>
    Core::Status applyStatements(int version, const char *const (&statements)[Count]);
    Core::Result<QList<SyncRecord>> readRecords(QSqlQuery &query);
    Core::Result<QString> metaValue(const QString &key);
    Core::Error sqlError(const QSqlQuery &query, const QString &what) const;

    QString m_connection;
    Dialect m_dialect;
    QThread *m_thread; ///< QtSql connections belong to the thread that opened them
    std::chrono::nanoseconds m_queryTime{0};
    int m_transactionDepth = 0; ///< inTransaction() calls open: inner ones join the outer
    /// runCached()'s prepared statements by SQL text (pointers stay put when the hash grows).
    QHash<QString, std::shared_ptr<QSqlQuery>> m_cached;
};

} // namespace Reqdesk::Server
