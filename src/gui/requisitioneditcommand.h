#pragma once

#include "core/requisition.h"

#include <QUndoCommand>

#include <optional>

namespace Reqdesk::Gui {

class RequisitionsPane;

/// One requisition write on the undo stack: an edit (before and after), a creation (nothing
/// before) or a deletion (nothing after). redo() writes `after`, undo() writes `before` back;
/// both go through the store as local edits with their outbox entries (a save, or a delete for
/// the side that has no record), so an undo is synced like any other edit. Each write is made
/// only if the stored record is still the one the command expects; once one was refused
/// (changed elsewhere), the next undo or redo of the command is refused with a message and the
/// command makes itself obsolete, so QUndoStack drops it.
class RequisitionEditCommand final : public QUndoCommand
{
public:
    /// `pane` must outlive the command; `before` and `after` cannot both be empty.
    RequisitionEditCommand(RequisitionsPane *pane,
                           std::optional<Core::Requisition> before,
                           std::optional<Core::Requisition> after,
                           QUndoCommand *parent = nullptr);

    /// Writes the new values (or deletes).
    void redo() override;
    /// Writes the previous values back (or deletes what the command created).
    void undo() override;

    /// The requisition the command writes.
    QUuid requisitionId() const { return m_id; }
    const std::optional<Core::Requisition> &before() const { return m_before; }
    const std::optional<Core::Requisition> &after() const { return m_after; }
    /// The undo-stack text: "edit “Title”", "create …", "delete …", "set … to On hold".
    static QString describe(const std::optional<Core::Requisition> &before,
                            const std::optional<Core::Requisition> &after);

private:
    bool dropIfStale();

    RequisitionsPane *m_pane;
    QUuid m_id;
    std::optional<Core::Requisition> m_before;
    std::optional<Core::Requisition> m_after;
};

} // namespace Reqdesk::Gui
