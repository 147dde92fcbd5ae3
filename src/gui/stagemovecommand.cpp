#include "gui/stagemovecommand.h"

#include "core/rules/applicationstatemachine.h"
#include "gui/applicationspane.h"
#include "gui/applicationtablemodel.h"

#include <QCoreApplication>

namespace Reqdesk::Gui {

using Core::ApplicationStateMachine;

StageMoveCommand::StageMoveCommand(ApplicationsPane *pane,
                                   const StageMove &move,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_pane(pane)
    , m_move(move)
{
    setText(QCoreApplication::translate("Reqdesk::Gui::StageMoveCommand", "move %1 to %2")
                    .arg(move.candidateName, ApplicationTableModel::stageText(move.to)));
}

QString StageMoveCommand::arrowText(Core::Stage from, Core::Stage to)
{
    return ApplicationTableModel::stageText(from) + QStringLiteral(" \u2192 ")
           + ApplicationTableModel::stageText(to);
}

QString StageMoveCommand::undoReason() const
{
    return QCoreApplication::translate("Reqdesk::Gui::StageMoveCommand", "Undo of %1: %2")
            .arg(m_move.candidateName, arrowText(m_move.from, m_move.to));
}

void StageMoveCommand::redo()
{
    const auto now = m_pane->expectedStage(m_move.applicationId);
    if (now && *now != m_move.from) {
        m_pane->refuse(QCoreApplication::translate("Reqdesk::Gui::StageMoveCommand",
                                                   "Cannot redo the move of %1: it is now at %2.")
                               .arg(m_move.candidateName, ApplicationTableModel::stageText(*now)));
        setObsolete(true);
        return;
    }
    m_pane->sendMove(m_move.applicationId, m_move.from, m_move.to, m_move.reason);
}

void StageMoveCommand::undo()
{
    const auto now = m_pane->expectedStage(m_move.applicationId);
    const QString reason = undoReason();
    QString refusal;
    if (now && *now != m_move.to) {
        refusal = QCoreApplication::translate("Reqdesk::Gui::StageMoveCommand",
                                              "Cannot undo the move of %1: it is now at %2.")
                          .arg(m_move.candidateName, ApplicationTableModel::stageText(*now));
    } else if (!ApplicationStateMachine::check(m_move.to, m_move.from, reason).ok()) {
        refusal = QCoreApplication::translate("Reqdesk::Gui::StageMoveCommand",
                                              "Cannot undo the move of %1: %2 is not allowed.")
                          .arg(m_move.candidateName, arrowText(m_move.to, m_move.from));
    }
    if (!refusal.isEmpty()) {
        m_pane->refuse(refusal);
        setObsolete(true);
        return;
    }
    m_pane->sendMove(m_move.applicationId, m_move.to, m_move.from, reason);
}

} // namespace Reqdesk::Gui
