#pragma once

#include "core/application.h"
#include "core/result.h"
#include "core/stage.h"
#include "core/stageevent.h"

#include <QList>
#include <QString>

namespace Reqdesk::Core {

// clang-format off
/// The pipeline rules: which stage moves an application may make and which need a reason.
///
/// Stages: applied → recruiter_screen → hiring_manager_screen → onsite → offer → hired, plus the
/// exits rejected and withdrawn. Each rule is a decision, written down here and restated in
/// tst_applicationstatemachine:
///
/// | from                 | to                                 | allowed, reason          |
/// |----------------------|------------------------------------|--------------------------|
/// | active stage         | any later active stage             | yes, optional            |
/// |                      | (skips are fine, as in most ATSs:  |                          |
/// |                      |  a referral may go straight to     |                          |
/// |                      |  onsite)                           |                          |
/// | active stage         | any earlier active stage           | yes, required            |
/// |                      | (corrects a mistake or undoes a    |                          |
/// |                      |  move; the history keeps why)      |                          |
/// | offer                | hired                              | yes, optional            |
/// | other active stage   | hired                              | no: every hire passes    |
/// |                      |                                    | through offer            |
/// | active stage         | rejected                           | yes, required            |
/// | active stage         | withdrawn                          | yes, optional            |
/// | rejected / withdrawn | any active stage (reopen)          | yes, required            |
/// | rejected / withdrawn | hired, or the other exit           | no: reopen first         |
/// | hired                | offer (correcting a mistaken hire, | yes, required            |
/// |                      |  or undoing one)                   |                          |
/// | hired                | anything else                      | no: the pipeline ends;   |
/// |                      |                                    | a stale move of a hired  |
/// |                      |                                    | application is a sync    |
/// |                      |                                    | conflict                 |
/// | any stage            | the same stage                     | no: not a move           |
///
/// "Active" means applied, recruiter_screen, hiring_manager_screen, onsite and offer. A reason
/// made only of white space counts as no reason.
// clang-format on
class ApplicationStateMachine final
{
public:
    /// Ok when from → to is legal with this reason; else IllegalTransition or ReasonRequired.
    static Status check(Stage from, Stage to, const QString &reason = QString());
    /// True when from → to is a legal move (with a reason where one is required).
    static bool isLegal(Stage from, Stage to);
    /// Every stage the application may move to from `from`, in pipeline order.
    static QList<Stage> legalTargets(Stage from);
    /// True when the legal move from → to needs a reason; false for illegal moves.
    static bool requiresReason(Stage from, Stage to);
    /// True for hired, where the pipeline ends (only a reasoned correction back to offer leaves).
    static bool isTerminal(Stage stage);
    /// True for the stages still in the pipeline (applied through offer).
    static bool isActive(Stage stage);
    /// True for the two exits, rejected and withdrawn (closed, but they may be reopened).
    static bool isExit(Stage stage);
    /// Checks the move, then applies it: sets the stage, stage_changed_at and updated_at, and
    /// the exit reason (set on entering an exit, cleared on reopening; the history keeps the old
    /// one). Returns the history record to append (new id, version 0). The application is left
    /// untouched when the move is refused.
    static Result<StageEvent> move(Application &application,
                                   Stage to,
                                   const QString &reason,
                                   const QString &by,
                                   const QDateTime &at);
    /// Every stage in pipeline order, then the exits.
    static QList<Stage> allStages();
};

} // namespace Reqdesk::Core
