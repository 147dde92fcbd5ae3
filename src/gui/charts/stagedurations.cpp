#include "gui/charts/stagedurations.h"

#include <algorithm>

namespace Reqdesk::Gui {

StageDurations::StageDurations()
{
    for (Core::Stage stage : stages())
        m_entries << StageDuration{stage, 0, 0, 0};
}

QList<Core::Stage> StageDurations::stages()
{
    return {Core::Stage::Applied,
            Core::Stage::RecruiterScreen,
            Core::Stage::HiringManagerScreen,
            Core::Stage::Onsite,
            Core::Stage::Offer};
}

StageDurations StageDurations::fromRows(const QList<Store::StageDurationRow> &rows)
{
    StageDurations durations;
    const QList<Core::Stage> order = stages();
    for (const Store::StageDurationRow &row : rows) {
        const qsizetype i = order.indexOf(row.stage);
        if (i < 0 || row.stays <= 0)
            continue;
        durations.m_entries[i] = StageDuration{
                row.stage, row.stays, std::max(0.0, row.medianDays), std::max(0.0, row.meanDays)};
    }
    return durations;
}

qint64 StageDurations::totalStays() const
{
    qint64 total = 0;
    for (const StageDuration &e : m_entries)
        total += e.stays;
    return total;
}

double StageDurations::longestDays() const
{
    double longest = 0;
    for (const StageDuration &e : m_entries)
        longest = std::max({longest, e.medianDays, e.meanDays});
    return longest;
}

} // namespace Reqdesk::Gui
