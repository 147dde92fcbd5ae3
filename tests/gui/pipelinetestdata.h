#pragma once

// A small pipeline written straight into a cache file before any window opens: two
// requisitions, and applications at chosen stages (as server data: no outbox, no history).

#include "core/demodatagenerator.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QDateTime>
#include <QTimeZone>

namespace Reqdesk::Gui::TestSupport {

/// What seedPipeline() wrote.
struct Pipeline
{
    QList<Core::Requisition> requisitions;
    QList<Core::Candidate> candidates;
    QList<Core::Application> applications; ///< in applied order
};

/// Writes requisitions 0 and 1 and one application per entry of `stages` (candidate i, to
/// requisition i % 2, applied an hour after the one before) into the cache at `path`.
inline Pipeline seedPipeline(const QString &path, const QList<Core::Stage> &stages)
{
    Pipeline p;
    auto db = Store::Database::open(path);
    if (!db) {
        qWarning("cannot open the test cache");
        return p;
    }
    const Core::DemoDataGenerator generator(11);
    p.requisitions = {generator.requisition(0), generator.requisition(1)};
    if (!Store::RequisitionRepository(**db).saveAll(p.requisitions, Store::WriteOrigin::Sync).ok())
        qWarning("cannot save the test requisitions");
    Store::ApplicationRepository applications(**db);
    const QDateTime start(QDate(2026, 5, 4), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < stages.size(); ++i) {
        const Core::Candidate c = generator.candidate(i);
        if (!Store::CandidateRepository(**db).save(c, Store::WriteOrigin::Sync).ok())
            qWarning("cannot save a test candidate");
        p.candidates << c;
        Core::Application a;
        a.id = QUuid::createUuid();
        a.candidateId = c.id;
        a.requisitionId = p.requisitions.at(i % 2).id;
        a.stage = stages.at(i);
        a.appliedAt = start.addSecs(3600 * i);
        a.stageChangedAt = a.appliedAt;
        a.updatedAt = a.appliedAt;
        a.expectedSalary
                = Core::Money{12000000 + 100000 * i, QStringLiteral("USD"), Core::Period::Year};
        if (!applications.create(a, QString(), Store::WriteOrigin::Sync).ok())
            qWarning("cannot save a test application");
        p.applications << a;
    }
    return p;
}

} // namespace Reqdesk::Gui::TestSupport
