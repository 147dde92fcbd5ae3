#pragma once

#include "core/result.h"

#include <QUuid>

#include <functional>

namespace Reqdesk::Core {
class DemoDataGenerator;
}

namespace Reqdesk::Server {

class ServerStorage;

/// Writes Core::DemoDataGenerator's records into a tenant as synced server records, the way
/// pushes would store them (wire-format data, a change-counter version per record, the change
/// log), in transactions of a few thousand records: a demo server or a benchmark gets a large
/// dataset without sending it through the API. Deterministic: the same seed and sizes give the
/// same records (and, on an empty database, the same versions).
class DemoSeeder final
{
public:
    /// What a seed wrote.
    struct Counts
    {
        qint64 requisitions = 0;
        qint64 candidates = 0;
        qint64 applications = 0;
        qint64 stageEvents = 0;
        bool alreadySeeded = false; ///< the first requisition existed: nothing was written
    };

    /// A seeder over `storage` (migrated, one connection, this thread).
    explicit DemoSeeder(ServerStorage &storage);

    /// Requisitions 0..requisitions-1, candidates 0..max(1, applications/3)-1 and applications
    /// 0..applications-1 with their stage histories (the same spread as the client's
    /// DemoDataLoader). Does nothing when the first requisition already exists.
    /// `progress(done)` is called after each committed transaction.
    Core::Result<Counts> seed(const QUuid &tenant,
                              const Core::DemoDataGenerator &generator,
                              qint64 requisitions,
                              qint64 applications,
                              const std::function<void(qint64)> &progress = {});

private:
    ServerStorage &m_storage;
};

} // namespace Reqdesk::Server
