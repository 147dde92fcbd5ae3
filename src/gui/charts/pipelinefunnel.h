#pragma once

#include "core/stage.h"
#include "store/pipelinestatistics.h"

#include <QList>

#include <optional>

namespace Reqdesk::Gui {

/// One stage of the funnel.
struct FunnelStep
{
    Core::Stage stage = Core::Stage::Applied;
    qint64 reached = 0; ///< applications that got at least this far
    qint64 current = 0; ///< applications in this stage now
    qint64 exited = 0;  ///< rejected or withdrawn with this as the furthest stage reached
    /// reached ÷ the previous step's reached; none for the first step or after an empty one.
    std::optional<double> conversion;

    friend bool operator==(const FunnelStep &, const FunnelStep &) = default;
};

/// The pipeline funnel: for each stage from Applied to Hired, how many applications reached it
/// and what share of the previous stage did. Cumulative by construction: an application hired
/// has reached every stage before Hired even when a move skipped one.
class PipelineFunnel final
{
public:
    /// An empty funnel (every step 0).
    PipelineFunnel();
    /// Builds the funnel from the store's grouped counts.
    static PipelineFunnel fromCounts(const QList<Store::FunnelCount> &counts);
    /// The funnel's stages, Applied … Hired, in order.
    static QList<Core::Stage> stages();

    /// One step per stage(), in order.
    const QList<FunnelStep> &steps() const { return m_steps; }
    /// Applications counted (all reached Applied).
    qint64 total() const { return m_steps.constFirst().reached; }
    /// Applications rejected now.
    qint64 rejected() const { return m_rejected; }
    /// Applications withdrawn now.
    qint64 withdrawn() const { return m_withdrawn; }
    /// Hired ÷ applied; none when there are no applications.
    std::optional<double> overallConversion() const;
    /// True without applications.
    bool isEmpty() const { return total() == 0; }

private:
    QList<FunnelStep> m_steps;
    qint64 m_rejected = 0;
    qint64 m_withdrawn = 0;
};

} // namespace Reqdesk::Gui
