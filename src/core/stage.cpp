#include "core/stage.h"

#include "core/enumnames.h"

namespace Reqdesk::Core {

namespace {
constexpr Internal::EnumName<Stage> kNames[] = {
        {Stage::Applied, u"applied"},
        {Stage::RecruiterScreen, u"recruiter_screen"},
        {Stage::HiringManagerScreen, u"hiring_manager_screen"},
        {Stage::Onsite, u"onsite"},
        {Stage::Offer, u"offer"},
        {Stage::Hired, u"hired"},
        {Stage::Rejected, u"rejected"},
        {Stage::Withdrawn, u"withdrawn"},
};
} // namespace

QString stageName(Stage stage)
{
    return Internal::nameOf(kNames, stage);
}

std::optional<Stage> stageFromName(QStringView name)
{
    return Internal::valueOf(kNames, name);
}

} // namespace Reqdesk::Core
