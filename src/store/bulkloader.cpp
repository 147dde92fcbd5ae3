#include "store/bulkloader.h"

#include "store/database.h"
#include "store/requisitionrecord.h"
#include "store/schema.h"
#include "store/sqlerror.h"
#include "store/sqlitestatement.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

QString insertSql(const QString &table, const QStringList &columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

const QStringList kTermColumns = {QStringLiteral("term"), QStringLiteral("requisition_id")};

} // namespace

struct BulkLoader::Statements
{
    // One of the two sets is used, by method.
    SqliteStatement nativeRow, nativeBand, nativeTerm;
    std::optional<QSqlQuery> qtRow, qtBand, qtTerm;
};

BulkLoader::BulkLoader(Database &database, Method method)
    : m_database(database)
    , m_method(method)
    , m_transaction(database)
{}

BulkLoader::~BulkLoader()
{
    abort();
}

Status BulkLoader::begin()
{
    if (auto s = m_transaction.begin(); !s)
        return s;
    m_rows = 0;
    {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM requisitions)")) || !q.next()) {
            const Error e = sqlError(q, QStringLiteral("bulk load"));
            abort();
            return e;
        }
        m_deferred = q.value(0).toInt() == 0;
    }
    if (m_deferred) {
        QStringList drops;
        for (const QString &name : Schema::bulkIndexNames())
            drops << QStringLiteral("DROP INDEX IF EXISTS ") + name;
        for (const QString &name : Schema::ftsTriggerNames())
            drops << QStringLiteral("DROP TRIGGER IF EXISTS ") + name;
        if (auto s = m_transaction.exec(drops); !s) {
            abort();
            return s;
        }
    }
    m_statements = std::make_unique<Statements>();
    const QString rowSql = insertSql(QStringLiteral("requisitions"), RequisitionRecord::columns());
    const QString bandSql
            = insertSql(QStringLiteral("pay_bands"), RequisitionRecord::bandColumns());
    const QString termSql = insertSql(QStringLiteral("location_terms"), kTermColumns);
    if (m_method == Method::SqliteApi) {
        sqlite3 *handle = m_database.handle();
        if (!handle) {
            abort();
            return makeError(ErrorCode::DatabaseOpenFailed, QStringLiteral("no sqlite3 handle"));
        }
        for (auto [stmt, sql] : {std::pair{&m_statements->nativeRow, rowSql},
                                 std::pair{&m_statements->nativeBand, bandSql},
                                 std::pair{&m_statements->nativeTerm, termSql}}) {
            if (auto s = stmt->prepare(handle, sql, QStringLiteral("bulk load")); !s) {
                abort();
                return s;
            }
        }
    } else {
        for (auto [stmt, sql] : {std::pair{&m_statements->qtRow, rowSql},
                                 std::pair{&m_statements->qtBand, bandSql},
                                 std::pair{&m_statements->qtTerm, termSql}}) {
            stmt->emplace(m_database.connection());
            if (!(*stmt)->prepare(sql)) {
                const Error e = sqlError(**stmt, QStringLiteral("prepare bulk insert"));
                abort();
                return e;
            }
        }
    }
    return {};
}

Status BulkLoader::add(const Requisition &r)
{
    if (!m_transaction.active())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bulk load not started"));
    const QVariantList row = RequisitionRecord::rowValues(r);
    const QList<QVariantList> bands = RequisitionRecord::bandRows(r);
    const QStringList terms = RequisitionRecord::locationTerms(r);
    const QString id = row.at(0).toString();
    if (m_method == Method::SqliteApi) {
        if (auto s = m_statements->nativeRow.exec(row); !s)
            return s;
        for (const QVariantList &band : bands) {
            if (auto s = m_statements->nativeBand.exec(band); !s)
                return s;
        }
        for (const QString &term : terms) {
            if (auto s = m_statements->nativeTerm.exec({term, id}); !s)
                return s;
        }
    } else {
        const auto run = [](QSqlQuery &q, const QVariantList &values) -> Status {
            for (int i = 0; i < int(values.size()); ++i)
                q.bindValue(i, values.at(i));
            if (!q.exec())
                return sqlError(q, QStringLiteral("bulk insert"));
            return {};
        };
        if (auto s = run(*m_statements->qtRow, row); !s)
            return s;
        for (const QVariantList &band : bands) {
            if (auto s = run(*m_statements->qtBand, band); !s)
                return s;
        }
        for (const QString &term : terms) {
            if (auto s = run(*m_statements->qtTerm, {term, id}); !s)
                return s;
        }
    }
    ++m_rows;
    return {};
}

Status BulkLoader::addAll(const QList<Requisition> &requisitions)
{
    for (const Requisition &r : requisitions) {
        if (auto s = add(r); !s)
            return s;
    }
    return {};
}

Status BulkLoader::finish()
{
    if (!m_transaction.active())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bulk load not started"));
    m_statements.reset(); // finalize before COMMIT
    QStringList rebuild;
    if (m_deferred) {
        rebuild << Schema::bulkIndexes()
                << QStringLiteral("INSERT INTO requisition_fts(requisition_fts) VALUES ('rebuild')")
                << Schema::ftsTriggers();
    }
    return m_transaction.commit(rebuild);
}

void BulkLoader::abort()
{
    m_statements.reset();
    m_transaction.rollback();
}

} // namespace Reqdesk::Store
