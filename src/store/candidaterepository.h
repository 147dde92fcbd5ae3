#pragma once

#include "core/candidate.h"
#include "core/result.h"
#include "store/requisitionquery.h"
#include "store/writeorigin.h"

#include <QList>

#include <optional>

namespace Reqdesk::Store {

class Database;

/// One page of candidates in name order and the cursor of the next page.
struct CandidatePage
{
    QList<Core::Candidate> rows;
    std::optional<PageCursor> next;
};

/// Candidates: save with outbox for local edits, find, remove, pages by name.
class CandidateRepository final
{
public:
    explicit CandidateRepository(Database &database);

    /// Inserts or updates a candidate; a LocalEdit writes its outbox entry in the same
    /// transaction, a Sync write its base copy.
    Core::Status save(const Core::Candidate &candidate, WriteOrigin origin);
    /// Saves all in one transaction: all or nothing.
    Core::Status saveAll(const QList<Core::Candidate> &candidates, WriteOrigin origin);
    /// The candidate; NotFound when there is none.
    Core::Result<Core::Candidate> find(const QUuid &id) const;
    /// Deletes and leaves a tombstone; a LocalEdit queues the delete. NotFound when absent.
    Core::Status remove(const QUuid &id, WriteOrigin origin);
    /// Candidates whose name starts with `namePrefix` (case-insensitive, empty = all), in name
    /// order with id as tiebreak, after `after`.
    Core::Result<CandidatePage>
    page(const QString &namePrefix, const std::optional<PageCursor> &after, int limit) const;

private:
    Database &m_database;
};

} // namespace Reqdesk::Store
