#include "gui/conflictresolutioncommand.h"

#include "gui/syncpane.h"

namespace Reqdesk::Gui {

ConflictResolutionCommand::ConflictResolutionCommand(SyncPane *pane,
                                                     const ConflictResolution &resolution,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_pane(pane)
    , m_resolution(resolution)
{
    switch (resolution.choice) {
    case Store::ConflictChoice::KeepMine:
        setText(tr("keep my %1").arg(resolution.description));
        break;
    case Store::ConflictChoice::KeepTheirs:
        setText(tr("keep the server's %1").arg(resolution.description));
        break;
    case Store::ConflictChoice::UseValue:
        setText(tr("merge %1").arg(resolution.description));
        break;
    }
}

void ConflictResolutionCommand::redo()
{
    m_pane->sendResolution(m_resolution);
}

void ConflictResolutionCommand::undo()
{
    const auto outcome = m_pane->outcomeOf(m_resolution.conflictId);
    if (!outcome && !m_pane->isResolving(m_resolution.conflictId)) {
        // The store refused the resolution (and said so): there is nothing to undo.
        setObsolete(true);
        return;
    }
    QString refusal;
    if (!outcome)
        refusal = tr("Cannot undo the resolution of %1 yet: it is still being saved.");
    else if (outcome->deletedLocal)
        refusal = tr("Cannot undo the resolution of %1: the record was removed from this "
                     "computer.");
    if (!refusal.isEmpty()) {
        m_pane->refuse(refusal.arg(m_resolution.description));
        setObsolete(true);
        return;
    }
    m_pane->sendReopen(*outcome);
}

} // namespace Reqdesk::Gui
