#include "core/rules/requisitionlifecycle.h"

#include "core/requisition.h"

namespace Reqdesk::Core {

namespace {

using RS = RequisitionStatus;

enum class Verdict { Illegal, Free, NeedsReason };

struct Move
{
    RS from;
    RS to;
    Verdict verdict;
};

// The whole lifecycle as data; anything not listed is illegal.
constexpr Move kMoves[] = {
        {RS::Draft, RS::PendingApproval, Verdict::Free},
        {RS::Draft, RS::Cancelled, Verdict::NeedsReason},
        {RS::PendingApproval, RS::Open, Verdict::Free},
        {RS::PendingApproval, RS::Draft, Verdict::NeedsReason},
        {RS::PendingApproval, RS::Cancelled, Verdict::NeedsReason},
        {RS::Open, RS::OnHold, Verdict::NeedsReason},
        {RS::Open, RS::Filled, Verdict::Free},
        {RS::Open, RS::Closed, Verdict::NeedsReason},
        {RS::Open, RS::Cancelled, Verdict::NeedsReason},
        {RS::OnHold, RS::Open, Verdict::Free},
        {RS::OnHold, RS::Closed, Verdict::NeedsReason},
        {RS::OnHold, RS::Cancelled, Verdict::NeedsReason},
        {RS::Filled, RS::Open, Verdict::NeedsReason},
        {RS::Closed, RS::Open, Verdict::NeedsReason},
};

Verdict verdictOf(RS from, RS to)
{
    for (const Move &m : kMoves) {
        if (m.from == from && m.to == to)
            return m.verdict;
    }
    return Verdict::Illegal;
}

} // namespace

Status
RequisitionLifecycle::check(RequisitionStatus from, RequisitionStatus to, const QString &reason)
{
    const Verdict v = verdictOf(from, to);
    if (v == Verdict::Illegal) {
        QString why;
        if (from == to)
            why = QStringLiteral("the requisition is already in that status");
        else if (isTerminal(from))
            why = QStringLiteral("cancelled is final");
        else
            why = QStringLiteral("not a step of the lifecycle");
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("cannot move a requisition from %1 to %2: %3")
                                 .arg(requisitionStatusName(from), requisitionStatusName(to), why));
    }
    if (v == Verdict::NeedsReason && reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::ReasonRequired,
                         QStringLiteral("moving a requisition from %1 to %2 needs a reason")
                                 .arg(requisitionStatusName(from), requisitionStatusName(to)));
    }
    return {};
}

Status RequisitionLifecycle::check(const Requisition &requisition,
                                   RequisitionStatus to,
                                   const QString &reason)
{
    Status status = check(requisition.status, to, reason);
    if (!status)
        return status;
    if (to == RS::Filled && requisition.openings != 0) {
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("cannot mark the requisition filled: %1 of %2 openings "
                                        "are still unfilled")
                                 .arg(requisition.openings)
                                 .arg(requisition.headcount));
    }
    if (requisition.status == RS::Filled && to == RS::Open && requisition.openings <= 0) {
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("cannot reopen a filled requisition with no openings; "
                                        "add an opening first"));
    }
    return {};
}

Status
RequisitionLifecycle::apply(Requisition &requisition, RequisitionStatus to, const QString &reason)
{
    Status status = check(requisition, to, reason);
    if (!status)
        return status;
    requisition.status = to;
    requisition.statusReason = reason.trimmed();
    return {};
}

bool RequisitionLifecycle::isLegal(RequisitionStatus from, RequisitionStatus to)
{
    return verdictOf(from, to) != Verdict::Illegal;
}

QList<RequisitionStatus> RequisitionLifecycle::legalTargets(RequisitionStatus from)
{
    QList<RequisitionStatus> targets;
    for (const RS to : allStatuses()) {
        if (isLegal(from, to))
            targets.append(to);
    }
    return targets;
}

bool RequisitionLifecycle::requiresReason(RequisitionStatus from, RequisitionStatus to)
{
    return verdictOf(from, to) == Verdict::NeedsReason;
}

bool RequisitionLifecycle::isTerminal(RequisitionStatus status)
{
    return status == RS::Cancelled;
}

QList<RequisitionStatus> RequisitionLifecycle::allStatuses()
{
    return {RS::Draft,
            RS::PendingApproval,
            RS::Open,
            RS::OnHold,
            RS::Filled,
            RS::Closed,
            RS::Cancelled};
}

} // namespace Reqdesk::Core
