#pragma once

#include "core/requisitionstatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace Reqdesk::Store {

/// What a requisition list shows; every field is pushed into SQL. Empty fields do not filter.
struct RequisitionFilter
{
    QString text; ///< user words: each quoted, ANDed, the last one a prefix (see FtsQuery)
    QList<Core::RequisitionStatus> statuses;
    QStringList levels;    ///< the requisition's level, case-insensitive
    QString location;      ///< word prefix of any requisition or band location, case-insensitive
    QString org;           ///< exact, case-insensitive
    QString hiringManager; ///< exact, case-insensitive
    std::optional<qint64> payMin; ///< minor units per year; a band must reach at least this
    std::optional<qint64> payMax; ///< minor units per year; a band must start at most at this
    QString currency;             ///< ISO 4217; bands of other currencies never match a pay bound

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && statuses.isEmpty() && levels.isEmpty()
               && location.trimmed().isEmpty() && org.isEmpty() && hiringManager.isEmpty()
               && !payMin && !payMax && currency.isEmpty();
    }
};

/// The columns a requisition list can sort by; the only way a sort reaches SQL (a whitelist).
enum class SortColumn { Title, Company, Org, Level, Status, Updated, PayMin, PayMax };

/// Position after a row in a sort order: that row's sort value and id (the unique tiebreak).
struct PageCursor
{
    QVariant value;
    QUuid id;

    friend bool operator==(const PageCursor &, const PageCursor &) = default;
};

/// One page request: filter, order, where to start and how many rows.
struct RequisitionQuery
{
    RequisitionFilter filter;
    SortColumn sort = SortColumn::Updated;
    Qt::SortOrder order = Qt::DescendingOrder;
    std::optional<PageCursor> after; ///< none = first page
    int limit = 100;
};

/// A light row for tables: what a list needs, without the posting text.
struct RequisitionSummary
{
    QUuid id;
    QString title;
    QString company;
    QString org;
    QString level;
    Core::RequisitionStatus status = Core::RequisitionStatus::Draft;
    QString firstLocation;
    QString hiringManager;
    qint64 payMin = 0; ///< per year, minor units of payCurrency; 0 when there are no bands
    qint64 payMax = 0;
    QString payCurrency; ///< the first band's currency; empty when there are no bands
    QDateTime updatedAt;

    friend bool operator==(const RequisitionSummary &, const RequisitionSummary &) = default;
};

/// Rows of one page and the cursor of the next page (none after the last page).
struct RequisitionPage
{
    QList<RequisitionSummary> rows;
    std::optional<PageCursor> next;
};

} // namespace Reqdesk::Store

Q_DECLARE_METATYPE(Reqdesk::Store::RequisitionQuery)
Q_DECLARE_METATYPE(Reqdesk::Store::RequisitionFilter)
Q_DECLARE_METATYPE(Reqdesk::Store::RequisitionPage)
