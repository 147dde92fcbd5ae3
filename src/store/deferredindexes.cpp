#include "store/deferredindexes.h"

#include "store/schema.h"
#include "store/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace Reqdesk::Store {

using Core::ErrorCode;
using Core::makeError;

namespace {

const QStringList kTables = {QStringLiteral("requisitions"),
                             QStringLiteral("pay_bands"),
                             QStringLiteral("location_terms"),
                             QStringLiteral("candidates"),
                             QStringLiteral("applications"),
                             QStringLiteral("stage_events"),
                             QStringLiteral("notes")};

Core::Status exec(QSqlDatabase db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q, what);
    return {};
}

/// SQL text of a fixed list of names: they come from this file and Schema, never from data.
QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << u'\'' + name + u'\'';
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QStringList DeferredIndexes::tables()
{
    return kTables;
}

Core::Result<bool> DeferredIndexes::tablesEmpty(QSqlDatabase db)
{
    QStringList any;
    for (const QString &table : kTables)
        any << QStringLiteral("EXISTS (SELECT 1 FROM %1)").arg(table);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT ") + any.join(QStringLiteral(" OR "))) || !q.next())
        return sqlError(q, QStringLiteral("look for rows"));
    return q.value(0).toInt() == 0;
}

Core::Result<QString> DeferredIndexes::drop(QSqlDatabase db)
{
    // Automatic indexes (UNIQUE, PRIMARY KEY) have no SQL text and stay: lookups by id and the
    // foreign keys need them.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                               " AND ((type = 'index' AND tbl_name IN (%1))"
                               " OR (type = 'trigger' AND name IN (%2)))"
                               " ORDER BY type, name")
                        .arg(quotedList(kTables), quotedList(Schema::ftsTriggerNames()))))
        return sqlError(q, QStringLiteral("list indexes"));
    QJsonArray saved;
    while (q.next()) {
        saved.append(QJsonObject{{QStringLiteral("type"), q.value(0).toString()},
                                 {QStringLiteral("name"), q.value(1).toString()},
                                 {QStringLiteral("sql"), q.value(2).toString()}});
    }
    q.finish();
    for (const QJsonValue &value : std::as_const(saved)) {
        const QJsonObject item = value.toObject();
        const QString type = item.value(QStringLiteral("type")).toString();
        // The names were just read from sqlite_master; quoted as identifiers all the same.
        if (auto s = exec(db,
                          QStringLiteral("DROP %1 IF EXISTS \"%2\"")
                                  .arg(type == QLatin1String("index") ? QStringLiteral("INDEX")
                                                                      : QStringLiteral("TRIGGER"),
                                       item.value(QStringLiteral("name")).toString()),
                          QStringLiteral("drop index"));
            !s)
            return s.error();
    }
    return QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact));
}

Core::Result<bool> DeferredIndexes::searchIndexDeferred(QSqlDatabase db)
{
    const QStringList names = Schema::ftsTriggerNames();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND "
                               "name IN (%1)")
                        .arg(quotedList(names)))
        || !q.next())
        return sqlError(q, QStringLiteral("look for the search triggers"));
    return q.value(0).toInt() < names.size();
}

Core::Status DeferredIndexes::restore(QSqlDatabase db, const QString &saved)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(saved.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("unreadable list of deferred indexes"));
    const auto exists = [&](const QString &type, const QString &name) -> Core::Result<bool> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?"));
        q.addBindValue(type);
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(q, QStringLiteral("look for an index"));
        return q.next();
    };
    const QJsonArray items = doc.array();
    const auto create = [&](const QString &type) -> Core::Status {
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("type")).toString() != type)
                continue;
            auto found = exists(type, item.value(QStringLiteral("name")).toString());
            if (!found)
                return found.error();
            if (*found)
                continue;
            if (auto s = exec(db,
                              item.value(QStringLiteral("sql")).toString(),
                              QStringLiteral("create index"));
                !s)
                return s;
        }
        return {};
    };
    // Indexes first (each built once from its table), then the FTS index from the table, then
    // its triggers, so no row is indexed twice.
    if (auto s = create(QStringLiteral("index")); !s)
        return s;
    const bool fts = std::any_of(items.begin(), items.end(), [](const QJsonValue &value) {
        return value.toObject().value(QStringLiteral("type")).toString()
               == QLatin1String("trigger");
    });
    if (fts) {
        if (auto s = exec(db,
                          QStringLiteral("INSERT INTO requisition_fts(requisition_fts)"
                                         " VALUES ('rebuild')"),
                          QStringLiteral("rebuild the full-text index"));
            !s)
            return s;
    }
    if (auto s = create(QStringLiteral("trigger")); !s)
        return s;
    return {};
}

} // namespace Reqdesk::Store
