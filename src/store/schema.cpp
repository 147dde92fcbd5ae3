#include "store/schema.h"

namespace Reqdesk::Store {

namespace {

const QString kCandidatesNameIndex
        = QStringLiteral("CREATE INDEX candidates_name ON candidates(name COLLATE NOCASE, id)");
const QString kApplicationsRequisitionIndex = QStringLiteral(
        "CREATE INDEX applications_requisition ON applications(requisition_id, applied_at, id)");
const QString kApplicationsCandidateIndex
        = QStringLiteral("CREATE INDEX applications_candidate ON applications(candidate_id)");
const QString kStageEventsApplicationIndex = QStringLiteral(
        "CREATE INDEX stage_events_application ON stage_events(application_id, at, id)");
// Migration 2's index, listed here too because the pipeline bulk loader rebuilds it.
const QString kApplicationsAppliedIndex
        = QStringLiteral("CREATE INDEX applications_applied ON applications(applied_at, id)");

// Why these shapes (see docs/store.md):
// - requisitions has an INTEGER PRIMARY KEY `rid` besides the UUID `id` because the external
//   content FTS table is keyed by it and an implicit rowid may be renumbered by VACUUM.
// - locations and sections are JSON columns for round trips; what filters need is derived into
//   indexed columns (first_location, pay_min/pay_max) and the location_terms table.
// - pay_bands and location_terms are owned rows (foreign keys, cascade). References between
//   entities (application → candidate) are indexed but not enforced: sync may deliver a child
//   before its parent (SYNC.md scenario 17) and the cache must still store it.
const QStringList kTablesV1 = {
        QStringLiteral("CREATE TABLE schema_migrations ("
                       " version INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " applied_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE requisitions ("
                       " rid INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " company TEXT NOT NULL DEFAULT '',"
                       " org TEXT NOT NULL DEFAULT '',"
                       " team TEXT NOT NULL DEFAULT '',"
                       " level TEXT NOT NULL DEFAULT '',"
                       " locations TEXT NOT NULL DEFAULT '[]',"
                       " first_location TEXT NOT NULL DEFAULT '',"
                       " locations_text TEXT NOT NULL DEFAULT '',"
                       " employment_type TEXT NOT NULL DEFAULT '',"
                       " workplace_type TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'draft',"
                       " status_reason TEXT NOT NULL DEFAULT '',"
                       " headcount INTEGER NOT NULL DEFAULT 1,"
                       " openings INTEGER NOT NULL DEFAULT 1,"
                       " hiring_manager TEXT NOT NULL DEFAULT '',"
                       " recruiter TEXT NOT NULL DEFAULT '',"
                       " coordinator TEXT NOT NULL DEFAULT '',"
                       " sections TEXT NOT NULL DEFAULT '{}',"
                       " body_text TEXT NOT NULL DEFAULT '',"
                       " external_id TEXT NOT NULL DEFAULT '',"
                       " source_url TEXT NOT NULL DEFAULT '',"
                       " employer_size INTEGER,"
                       " posted_on TEXT,"
                       " closes_on TEXT,"
                       " created_at TEXT,"
                       " updated_at TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 0,"
                       " pay_min INTEGER NOT NULL DEFAULT 0,"
                       " pay_max INTEGER NOT NULL DEFAULT 0,"
                       " pay_currency TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE pay_bands ("
                       " requisition_id TEXT NOT NULL REFERENCES requisitions(id)"
                       "  ON DELETE CASCADE ON UPDATE CASCADE,"
                       " ord INTEGER NOT NULL,"
                       " id TEXT,"
                       " job_family TEXT NOT NULL DEFAULT '',"
                       " level TEXT NOT NULL DEFAULT '',"
                       " location TEXT NOT NULL DEFAULT '',"
                       " currency TEXT NOT NULL,"
                       " period TEXT NOT NULL,"
                       " min_minor INTEGER NOT NULL,"
                       " max_minor INTEGER NOT NULL,"
                       " mid_minor INTEGER,"
                       " min_year INTEGER NOT NULL,"
                       " max_year INTEGER NOT NULL,"
                       " source_text TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (requisition_id, ord)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE location_terms ("
                       " term TEXT NOT NULL,"
                       " requisition_id TEXT NOT NULL REFERENCES requisitions(id)"
                       "  ON DELETE CASCADE ON UPDATE CASCADE,"
                       " PRIMARY KEY (term, requisition_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE VIRTUAL TABLE requisition_fts USING fts5("
                       "title, org, locations_text, body_text,"
                       " content='requisitions', content_rowid='rid',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TABLE candidates ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " emails TEXT NOT NULL DEFAULT '[]',"
                       " phones TEXT NOT NULL DEFAULT '[]',"
                       " links TEXT NOT NULL DEFAULT '[]',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " tags TEXT NOT NULL DEFAULT '[]',"
                       " created_at TEXT,"
                       " updated_at TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 0)"),
        kCandidatesNameIndex,
        QStringLiteral("CREATE TABLE applications ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " candidate_id TEXT NOT NULL,"
                       " requisition_id TEXT NOT NULL,"
                       " stage TEXT NOT NULL,"
                       " exit_reason TEXT NOT NULL DEFAULT '',"
                       " expected_salary_minor INTEGER,"
                       " expected_salary_currency TEXT,"
                       " expected_salary_period TEXT,"
                       " offer_minor INTEGER,"
                       " offer_currency TEXT,"
                       " offer_period TEXT,"
                       " applied_at TEXT NOT NULL DEFAULT '',"
                       " stage_changed_at TEXT,"
                       " updated_at TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 0)"),
        kApplicationsRequisitionIndex,
        kApplicationsCandidateIndex,
        QStringLiteral("CREATE TABLE stage_events ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " application_id TEXT NOT NULL,"
                       " from_stage TEXT,"
                       " to_stage TEXT NOT NULL,"
                       " at TEXT NOT NULL DEFAULT '',"
                       " by_user TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 0)"),
        kStageEventsApplicationIndex,
        // Append-only: only the server version may change after insert (set when it syncs).
        QStringLiteral(
                "CREATE TRIGGER stage_events_append_only BEFORE UPDATE OF"
                " id, application_id, from_stage, to_stage, at, by_user, reason"
                " ON stage_events BEGIN SELECT RAISE(ABORT, 'stage_events is append-only'); END"),
        QStringLiteral("CREATE TABLE notes ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " application_id TEXT NOT NULL,"
                       " author TEXT NOT NULL DEFAULT '',"
                       " at TEXT NOT NULL DEFAULT '',"
                       " text TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX notes_application ON notes(application_id, at, id)"),
        QStringLiteral("CREATE TRIGGER notes_append_only BEFORE UPDATE OF"
                       " id, application_id, author, at, text"
                       " ON notes BEGIN SELECT RAISE(ABORT, 'notes is append-only'); END"),
        QStringLiteral("CREATE TABLE outbox ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " mutation_id TEXT NOT NULL UNIQUE,"
                       " entity TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL,"
                       " op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),"
                       " changes TEXT NOT NULL DEFAULT '{}',"
                       " base_version INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " set_aside INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX outbox_pending ON outbox(set_aside, seq)"),
        QStringLiteral("CREATE INDEX outbox_entity ON outbox(entity, entity_id)"),
        QStringLiteral("CREATE TABLE base_copies ("
                       " entity TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " data TEXT NOT NULL,"
                       " PRIMARY KEY (entity, entity_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE tombstones ("
                       " entity TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 0,"
                       " deleted_at TEXT NOT NULL,"
                       " PRIMARY KEY (entity, entity_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sync_state ("
                       " key TEXT PRIMARY KEY NOT NULL,"
                       " value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE conflicts ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " base_value TEXT,"
                       " local_value TEXT,"
                       " server_value TEXT,"
                       " created_at TEXT NOT NULL,"
                       " resolved INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX conflicts_open ON conflicts(resolved, entity, entity_id)"),
};

const QStringList kBulkIndexNames = {
        QStringLiteral("requisitions_title"),
        QStringLiteral("requisitions_company"),
        QStringLiteral("requisitions_org"),
        QStringLiteral("requisitions_level"),
        QStringLiteral("requisitions_status"),
        QStringLiteral("requisitions_updated"),
        QStringLiteral("requisitions_pay_min"),
        QStringLiteral("requisitions_pay_max"),
        QStringLiteral("requisitions_hiring_manager"),
        QStringLiteral("location_terms_requisition"),
};

const QStringList kBulkIndexes = {
        QStringLiteral("CREATE INDEX requisitions_title ON requisitions(title COLLATE NOCASE, id)"),
        QStringLiteral(
                "CREATE INDEX requisitions_company ON requisitions(company COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX requisitions_org ON requisitions(org COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX requisitions_level ON requisitions(level COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX requisitions_status ON requisitions(status, id)"),
        QStringLiteral("CREATE INDEX requisitions_updated ON requisitions(updated_at, id)"),
        QStringLiteral("CREATE INDEX requisitions_pay_min ON requisitions(pay_min, id)"),
        QStringLiteral("CREATE INDEX requisitions_pay_max ON requisitions(pay_max, id)"),
        QStringLiteral("CREATE INDEX requisitions_hiring_manager"
                       " ON requisitions(hiring_manager COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX location_terms_requisition ON location_terms(requisition_id)"),
};

const QStringList kFtsTriggerNames = {
        QStringLiteral("requisitions_fts_insert"),
        QStringLiteral("requisitions_fts_delete"),
        QStringLiteral("requisitions_fts_update"),
};

const QStringList kFtsTriggers = {
        QStringLiteral("CREATE TRIGGER requisitions_fts_insert AFTER INSERT ON requisitions BEGIN"
                       " INSERT INTO requisition_fts(rowid, title, org, locations_text, body_text)"
                       " VALUES (new.rid, new.title, new.org, new.locations_text, new.body_text);"
                       " END"),
        QStringLiteral("CREATE TRIGGER requisitions_fts_delete AFTER DELETE ON requisitions BEGIN"
                       " INSERT INTO requisition_fts(requisition_fts, rowid, title, org,"
                       " locations_text, body_text) VALUES ('delete', old.rid, old.title, old.org,"
                       " old.locations_text, old.body_text);"
                       " END"),
        QStringLiteral("CREATE TRIGGER requisitions_fts_update AFTER UPDATE OF"
                       " title, org, locations_text, body_text ON requisitions BEGIN"
                       " INSERT INTO requisition_fts(requisition_fts, rowid, title, org,"
                       " locations_text, body_text) VALUES ('delete', old.rid, old.title, old.org,"
                       " old.locations_text, old.body_text);"
                       " INSERT INTO requisition_fts(rowid, title, org, locations_text, body_text)"
                       " VALUES (new.rid, new.title, new.org, new.locations_text, new.body_text);"
                       " END"),
};

const QStringList kPipelineIndexNames = {
        QStringLiteral("candidates_name"),
        QStringLiteral("applications_requisition"),
        QStringLiteral("applications_candidate"),
        QStringLiteral("applications_applied"),
        QStringLiteral("stage_events_application"),
};

QList<Migration> buildMigrations()
{
    Migration v1;
    v1.version = 1;
    v1.name = QStringLiteral("initial schema");
    v1.statements = kTablesV1 + kBulkIndexes + kFtsTriggers;
    v1.statements << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId);
    // The applications pane lists all applications in applied order, page by page (keyset on
    // applied_at, id): without this index every page scanned, joined and sorted the whole table
    // (seconds a page at a million applications; P6, P7 in docs/performance.md).
    Migration v2;
    v2.version = 2;
    v2.name = QStringLiteral("applications in applied order");
    v2.statements << kApplicationsAppliedIndex;
    // The Sync & conflicts pane's log of recent rounds, kept between sessions (the newest 200;
    // SyncLogRepository trims it). Counts and record keys only: no values, no credentials.
    Migration v3;
    v3.version = 3;
    v3.name = QStringLiteral("sync log");
    v3.statements << QStringLiteral("CREATE TABLE sync_log ("
                                    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                    " at TEXT NOT NULL,"
                                    " failed INTEGER NOT NULL DEFAULT 0,"
                                    " pushed INTEGER NOT NULL DEFAULT 0,"
                                    " pulled INTEGER NOT NULL DEFAULT 0,"
                                    " conflicts INTEGER NOT NULL DEFAULT 0,"
                                    " set_aside INTEGER NOT NULL DEFAULT 0,"
                                    " reset INTEGER NOT NULL DEFAULT 0,"
                                    " kept_local TEXT NOT NULL DEFAULT '[]',"
                                    " checksum_mismatch TEXT NOT NULL DEFAULT '[]',"
                                    " code INTEGER NOT NULL DEFAULT 0,"
                                    " detail TEXT NOT NULL DEFAULT '',"
                                    " will_retry INTEGER NOT NULL DEFAULT 0)");
    return {v1, v2, v3};
}

} // namespace

int Schema::currentVersion()
{
    return migrations().constLast().version;
}

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

QStringList Schema::bulkIndexes()
{
    return kBulkIndexes;
}

QStringList Schema::bulkIndexNames()
{
    return kBulkIndexNames;
}

QStringList Schema::pipelineIndexes()
{
    return {kCandidatesNameIndex,
            kApplicationsRequisitionIndex,
            kApplicationsCandidateIndex,
            kApplicationsAppliedIndex,
            kStageEventsApplicationIndex};
}

QStringList Schema::pipelineIndexNames()
{
    return kPipelineIndexNames;
}

QStringList Schema::ftsTriggers()
{
    return kFtsTriggers;
}

QStringList Schema::ftsTriggerNames()
{
    return kFtsTriggerNames;
}

} // namespace Reqdesk::Store
