#pragma once

#include "core/stage.h"
#include "store/pipelinestatistics.h"

#include <QList>

namespace Reqdesk::Gui {

/// Time spent in one pipeline stage by the applications that left it.
struct StageDuration
{
    Core::Stage stage = Core::Stage::Applied;
    qint64 stays = 0; ///< completed stays measured
    double medianDays = 0;
    double meanDays = 0;

    friend bool operator==(const StageDuration &, const StageDuration &) = default;
};

/// Median and mean days in each pipeline stage from Applied to Offer (time "in Hired" means
/// nothing), always one entry per stage in pipeline order so charts keep their categories.
class StageDurations final
{
public:
    /// No stays: every entry 0.
    StageDurations();
    /// Builds the entries from the store's rows; stages without a row stay 0.
    static StageDurations fromRows(const QList<Store::StageDurationRow> &rows);
    /// The measured stages, Applied … Offer, in order.
    static QList<Core::Stage> stages();

    /// One entry per stages(), in order.
    const QList<StageDuration> &entries() const { return m_entries; }
    /// Completed stays over all stages.
    qint64 totalStays() const;
    /// The longest median or mean, for an axis range (0 when empty).
    double longestDays() const;
    /// True when no stay was completed.
    bool isEmpty() const { return totalStays() == 0; }

private:
    QList<StageDuration> m_entries;
};

} // namespace Reqdesk::Gui
