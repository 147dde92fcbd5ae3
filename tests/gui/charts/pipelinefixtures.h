#pragma once

// The figures of tests/store/pipelinetimeline.h as the store returns them, for chart tests
// that need no database.

#include "gui/charts/pipelinefunnel.h"
#include "gui/charts/stagedurations.h"

#include <QLocale>

namespace Reqdesk::Gui::Testing {

inline PipelineFunnel knownFunnel()
{
    using Core::Stage;
    return PipelineFunnel::fromCounts({{Stage::Applied, Stage::Applied, 1},
                                       {Stage::Applied, Stage::Rejected, 1},
                                       {Stage::RecruiterScreen, Stage::Withdrawn, 1},
                                       {Stage::HiringManagerScreen, Stage::Rejected, 1},
                                       {Stage::Hired, Stage::Hired, 1}});
}

inline StageDurations knownDurations()
{
    using Core::Stage;
    return StageDurations::fromRows({{Stage::Applied, 4, 2.0, 1.5},
                                     {Stage::RecruiterScreen, 3, 2.0, 2.0},
                                     {Stage::HiringManagerScreen, 2, 2.5, 2.5},
                                     {Stage::Onsite, 1, 1.0, 1.0},
                                     {Stage::Offer, 1, 2.0, 2.0}});
}

/// Tests read figures in US English ("60.0%", "1.5 days").
inline void useEnglishLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace Reqdesk::Gui::Testing
