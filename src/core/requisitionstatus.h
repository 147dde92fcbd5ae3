#pragma once

#include <QString>

#include <optional>

namespace Reqdesk::Core {

/// Requisition lifecycle: draft → pending approval → open ⇄ on hold → filled / closed / cancelled.
enum class RequisitionStatus { Draft, PendingApproval, Open, OnHold, Filled, Closed, Cancelled };

/// Stable snake_case name ("pending_approval") for storage and JSON.
QString requisitionStatusName(RequisitionStatus status);
std::optional<RequisitionStatus> requisitionStatusFromName(QStringView name);

} // namespace Reqdesk::Core
