#pragma once

#include "core/application.h"
#include "core/candidate.h"
#include "core/requisition.h"
#include "core/stageevent.h"

#include <QList>

namespace Reqdesk::Core {

/// Deterministic, realistic demo data: the same seed and index always give the same record,
/// on every platform, so benchmarks, tests and the demo server agree without shipping data.
/// Records are random-access by index (no hidden sequence state).
class DemoDataGenerator final
{
public:
    explicit DemoDataGenerator(quint64 seed);

    /// Requisition number `index`: title, org, level IC1–IC7, locations, four pay bands
    /// (two levels × national and high-cost zone, in the location's currency) and posting text.
    Requisition requisition(qint64 index) const;
    /// Candidate number `index` with made-up contact details under example.com.
    Candidate candidate(qint64 index) const;
    /// Application number `index` of a candidate to a requisition, at a stage drawn from a
    /// realistic funnel.
    Application
    application(qint64 index, const QUuid &candidateId, const QUuid &requisitionId) const;
    /// The stage history that leads to the application's current stage, oldest first.
    QList<StageEvent> history(const Application &application) const;

    /// The id requisition(index) has, without generating the record.
    QUuid requisitionId(qint64 index) const;
    /// The id candidate(index) has, without generating the record.
    QUuid candidateId(qint64 index) const;

    /// A deterministic UUID (version 4 layout) for stream `kind` and `index`.
    QUuid uuid(quint32 kind, qint64 index) const;

private:
    quint64 m_seed;
};

} // namespace Reqdesk::Core
