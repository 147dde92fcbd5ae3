#pragma once

#include "store/requisitionquery.h"

#include <QString>

namespace Reqdesk::Gui {

/// A named requisitions view: the filter bar's fields (search included) and the table's order,
/// kept in Settings and applied from the filter bar's Views menu in one click.
struct SavedView
{
    QString name;
    Store::RequisitionFilter filter;
    Store::SortColumn sort = Store::SortColumn::Updated;
    Qt::SortOrder order = Qt::DescendingOrder;
};

} // namespace Reqdesk::Gui
