#include "store/pipelinebulkloader.h"

#include "core/wire/wirecodec.h"
#include "store/database.h"
#include "store/recordjson.h"
#include "store/requisitionrecord.h"
#include "store/schema.h"
#include "store/sqlerror.h"
#include "store/sqlitestatement.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

// The page cache while loading: the id primary keys and base_copies are keyed by random
// UUIDs, so every insert lands on a random page; a big cache keeps those B-trees in memory
// for longer instead of writing and rereading them from the file.
constexpr qint64 kLoadCacheKiB = 1024 * 1024;

const QString kCandidate = QStringLiteral("candidate");
const QString kApplication = QStringLiteral("application");

// The same statements as the repositories, so a load into a non-empty cache behaves alike.
const QString kCandidateSql = QStringLiteral(
        "INSERT INTO candidates(id, name, emails, phones, links, source, tags, created_at,"
        " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET name = excluded.name, emails = excluded.emails,"
        " phones = excluded.phones, links = excluded.links, source = excluded.source,"
        " tags = excluded.tags, created_at = excluded.created_at,"
        " updated_at = excluded.updated_at, version = excluded.version");
const QString kApplicationSql = QStringLiteral(
        "INSERT INTO applications(id, candidate_id, requisition_id, stage, exit_reason,"
        " expected_salary_minor, expected_salary_currency, expected_salary_period,"
        " offer_minor, offer_currency, offer_period, applied_at, stage_changed_at,"
        " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET candidate_id = excluded.candidate_id,"
        " requisition_id = excluded.requisition_id, stage = excluded.stage,"
        " exit_reason = excluded.exit_reason,"
        " expected_salary_minor = excluded.expected_salary_minor,"
        " expected_salary_currency = excluded.expected_salary_currency,"
        " expected_salary_period = excluded.expected_salary_period,"
        " offer_minor = excluded.offer_minor, offer_currency = excluded.offer_currency,"
        " offer_period = excluded.offer_period, applied_at = excluded.applied_at,"
        " stage_changed_at = excluded.stage_changed_at, updated_at = excluded.updated_at,"
        " version = excluded.version");
const QString kEventSql = QStringLiteral(
        "INSERT INTO stage_events(id, application_id, from_stage, to_stage, at, by_user,"
        " reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
// A pulled record's row is its own base (docs/sync-engine.md, lazy base copies): any copy kept
// for earlier local edits goes, as the repositories' server writes do.
const QString kForgetBaseCopySql
        = QStringLiteral("DELETE FROM base_copies WHERE entity = ? AND entity_id = ?");
const QString kTombstoneSql
        = QStringLiteral("DELETE FROM tombstones WHERE entity = ? AND entity_id = ?");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(RecordJson::timeText(t)) : QVariant();
}

void appendMoney(QVariantList &values, const std::optional<Money> &m)
{
    values << (m ? QVariant(m->minor) : QVariant());
    values << (m ? QVariant(RequisitionRecord::text(m->currency)) : QVariant());
    values << (m ? QVariant(periodName(m->period)) : QVariant());
}

} // namespace

struct PipelineBulkLoader::Statements
{
    SqliteStatement candidate, application, event, forgetBaseCopy, tombstone;
};

PipelineBulkLoader::PipelineBulkLoader(Database &database)
    : m_database(database)
    , m_transaction(database, kLoadCacheKiB)
{}

PipelineBulkLoader::~PipelineBulkLoader()
{
    abort();
}

