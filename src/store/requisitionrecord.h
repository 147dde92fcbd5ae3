#pragma once

#include "core/period.h"
#include "core/requisition.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace Reqdesk::Store {

/// How a Requisition maps to rows: column lists, bound values and the derived columns that
/// filters and full-text search use. Shared by the repository, the bulk loader and the bench.
class RequisitionRecord final
{
public:
    /// Columns of `requisitions` written by the store, in the order of rowValues() (no rid).
    static const QStringList &columns();
    /// Columns of `pay_bands`, in the order of bandRows().
    static const QStringList &bandColumns();

    /// One value per columns() entry: NULL only for nullable columns, never a null QString.
    static QVariantList rowValues(const Core::Requisition &requisition);
    /// One row per band, values in bandColumns() order.
    static QList<QVariantList> bandRows(const Core::Requisition &requisition);
    /// Indexed location keys: every word-start suffix of every requisition and band location,
    /// case-folded ("san francisco" → "san francisco", "francisco"). Unique, sorted.
    static QStringList locationTerms(const Core::Requisition &requisition);
    /// Case-folds and simplifies a location the way locationTerms() does.
    static QString normalizeLocation(const QString &location);
    /// Amount per year for pay filters and sorting: hour × 2080, day × 260, week × 52, month × 12.
    static qint64 perYear(qint64 minor, Core::Period period);
    /// Text of all locations (requisition's, then bands' not already listed), one per line.
    static QString locationsText(const Core::Requisition &requisition);
    /// The posting sections as plain text for FTS, one paragraph or item per line.
    static QString bodyText(const Core::PostingSections &sections);
    /// A non-null QString (Qt binds a null QString as SQL NULL).
    static QString text(const QString &value);
};

} // namespace Reqdesk::Store
