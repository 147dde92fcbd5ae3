#include "store/database.h"

#include "core/logging.h"
#include "store/migrationrunner.h"
#include "store/schema.h"
#include "store/sqlerror.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Reqdesk::Store {

using Core::ErrorCode;
using Core::makeError;

namespace {

QAtomicInt g_connectionCounter;

quint32 readBigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

Core::Status checkIdentity(const QString &path, qint32 applicationId, int userVersion)
{
    if (applicationId != Schema::applicationId)
        return makeError(ErrorCode::DatabaseNotReqdesk,
                         QStringLiteral("%1 is an SQLite database of another application "
                                        "(application_id %2)")
                                 .arg(path)
                                 .arg(applicationId));
    if (userVersion > Schema::currentVersion())
        return makeError(
                ErrorCode::SchemaTooNew,
                QStringLiteral("%1 was written by a newer Reqdesk (schema %2, this version "
                               "reads up to %3); update Reqdesk to open it")
                        .arg(path)
                        .arg(userVersion)
                        .arg(Schema::currentVersion()));
    return {};
}

/// Checks the 100-byte SQLite header without opening the file with SQLite, so a refused
/// file is never touched (no journal replay, no WAL recovery, no header rewrite).
Core::Status inspectHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::DatabaseOpenFailed,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 16 || !header.startsWith(magic))
        return makeError(
                ErrorCode::DatabaseNotReqdesk,
                QStringLiteral("%1 is not a Reqdesk cache (not an SQLite database)").arg(path));
    if (header.size() < 100)
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("%1 is truncated (%2 bytes)").arg(path).arg(size));
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    // With a WAL file the newest header may still be in the WAL (a crash before checkpoint), so
    // identity and version are then read through a read-only SQLite connection instead.
    if (hasWal)
        return {};
    if (auto status = checkIdentity(
                path, qint32(readBigEndian(header, 68, 4)), int(readBigEndian(header, 60, 4)));
        !status)
        return status;
    quint32 pageSize = readBigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = readBigEndian(header, 24, 4);
    const quint32 pageCount = readBigEndian(header, 28, 4);
    const quint32 validFor = readBigEndian(header, 92, 4);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return makeError(
                ErrorCode::DatabaseCorrupt,
                QStringLiteral("%1 has a damaged header (page size %2)").arg(path).arg(pageSize));
    // The in-header size is trustworthy when version-valid-for matches the change counter.
    if (changeCounter == validFor && qint64(pageSize) * pageCount > size)
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("%1 is truncated: %2 bytes, the header says %3")
                                 .arg(path)
                                 .arg(size)
                                 .arg(qint64(pageSize) * pageCount));
    if (size % pageSize != 0)
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("%1 is truncated: %2 bytes is not a whole number of "
                                        "%3-byte pages")
                                 .arg(path)
                                 .arg(size)
                                 .arg(pageSize));
    return {};
}

/// Identity (when `identity`) and PRAGMA quick_check (when `check`) on a read-only
/// connection: detects foreign files and damage without writing to the database file.
Core::Status readOnlyCheck(const QString &path,
                           bool identity,
                           bool check,
                           const std::atomic_bool *cancel = nullptr)
{
    const QString name
            = QStringLiteral("reqdesk-check-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    Core::Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = makeError(
                    ErrorCode::DatabaseCorrupt,
                    QStringLiteral("%1 cannot be read: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (identity) {
                qint32 applicationId = 0;
                int userVersion = 0;
                if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
                    applicationId = query.value(0).toInt();
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    userVersion = query.value(0).toInt();
                query.finish();
                if (query.lastError().isValid())
                    result = makeError(ErrorCode::DatabaseCorrupt,
                                       QStringLiteral("%1 cannot be read: %2")
                                               .arg(path, query.lastError().text()));
                else
                    result = checkIdentity(path, applicationId, userVersion);
            }
            if (cancel) {
                // Asked every 10,000 VM steps: a long check of a large file stops promptly.
                const QVariant v = db.driver()->handle();
                if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
                    sqlite3_progress_handler(
                            *static_cast<sqlite3 *const *>(v.constData()),
                            10000,
                            [](void *flag) -> int {
                                return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
                            },
                            const_cast<std::atomic_bool *>(cancel));
                }
            }
            if (result && check && !query.exec(QStringLiteral("PRAGMA quick_check"))) {
                result = makeError(
                        ErrorCode::DatabaseCorrupt,
                        QStringLiteral("%1 is damaged: %2").arg(path, query.lastError().text()));
            } else if (result && check) {
                QStringList problems;
                while (query.next()) {
                    const QString line = query.value(0).toString();
                    if (line != QLatin1String("ok"))
                        problems << line;
                }
                if (!problems.isEmpty())
                    result = makeError(
                            ErrorCode::DatabaseCorrupt,
                            QStringLiteral("%1 is damaged: %2")
                                    .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (cancel && cancel->load())
        return {}; // interrupted: nothing was found, nothing is claimed
    return result;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Core::Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, OpenOptions{});
}

Core::Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenOptions options)
{
    const QFileInfo info(path);
    // An empty file is what SQLite itself treats as a new database.
    const bool existing = info.exists() && info.size() > 0;
    if (!info.exists() && !options.create)
        return makeError(ErrorCode::DatabaseOpenFailed,
                         QStringLiteral("%1 does not exist").arg(path));
    if (existing) {
        if (auto status = inspectHeader(path); !status)
            return status.error();
        const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
        if (hasWal || options.check == Check::QuickCheck) {
            if (auto status = readOnlyCheck(path, hasWal, options.check == Check::QuickCheck);
                !status)
                return status.error();
        }
    }

    const QString name
            = QStringLiteral("reqdesk-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return makeError(ErrorCode::DatabaseOpenFailed,
                             QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    }
    // journal_mode cannot change inside a transaction, so it is set here, not in a migration.
    for (const auto &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                               QStringLiteral("PRAGMA journal_mode = WAL"),
                               QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (auto status = database->exec(pragma); !status)
            return status.error();
    }
    if (auto status = MigrationRunner::run(*database); !status)
        return status.error();
    qCDebug(lcStore) << "opened" << path << "schema" << database->schemaVersion();
    return database;
}

Core::Status Database::verify(const QString &path, const std::atomic_bool *cancel)
{
    return readOnlyCheck(path, false, true, cancel);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Core::Status Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(query, sql.left(60));
    return {};
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace Reqdesk::Store
