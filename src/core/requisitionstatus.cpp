#include "core/requisitionstatus.h"

#include "core/enumnames.h"

namespace Reqdesk::Core {

namespace {
constexpr Internal::EnumName<RequisitionStatus> kNames[] = {
        {RequisitionStatus::Draft, u"draft"},
        {RequisitionStatus::PendingApproval, u"pending_approval"},
        {RequisitionStatus::Open, u"open"},
        {RequisitionStatus::OnHold, u"on_hold"},
        {RequisitionStatus::Filled, u"filled"},
        {RequisitionStatus::Closed, u"closed"},
        {RequisitionStatus::Cancelled, u"cancelled"},
};
} // namespace

QString requisitionStatusName(RequisitionStatus status)
{
    return Internal::nameOf(kNames, status);
}

std::optional<RequisitionStatus> requisitionStatusFromName(QStringView name)
{
    return Internal::valueOf(kNames, name);
}

} // namespace Reqdesk::Core
