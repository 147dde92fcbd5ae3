#pragma once

#include "core/stage.h"
#include "store/requisitionquery.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

namespace Reqdesk::Store {

/// The columns an application list can sort by; the only way a sort reaches SQL (a whitelist).
enum class ApplicationSort { Candidate, Requisition, Stage, Applied, LastMove, ExpectedSalary };

/// What an application list shows; every field is pushed into SQL. Empty fields do not filter.
struct ApplicationFilter
{
    std::optional<QUuid> requisitionId; ///< one requisition's applications; none = all
    QList<Core::Stage> stages;          ///< any of these stages
    QString text; ///< substring of the candidate's name or the requisition's title, any case

    friend bool operator==(const ApplicationFilter &, const ApplicationFilter &) = default;
};

/// One page request of application rows: filter, order, where to start and how many rows.
struct ApplicationQuery
{
    ApplicationFilter filter;
    ApplicationSort sort = ApplicationSort::Applied;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<PageCursor> after; ///< none = first page
    int limit = 200;
};

} // namespace Reqdesk::Store

Q_DECLARE_METATYPE(Reqdesk::Store::ApplicationQuery)
