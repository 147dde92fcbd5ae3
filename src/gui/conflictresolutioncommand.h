#pragma once

#include "store/conflictresolver.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QUndoCommand>
#include <QUuid>

namespace Reqdesk::Gui {

class SyncPane;

/// One conflict resolution as the undo stack keeps it.
struct ConflictResolution
{
    QUuid conflictId;
    Store::ConflictChoice choice = Store::ConflictChoice::KeepMine;
    QJsonValue value;    ///< the merged value for UseValue
    QString description; ///< "Title of Software Engineer 2"
};

/// A resolution on the undo stack. Resolving is an ordinary local edit that syncs: redo() asks
/// the store to resolve (edit + outbox entry + queued resolution + conflict closed, in one
/// transaction); undo() asks it to reopen the conflict and revert the edit, also in one
/// transaction. An undo that cannot be done (the answer has not arrived, the record was removed
/// by "keep theirs") is refused with a message, and one with nothing to undo (the store refused
/// the resolution) is silent; either way the command makes itself obsolete, so the stack never
/// claims a state the store does not have. A field changed since is refused by the store.
class ConflictResolutionCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Reqdesk::Gui::ConflictResolutionCommand)

public:
    /// `pane` must outlive the command.
    ConflictResolutionCommand(SyncPane *pane,
                              const ConflictResolution &resolution,
                              QUndoCommand *parent = nullptr);

    /// Sends the resolution.
    void redo() override;
    /// Sends the reopening (refused and made obsolete when it cannot be done).
    void undo() override;

    const ConflictResolution &resolution() const { return m_resolution; }

private:
    SyncPane *m_pane;
    ConflictResolution m_resolution;
};

} // namespace Reqdesk::Gui
