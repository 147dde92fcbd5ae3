#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

struct sqlite3;

namespace Reqdesk::Store {

/// One Reqdesk cache file and the one named QSqlDatabase connection that uses it.
/// Used on the thread that opened it only. Opening never modifies a file it refuses.
class Database final
{
public:
    /// How much checking an existing file gets before it is opened for writing.
    enum class Check {
        Header,     ///< magic, application id, schema version, size (instant)
        QuickCheck, ///< Header plus PRAGMA quick_check (reads the whole file)
    };

    /// Options for open().
    struct OpenOptions
    {
        bool create = true; ///< create the file when it does not exist
        Check check = Check::QuickCheck;
    };

    /// Opens or creates the cache at `path`, checks it and migrates it to the current schema.
    /// Errors: DatabaseNotReqdesk (not SQLite, or a foreign application id), DatabaseCorrupt
    /// (truncated, quick_check fails), SchemaTooNew, DatabaseOpenFailed, MigrationFailed.
    static Core::Result<std::unique_ptr<Database>> open(const QString &path, OpenOptions options);
    /// open() with default options.
    static Core::Result<std::unique_ptr<Database>> open(const QString &path);
    /// PRAGMA quick_check of the file at `path` on a read-only connection of its own, so it
    /// may run on any thread beside an open Database (WAL readers see a snapshot). Errors:
    /// DatabaseCorrupt. Stops early, reporting nothing, once `*cancel` is true.
    static Core::Status verify(const QString &path, const std::atomic_bool *cancel = nullptr);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The connection; valid while this object lives.
    QSqlDatabase connection() const;
    /// The file path given to open().
    QString path() const { return m_path; }
    /// The connection's name in QSqlDatabase's registry.
    QString connectionName() const { return m_connectionName; }
    /// PRAGMA user_version as read after migrations.
    int schemaVersion() const;

    /// Runs one constant statement (pragma, DDL); never pass values in it.
    Core::Status exec(const QString &sql);
    /// The raw sqlite3 handle of the connection (same library as Qt's driver), for bulk paths.
    sqlite3 *handle() const;

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace Reqdesk::Store
