#include "core/rules/applicationstatemachine.h"

namespace Reqdesk::Core {

namespace {

enum class Verdict { Illegal, Free, NeedsReason };

struct Decision
{
    Verdict verdict = Verdict::Illegal;
    const char16_t *why = u""; ///< for illegal moves: why, in a few words
};

int rank(Stage stage)
{
    return static_cast<int>(stage);
}

Decision decide(Stage from, Stage to)
{
    using S = ApplicationStateMachine;
    if (from == to)
        return {Verdict::Illegal, u"the application is already in that stage"};
    if (S::isTerminal(from)) {
        if (to == Stage::Offer)
            return {Verdict::NeedsReason, u""}; // correcting or undoing a hire
        return {Verdict::Illegal, u"hired is final; only a correction back to offer leaves it"};
    }
    if (S::isExit(from)) {
        if (S::isActive(to))
            return {Verdict::NeedsReason, u""};
        if (to == Stage::Hired)
            return {Verdict::Illegal, u"a closed application must be reopened before a hire"};
        return {Verdict::Illegal, u"a closed application must be reopened before another exit"};
    }
    // from is active
    if (to == Stage::Hired) {
        if (from == Stage::Offer)
            return {Verdict::Free, u""};
        return {Verdict::Illegal, u"every hire goes through the offer stage"};
    }
    if (to == Stage::Rejected)
        return {Verdict::NeedsReason, u""};
    if (to == Stage::Withdrawn)
        return {Verdict::Free, u""};
    if (rank(to) > rank(from))
        return {Verdict::Free, u""};
    return {Verdict::NeedsReason, u""};
}

} // namespace

Status ApplicationStateMachine::check(Stage from, Stage to, const QString &reason)
{
    const Decision d = decide(from, to);
    if (d.verdict == Verdict::Illegal) {
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("cannot move an application from %1 to %2: %3")
                                 .arg(stageName(from), stageName(to), QString::fromUtf16(d.why)));
    }
    if (d.verdict == Verdict::NeedsReason && reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::ReasonRequired,
                         QStringLiteral("moving an application from %1 to %2 needs a reason")
                                 .arg(stageName(from), stageName(to)));
    }
    return {};
}

bool ApplicationStateMachine::isLegal(Stage from, Stage to)
{
    return decide(from, to).verdict != Verdict::Illegal;
}

QList<Stage> ApplicationStateMachine::legalTargets(Stage from)
{
    QList<Stage> targets;
    for (const Stage to : allStages()) {
        if (isLegal(from, to))
            targets.append(to);
    }
    return targets;
}

bool ApplicationStateMachine::requiresReason(Stage from, Stage to)
{
    return decide(from, to).verdict == Verdict::NeedsReason;
}

bool ApplicationStateMachine::isTerminal(Stage stage)
{
    return stage == Stage::Hired;
}

bool ApplicationStateMachine::isActive(Stage stage)
{
    return rank(stage) >= rank(Stage::Applied) && rank(stage) <= rank(Stage::Offer);
}

bool ApplicationStateMachine::isExit(Stage stage)
{
    return stage == Stage::Rejected || stage == Stage::Withdrawn;
}

Result<StageEvent> ApplicationStateMachine::move(Application &application,
                                                 Stage to,
                                                 const QString &reason,
                                                 const QString &by,
                                                 const QDateTime &at)
{
    if (Status s = check(application.stage, to, reason); !s)
        return s.error();
    StageEvent event;
    event.id = QUuid::createUuid();
    event.applicationId = application.id;
    event.from = application.stage;
    event.to = to;
    event.at = at;
    event.by = by;
    event.reason = reason.trimmed();
    application.stage = to;
    application.exitReason = isExit(to) ? event.reason : QString();
    application.stageChangedAt = at;
    application.updatedAt = at;
    return event;
}

QList<Stage> ApplicationStateMachine::allStages()
{
    return {Stage::Applied,
            Stage::RecruiterScreen,
            Stage::HiringManagerScreen,
            Stage::Onsite,
            Stage::Offer,
            Stage::Hired,
            Stage::Rejected,
            Stage::Withdrawn};
}

} // namespace Reqdesk::Core