Status PipelineBulkLoader::begin()
{
    if (auto s = m_transaction.begin(); !s)
        return s;
    m_candidates = m_applications = m_events = 0;
    m_deferred.clear();

    const auto isEmpty = [this](const QString &table) -> Result<bool> {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)) || !q.next())
            return sqlError(q, QStringLiteral("pipeline bulk load"));
        return q.value(0).toInt() == 0;
    };
    // Each index belongs to the table its name starts with.
    const QStringList tables = {QStringLiteral("candidates"),
                                QStringLiteral("applications"),
                                QStringLiteral("stage_events")};
    QStringList drops;
    for (const QString &table : tables) {
        auto empty = isEmpty(table);
        if (!empty) {
            abort();
            return empty.error();
        }
        if (!*empty)
            continue;
        for (const QString &name : Schema::pipelineIndexNames()) {
            if (name.startsWith(table + u'_')) {
                m_deferred << name;
                drops << QStringLiteral("DROP INDEX IF EXISTS ") + name;
            }
        }
    }
    auto noTombstones = isEmpty(QStringLiteral("tombstones"));
    if (!noTombstones) {
        abort();
        return noTombstones.error();
    }
    m_tombstones = !*noTombstones;
    auto noBaseCopies = isEmpty(QStringLiteral("base_copies"));
    if (!noBaseCopies) {
        abort();
        return noBaseCopies.error();
    }
    m_baseCopies = !*noBaseCopies;
    if (auto s = m_transaction.exec(drops); !s) {
        abort();
        return s;
    }

    sqlite3 *handle = m_database.handle();
    if (!handle) {
        abort();
        return makeError(ErrorCode::DatabaseOpenFailed, QStringLiteral("no sqlite3 handle"));
    }
    m_statements = std::make_unique<Statements>();
    for (auto [stmt, sql] : {std::pair{&m_statements->candidate, kCandidateSql},
                             std::pair{&m_statements->application, kApplicationSql},
                             std::pair{&m_statements->event, kEventSql},
                             std::pair{&m_statements->forgetBaseCopy, kForgetBaseCopySql},
                             std::pair{&m_statements->tombstone, kTombstoneSql}}) {
        if (auto s = stmt->prepare(handle, sql, QStringLiteral("bulk load")); !s) {
            abort();
            return s;
        }
    }
    return {};
}

Status
PipelineBulkLoader::forgetSyncState(const QString &entity, const QUuid &id, bool removeTombstone)
{
    const QString idValue = idText(id);
    // Tombstones and base copies can only be there when their tables had some at begin().
    if (removeTombstone && m_tombstones) {
        if (auto s = m_statements->tombstone.exec({entity, idValue}); !s)
            return s;
    }
    if (m_baseCopies)
        return m_statements->forgetBaseCopy.exec({entity, idValue});
    return {};
}

Status PipelineBulkLoader::addCandidate(const Candidate &c)
{
    if (!m_transaction.active())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bulk load not started"));
    if (c.id.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a candidate needs an id"));
    if (auto s
        = m_statements->candidate.exec({idText(c.id),
                                        RequisitionRecord::text(c.name),
                                        RecordJson::stringListToText(c.emails),
                                        RecordJson::stringListToText(c.phones),
                                        RecordJson::stringListToText(c.links),
                                        RequisitionRecord::text(c.source),
                                        RecordJson::stringListToText(c.tags),
                                        timeOrNull(c.createdAt),
                                        RequisitionRecord::text(RecordJson::timeText(c.updatedAt)),
                                        c.version});
        !s)
        return s;
    if (auto s = forgetSyncState(kCandidate, c.id, true); !s)
        return s;
    ++m_candidates;
    return {};
}

Status PipelineBulkLoader::addApplication(const Application &a)
{
    if (!m_transaction.active())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bulk load not started"));
    QVariantList values{idText(a.id),
                        idText(a.candidateId),
                        idText(a.requisitionId),
                        stageName(a.stage),
                        RequisitionRecord::text(a.exitReason)};
    appendMoney(values, a.expectedSalary);
    appendMoney(values, a.offer);
    values << RequisitionRecord::text(RecordJson::timeText(a.appliedAt))
           << timeOrNull(a.stageChangedAt)
           << RequisitionRecord::text(RecordJson::timeText(a.updatedAt)) << a.version;
    if (auto s = m_statements->application.exec(values); !s)
        return s;
    if (auto s = forgetSyncState(kApplication, a.id, false); !s)
        return s;
    ++m_applications;
    return {};
}

Status PipelineBulkLoader::addEvent(const StageEvent &e)
{
    if (!m_transaction.active())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bulk load not started"));
    if (auto s = m_statements->event.exec({idText(e.id),
                                           idText(e.applicationId),
                                           e.from ? QVariant(stageName(*e.from)) : QVariant(),
                                           stageName(e.to),
                                           RequisitionRecord::text(RecordJson::timeText(e.at)),
                                           RequisitionRecord::text(e.by),
                                           RequisitionRecord::text(e.reason),
                                           e.version});
        !s)
        return s;
    ++m_events;
    return {};
}

Status PipelineBulkLoader::finish()
{
    if (!m_transaction.active())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bulk load not started"));
    m_statements.reset(); // finalize before COMMIT
    QStringList rebuild;
    const QStringList names = Schema::pipelineIndexNames();
    const QStringList creates = Schema::pipelineIndexes();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (m_deferred.contains(names.at(i)))
            rebuild << creates.at(i);
    }
    return m_transaction.commit(rebuild);
}

void PipelineBulkLoader::abort()
{
    m_statements.reset();
    m_transaction.rollback();
}

} // namespace Reqdesk::Store
