#pragma once

#include "core/payband.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Reqdesk::Gui {

/// The pay bands of one requisition, as the main window hands them to the pay-bands pane.
struct PostingBands
{
    QUuid requisitionId;
    QString title; ///< the posting title shown in legends and the table
    QList<Core::PayBand> bands;

    friend bool operator==(const PostingBands &, const PostingBands &) = default;
};

} // namespace Reqdesk::Gui
