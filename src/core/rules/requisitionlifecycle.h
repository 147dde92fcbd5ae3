#pragma once

#include "core/requisitionstatus.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace Reqdesk::Core {

struct Requisition;

/// The requisition status rules: which status changes are legal and which need a reason.
///
/// | from             | to               | reason   | why                                      |
/// |------------------|------------------|----------|------------------------------------------|
/// | draft            | pending_approval | optional | submitted for approval                   |
/// | draft            | cancelled        | required |                                          |
/// | pending_approval | open             | optional | approved; every requisition is approved  |
/// |                  |                  |          | first, so draft → open is illegal        |
/// | pending_approval | draft            | required | sent back for changes                    |
/// | pending_approval | cancelled        | required |                                          |
/// | open             | on_hold          | required | people ask "why is it paused?"           |
/// | open             | filled           | optional | every seat filled (openings reach 0)     |
/// | open             | closed           | required | closed with seats left                   |
/// | open             | cancelled        | required |                                          |
/// | on_hold          | open             | optional | resumed                                  |
/// | on_hold          | closed           | required |                                          |
/// | on_hold          | cancelled        | required |                                          |
/// | filled           | open             | required | reopened: a hire fell through, or a seat |
/// |                  |                  |          | was added                                |
/// | closed           | open             | required | reopened                                 |
/// | cancelled        | —                | —        | terminal                                 |
///
/// Every other pair, including a status to itself, is IllegalTransition. on_hold → filled is
/// illegal on purpose: resume first, so a paused requisition is never reported filled by a
/// stray hire. The Requisition overload also checks the openings: filled needs openings == 0,
/// and leaving filled for open needs openings > 0.
class RequisitionLifecycle final
{
public:
    /// Ok when from → to is legal with this reason; else IllegalTransition or ReasonRequired.
    static Status
    check(RequisitionStatus from, RequisitionStatus to, const QString &reason = QString());
    /// check(requisition.status, to, reason) plus the openings rules for filled.
    static Status
    check(const Requisition &requisition, RequisitionStatus to, const QString &reason = QString());
    /// check(requisition, to, reason), then sets the status and its reason (trimmed; cleared
    /// when the move gives none). The requisition is left untouched when the move is refused.
    static Status apply(Requisition &requisition, RequisitionStatus to, const QString &reason);
    /// True when from → to is legal (with a reason where one is required).
    static bool isLegal(RequisitionStatus from, RequisitionStatus to);
    /// Every status a requisition may move to from `from`, in lifecycle order.
    static QList<RequisitionStatus> legalTargets(RequisitionStatus from);
    /// True when the legal move from → to needs a reason; false for illegal moves.
    static bool requiresReason(RequisitionStatus from, RequisitionStatus to);
    /// True for cancelled: nothing moves out of it.
    static bool isTerminal(RequisitionStatus status);
    /// Every status in lifecycle order.
    static QList<RequisitionStatus> allStatuses();
};

} // namespace Reqdesk::Core
