#include "store/demodataloader.h"

#include "core/demodatagenerator.h"
#include "store/bulkloader.h"
#include "store/database.h"
#include "store/pipelinebulkloader.h"

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

DemoDataLoader::DemoDataLoader(Database &database)
    : m_database(database)
{}

Result<DemoDataLoader::Counts>
DemoDataLoader::load(const DemoDataGenerator &generator, qint64 requisitions, qint64 applications)
{
    Counts counts;
    if (applications > 0 && requisitions <= 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("applications need at least one requisition"));
    }

    BulkLoader bulk(m_database);
    if (auto s = bulk.begin(); !s)
        return s.error();
    for (qint64 i = 0; i < requisitions; ++i) {
        if (auto s = bulk.add(generator.requisition(i)); !s) {
            bulk.abort();
            return s.error();
        }
    }
    if (auto s = bulk.finish(); !s)
        return s.error();
    counts.requisitions = requisitions;
    if (applications <= 0)
        return counts;

    const qint64 candidates = qMax<qint64>(1, applications / 3);
    PipelineBulkLoader pipeline(m_database);
    if (auto s = pipeline.begin(); !s)
        return s.error();
    for (qint64 c = 0; c < candidates; ++c) {
        if (auto s = pipeline.addCandidate(generator.candidate(c)); !s)
            return s.error();
    }
    for (qint64 i = 0; i < applications; ++i) {
        // Spread applications over requisitions and candidates without clustering.
        const qint64 requisitionIndex = (i * 7919) % requisitions;
        const Application application
                = generator.application(i,
                                        generator.candidateId(i % candidates),
                                        generator.requisitionId(requisitionIndex));
        if (auto s = pipeline.addApplication(application); !s)
            return s.error();
        for (const StageEvent &event : generator.history(application)) {
            if (auto s = pipeline.addEvent(event); !s)
                return s.error();
            ++counts.stageEvents;
        }
    }
    if (auto s = pipeline.finish(); !s)
        return s.error();
    counts.candidates = candidates;
    counts.applications = applications;
    return counts;
}

} // namespace Reqdesk::Store
