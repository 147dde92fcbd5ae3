#include "store/migrationrunner.h"

#include "core/logging.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Reqdesk::Store {

using Core::ErrorCode;
using Core::makeError;

Core::Status MigrationRunner::run(Database &database)
{
    const int current = database.schemaVersion();
    if (current < 0)
        return makeError(ErrorCode::MigrationFailed, QStringLiteral("cannot read user_version"));
    if (current > Schema::currentVersion())
        return makeError(
                ErrorCode::SchemaTooNew,
                QStringLiteral("%1 was written by a newer Reqdesk (schema %2, this version "
                               "reads up to %3); update Reqdesk to open it")
                        .arg(database.path())
                        .arg(current)
                        .arg(Schema::currentVersion()));
    for (const Migration &migration : Schema::migrations()) {
        if (migration.version <= current)
            continue;
        qCInfo(lcStoreMigration) << "applying migration" << migration.version << migration.name;
        Transaction tx(database.connection());
        if (auto status = tx.begin(); !status)
            return status;
        for (const QString &statement : migration.statements) {
            QSqlQuery query(database.connection());
            if (!query.exec(statement)) {
                const Core::Error error
                        = sqlError(query, QStringLiteral("migration %1").arg(migration.version));
                return makeError(error.code == ErrorCode::DiskFull ? ErrorCode::DiskFull
                                                                   : ErrorCode::MigrationFailed,
                                 error.detail);
            }
        }
        QSqlQuery record(database.connection());
        record.prepare(QStringLiteral(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!record.exec())
            return sqlError(record, QStringLiteral("record migration %1").arg(migration.version));
        // PRAGMA takes no bound parameters; the value is an int from our own table.
        if (auto status
            = database.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            !status)
            return status;
        if (auto status = tx.commit(); !status)
            return status;
    }
    return {};
}

} // namespace Reqdesk::Store
