#include "server/demoseeder.h"

#include "core/demodatagenerator.h"
#include "core/wire/wirecodec.h"
#include "server/serverstorage.h"

#include <QJsonObject>

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;
using Core::Result;
using Core::Status;
using Core::WireCodec;

namespace {

/// Records per transaction: large enough to amortise the commit, small enough that the WAL of
/// a million-row seed stays a few megabytes.
constexpr qint64 kChunk = 2000;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

DemoSeeder::DemoSeeder(ServerStorage &storage)
    : m_storage(storage)
{}

Result<DemoSeeder::Counts> DemoSeeder::seed(const QUuid &tenant,
                                            const Core::DemoDataGenerator &generator,
                                            qint64 requisitions,
                                            qint64 applications,
                                            const std::function<void(qint64)> &progress)
{
    Counts counts;
    if (requisitions < 0 || applications < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("sizes must be positive"));
    if (applications > 0 && requisitions <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("applications need at least one requisition"));
    if (requisitions > 0) {
        auto existing = m_storage.findRecord(
                tenant, QStringLiteral("requisition"), generator.requisitionId(0));
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            counts.alreadySeeded = true;
            return counts;
        }
    }

    // One record as a push would store it: canonical wire JSON with its version, the
    // parent references the authorisation lookups use, an empty "prior" in the change log.
    const auto write = [&](const QString &entity,
                           const QUuid &id,
                           QJsonObject data,
                           const QString &ref1,
                           const QString &ref2) -> Status {
        auto seq = m_storage.takeChangeSeq(tenant);
        if (!seq)
            return seq.error();
        SyncRecord record;
        record.entity = entity;
        record.id = id;
        record.version = *seq;
        record.createdVersion = *seq;
        data.insert(QStringLiteral("version"), double(*seq));
        record.data = std::move(data);
        record.ref1 = ref1;
        record.ref2 = ref2;
        return m_storage.saveRecord(tenant, record, {});
    };
    qint64 done = 0;
    const auto inChunks = [&](qint64 total, const std::function<Status(qint64)> &one) -> Status {
        for (qint64 start = 0; start < total; start += kChunk) {
            const qint64 end = std::min(total, start + kChunk);
            const Status status = m_storage.transaction([&]() -> Status {
                for (qint64 i = start; i < end; ++i) {
                    if (const Status s = one(i); !s)
                        return s;
                }
                return {};
            });
            if (!status)
                return status;
            done += end - start;
            if (progress)
                progress(done);
        }
        return {};
    };

    if (const Status s = inChunks(requisitions,
                                  [&](qint64 i) {
                                      const Core::Requisition r = generator.requisition(i);
                                      return write(QStringLiteral("requisition"),
                                                   r.id,
                                                   WireCodec::toJson(r),
                                                   QString(),
                                                   QString());
                                  });
        !s)
        return s.error();
    counts.requisitions = requisitions;
    if (applications <= 0)
        return counts;

    const qint64 candidates = std::max<qint64>(1, applications / 3);
    if (const Status s = inChunks(candidates,
                                  [&](qint64 i) {
                                      const Core::Candidate c = generator.candidate(i);
                                      return write(QStringLiteral("candidate"),
                                                   c.id,
                                                   WireCodec::toJson(c),
                                                   QString(),
                                                   QString());
                                  });
        !s)
        return s.error();
    counts.candidates = candidates;

    // The same spread as Store::DemoDataLoader, so a seeded server and a generated cache hold
    // the same pipeline.
    if (const Status s
        = inChunks(applications,
                   [&](qint64 i) -> Status {
                       const qint64 requisitionIndex = (i * 7919) % requisitions;
                       const Core::Application application
                               = generator.application(i,
                                                       generator.candidateId(i % candidates),
                                                       generator.requisitionId(requisitionIndex));
                       if (const Status s = write(QStringLiteral("application"),
                                                  application.id,
                                                  WireCodec::toJson(application),
                                                  idText(application.requisitionId),
                                                  idText(application.candidateId));
                           !s)
                           return s;
                       for (const Core::StageEvent &event : generator.history(application)) {
                           if (const Status s = write(QStringLiteral("stage_event"),
                                                      event.id,
                                                      WireCodec::toJson(event),
                                                      idText(event.applicationId),
                                                      QString());
                               !s)
                               return s;
                           ++counts.stageEvents;
                       }
                       return {};
                   });
        !s)
        return s.error();
    counts.applications = applications;
    return counts;
}

} // namespace Reqdesk::Server
