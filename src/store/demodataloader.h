#pragma once

#include "core/result.h"

namespace Reqdesk::Core {
class DemoDataGenerator;
}

namespace Reqdesk::Store {

class Database;

/// Fills a cache with generated demo data as server data (no outbox entries).
class DemoDataLoader final
{
public:
    /// What a load wrote.
    struct Counts
    {
        qint64 requisitions = 0;
        qint64 candidates = 0;
        qint64 applications = 0;
        qint64 stageEvents = 0;
    };

    explicit DemoDataLoader(Database &database);

    /// Loads requisitions 0..requisitions-1 through the BulkLoader, then applications
    /// 0..applications-1 from applications/3 candidates (at least one), each with its stage
    /// history, through the PipelineBulkLoader in one transaction. Each of the two steps is
    /// all or nothing.
    Core::Result<Counts>
    load(const Core::DemoDataGenerator &generator, qint64 requisitions, qint64 applications);

private:
    Database &m_database;
};

} // namespace Reqdesk::Store
