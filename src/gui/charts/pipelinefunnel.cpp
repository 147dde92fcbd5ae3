#include "gui/charts/pipelinefunnel.h"

namespace Reqdesk::Gui {

PipelineFunnel::PipelineFunnel()
{
    for (Core::Stage stage : stages())
        m_steps << FunnelStep{stage, 0, 0, 0, std::nullopt};
}

QList<Core::Stage> PipelineFunnel::stages()
{
    return {Core::Stage::Applied,
            Core::Stage::RecruiterScreen,
            Core::Stage::HiringManagerScreen,
            Core::Stage::Onsite,
            Core::Stage::Offer,
            Core::Stage::Hired};
}

PipelineFunnel PipelineFunnel::fromCounts(const QList<Store::FunnelCount> &counts)
{
    PipelineFunnel funnel;
    const QList<Core::Stage> order = stages();
    for (const Store::FunnelCount &c : counts) {
        const qsizetype furthest = order.indexOf(c.furthest);
        if (furthest < 0 || c.applications <= 0)
            continue;
        for (qsizetype i = 0; i <= furthest; ++i)
            funnel.m_steps[i].reached += c.applications;
        if (const qsizetype now = order.indexOf(c.current); now >= 0)
            funnel.m_steps[now].current += c.applications;
        if (c.current == Core::Stage::Rejected || c.current == Core::Stage::Withdrawn) {
            funnel.m_steps[furthest].exited += c.applications;
            (c.current == Core::Stage::Rejected ? funnel.m_rejected : funnel.m_withdrawn)
                    += c.applications;
        }
    }
    for (qsizetype i = 1; i < funnel.m_steps.size(); ++i) {
        const qint64 before = funnel.m_steps.at(i - 1).reached;
        if (before > 0)
            funnel.m_steps[i].conversion = double(funnel.m_steps.at(i).reached) / double(before);
    }
    return funnel;
}

std::optional<double> PipelineFunnel::overallConversion() const
{
    if (total() == 0)
        return std::nullopt;
    return double(m_steps.constLast().reached) / double(total());
}

} // namespace Reqdesk::Gui
