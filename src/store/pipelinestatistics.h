#pragma once

#include "core/stage.h"

#include <QList>
#include <QMetaType>

namespace Reqdesk::Store {

/// Applications grouped by the furthest pipeline stage they reached (from their stage events
/// and current stage) and the stage they are in now.
struct FunnelCount
{
    Core::Stage furthest = Core::Stage::Applied; ///< Applied … Hired
    Core::Stage current = Core::Stage::Applied;
    qint64 applications = 0;

    friend bool operator==(const FunnelCount &, const FunnelCount &) = default;
};

/// Completed stays in one pipeline stage (entered by an event, left by the next one), in days.
struct StageDurationRow
{
    Core::Stage stage = Core::Stage::Applied;
    qint64 stays = 0;
    double meanDays = 0;
    double medianDays = 0;

    friend bool operator==(const StageDurationRow &, const StageDurationRow &) = default;
};

/// The funnel and time-in-stage figures of one requisition's applications, or of all.
struct PipelineStatistics
{
    QList<FunnelCount> funnel;         ///< one row per (furthest, current) pair present
    QList<StageDurationRow> durations; ///< pipeline stages with at least one completed stay
};

} // namespace Reqdesk::Store

Q_DECLARE_METATYPE(Reqdesk::Store::PipelineStatistics)
