#include "gui/requisitioneditcommand.h"

#include "gui/displaytext.h"
#include "gui/requisitionspane.h"

#include <QCoreApplication>

namespace Reqdesk::Gui {

RequisitionEditCommand::RequisitionEditCommand(RequisitionsPane *pane,
                                               std::optional<Core::Requisition> before,
                                               std::optional<Core::Requisition> after,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_pane(pane)
    , m_id(after    ? after->id
           : before ? before->id
                    : QUuid())
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(describe(m_before, m_after));
}

QString RequisitionEditCommand::describe(const std::optional<Core::Requisition> &before,
                                         const std::optional<Core::Requisition> &after)
{
    if (!before && after)
        return QCoreApplication::translate("Reqdesk::Gui::RequisitionEditCommand", "create “%1”")
                .arg(after->title);
    if (before && !after)
        return QCoreApplication::translate("Reqdesk::Gui::RequisitionEditCommand", "delete “%1”")
                .arg(before->title);
    if (!before || !after)
        return QString();
    Core::Requisition sameStatus = *after;
    sameStatus.status = before->status;
    sameStatus.statusReason = before->statusReason;
    sameStatus.updatedAt = before->updatedAt;
    Core::Requisition beforeStamped = *before;
    if (after->status != before->status && sameStatus == beforeStamped)
        return QCoreApplication::translate("Reqdesk::Gui::RequisitionEditCommand", "set “%1” to %2")
                .arg(after->title, DisplayText::status(after->status));
    return QCoreApplication::translate("Reqdesk::Gui::RequisitionEditCommand", "edit “%1”")
            .arg(after->title);
}

bool RequisitionEditCommand::dropIfStale()
{
    if (!m_pane->isStale(m_id))
        return false;
    const auto &shown = m_after ? m_after : m_before;
    m_pane->refuse(QCoreApplication::translate("Reqdesk::Gui::RequisitionEditCommand",
                                               "Cannot undo or redo the edit of “%1”: it was "
                                               "changed elsewhere.")
                           .arg(shown->title));
    setObsolete(true);
    return true;
}

void RequisitionEditCommand::redo()
{
    if (!dropIfStale())
        m_pane->writeRequisition(m_id, m_before, m_after);
}

void RequisitionEditCommand::undo()
{
    if (!dropIfStale())
        m_pane->writeRequisition(m_id, m_after, m_before);
}

} // namespace Reqdesk::Gui
