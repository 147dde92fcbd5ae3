#pragma once

// A known pipeline with a dated stage history, for the funnel and time-in-stage figures. Five
// applications to one requisition (and one to another, which a requisition's figures must leave
// out), moved at whole days after 1 March 2026 09:00 UTC:
//
//   A1 applied d0 → recruiter screen d2 → hiring manager d5 → onsite d9 → offer d10 → hired d12
//   A2 applied d0 → recruiter screen d4 → hiring manager d6 → rejected d7
//   A3 applied d1 → recruiter screen d2 → withdrawn d3
//   A4 applied d1 → rejected d2
//   A5 applied d2 (still there)
//   B1 (other requisition) applied d0 → recruiter screen d30
//
// Funnel of the requisition: reached 5, 3, 2, 1, 1, 1; rejected 2, withdrawn 1.
// Completed stays (days): applied 2, 4, 1, 1 (median 1.5, mean 2); recruiter screen 3, 2, 1
// (median 2, mean 2); hiring manager 4, 1 (median 2.5, mean 2.5); onsite 1; offer 2.

#include "core/demodatagenerator.h"
#include "core/timeutil.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

#include <QList>
#include <QPair>

namespace Reqdesk::Testing {

/// What writePipelineTimeline() wrote.
struct PipelineTimeline
{
    Core::Requisition requisition; ///< the five applications'
    Core::Requisition other;       ///< B1's
};

inline QDateTime timelineDay(int day)
{
    return Core::utcDateTime(QDate(2026, 3, 1), QTime(9, 0)).addDays(day);
}

/// Writes the pipeline above into `db`; false (with a warning) when a write fails.
inline bool writePipelineTimeline(Store::Database &db, PipelineTimeline *out = nullptr)
{
    using Core::Stage;
    const Core::DemoDataGenerator generator(23);
    PipelineTimeline t{generator.requisition(0), generator.requisition(1)};
    if (!Store::RequisitionRepository(db).saveAll({t.requisition, t.other},
                                                  Store::WriteOrigin::Sync))
        return false;
    Store::ApplicationRepository applications(db);
    struct Plan
    {
        const Core::Requisition *requisition;
        QList<QPair<int, Stage>> moves; ///< (day, stage); the first is the application
    };
    const QList<Plan> plans{
            {&t.requisition,
             {{0, Stage::Applied},
              {2, Stage::RecruiterScreen},
              {5, Stage::HiringManagerScreen},
              {9, Stage::Onsite},
              {10, Stage::Offer},
              {12, Stage::Hired}}},
            {&t.requisition,
             {{0, Stage::Applied},
              {4, Stage::RecruiterScreen},
              {6, Stage::HiringManagerScreen},
              {7, Stage::Rejected}}},
            {&t.requisition,
             {{1, Stage::Applied}, {2, Stage::RecruiterScreen}, {3, Stage::Withdrawn}}},
            {&t.requisition, {{1, Stage::Applied}, {2, Stage::Rejected}}},
            {&t.requisition, {{2, Stage::Applied}}},
            {&t.other, {{0, Stage::Applied}, {30, Stage::RecruiterScreen}}},
    };
    for (int i = 0; i < plans.size(); ++i) {
        const Core::Candidate c = generator.candidate(i);
        if (!Store::CandidateRepository(db).save(c, Store::WriteOrigin::Sync)) {
            qWarning("cannot save a timeline candidate");
            return false;
        }
        Core::Application a;
        a.id = QUuid::createUuid();
        a.candidateId = c.id;
        a.requisitionId = plans.at(i).requisition->id;
        a.stage = Stage::Applied;
        a.appliedAt = timelineDay(plans.at(i).moves.first().first);
        a.stageChangedAt = a.appliedAt;
        a.updatedAt = a.appliedAt;
        // A local create records the first event (none → applied) at appliedAt.
        if (!applications.create(a, QStringLiteral("test"), Store::WriteOrigin::LocalEdit)) {
            qWarning("cannot create a timeline application");
            return false;
        }
        for (int m = 1; m < plans.at(i).moves.size(); ++m) {
            const auto &[day, stage] = plans.at(i).moves.at(m);
            if (!applications.moveStage(a.id,
                                        stage,
                                        QStringLiteral("test move"),
                                        QStringLiteral("test"),
                                        timelineDay(day))) {
                qWarning("cannot move a timeline application");
                return false;
            }
        }
    }
    if (out)
        *out = t;
    return true;
}

} // namespace Reqdesk::Testing
