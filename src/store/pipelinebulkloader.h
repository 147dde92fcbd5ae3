#pragma once

#include "core/application.h"
#include "core/candidate.h"
#include "core/result.h"
#include "core/stageevent.h"
#include "store/bulktransaction.h"

#include <memory>

namespace Reqdesk::Store {

class Database;

/// Loads many candidates, applications and stage events as server data in one transaction,
/// with statements prepared once on the sqlite3 handle. It writes what
/// CandidateRepository::save and ApplicationRepository::save (the row; any base copy kept for
/// local edits removed, the row is its own base; a candidate's tombstone removed, an
/// application's left, as they do) and
/// ApplicationRepository::addEvent (row) write with WriteOrigin::Sync; the secondary indexes of a
/// table that is empty at begin() are dropped and rebuilt in finish(). Synchronous writes are
/// off and the page cache is enlarged while it runs.
class PipelineBulkLoader final
{
public:
    /// Loads through `database`'s connection; call begin() first.
    explicit PipelineBulkLoader(Database &database);
    /// Rolls back when finish() was not reached.
    ~PipelineBulkLoader();
    PipelineBulkLoader(const PipelineBulkLoader &) = delete;
    PipelineBulkLoader &operator=(const PipelineBulkLoader &) = delete;

    /// Starts the load: pragmas, BEGIN, index drops for the tables that are empty.
    Core::Status begin();
    /// Stores a candidate, dropping its tombstone and base copy (an existing id is replaced, as
    /// a server copy).
    Core::Status addCandidate(const Core::Candidate &candidate);
    /// Stores an application, dropping its base copy (an existing id is replaced, as a server
    /// copy; like ApplicationRepository::save, a tombstone is left alone).
    Core::Status addApplication(const Core::Application &application);
    /// Appends a stage event; an id already stored is skipped (a replay).
    Core::Status addEvent(const Core::StageEvent &event);
    /// Rebuilds the dropped indexes, commits and restores the pragmas.
    Core::Status finish();
    /// Rolls back everything since begin() and restores the pragmas.
    void abort();

    /// Candidates added since begin().
    qint64 candidatesAdded() const { return m_candidates; }
    /// Applications added since begin().
    qint64 applicationsAdded() const { return m_applications; }
    /// Stage events added since begin() (replays included).
    qint64 eventsAdded() const { return m_events; }
    /// The secondary indexes begin() dropped (tables that were empty), rebuilt by finish().
    QStringList deferredIndexes() const { return m_deferred; }

private:
    struct Statements;

    Core::Status forgetSyncState(const QString &entity, const QUuid &id, bool removeTombstone);

    Database &m_database;
    std::unique_ptr<Statements> m_statements;
    BulkTransaction m_transaction;
    bool m_tombstones = false;
    bool m_baseCopies = false;
    QStringList m_deferred;
    qint64 m_candidates = 0;
    qint64 m_applications = 0;
    qint64 m_events = 0;
};

} // namespace Reqdesk::Store
