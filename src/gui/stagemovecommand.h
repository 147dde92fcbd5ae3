#pragma once

#include "core/stage.h"

#include <QString>
#include <QUndoCommand>
#include <QUuid>

namespace Reqdesk::Gui {

class ApplicationsPane;

/// One checked stage move, as the undo stack keeps it.
struct StageMove
{
    QUuid applicationId;
    QString candidateName;
    Core::Stage from = Core::Stage::Applied;
    Core::Stage to = Core::Stage::Applied;
    QString reason;
};

/// A stage move on the undo stack. redo() asks the worker for the move; undo() asks for the
/// reverse move with the reason "Undo of …" (the state machine wants one for moves back). When
/// the application is no longer where the move left it, or the reverse is illegal, undo (or
/// redo) is refused with a message and the command makes itself obsolete, so QUndoStack drops
/// it and the stack never claims a state the store does not have.
class StageMoveCommand final : public QUndoCommand
{
public:
    /// `move` was checked by `pane`, which must outlive the command.
    StageMoveCommand(ApplicationsPane *pane, const StageMove &move, QUndoCommand *parent = nullptr);

    /// Sends the move (refused and made obsolete when the application has moved on).
    void redo() override;
    /// Sends the reverse move with undoReason() (refused and made obsolete when stale).
    void undo() override;

    /// The move as checked.
    const StageMove &move() const { return m_move; }
    /// "Applied → Recruiter screen".
    static QString arrowText(Core::Stage from, Core::Stage to);
    /// The reason an undo records: "Undo of Ada Lane: Applied → Recruiter screen".
    QString undoReason() const;

private:
    ApplicationsPane *m_pane;
    StageMove m_move;
};

} // namespace Reqdesk::Gui
