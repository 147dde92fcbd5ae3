#pragma once

#include "core/requisition.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Reqdesk::Core {

/// A compliance hint as exported: the rule's id and what it found.
struct ExportFlag
{
    QString rule;
    QString message;
};

/// The documented export formats of docs/cli.md: JSON (one object per requisition, amounts in
/// major units) and CSV (one row per pay band, RFC 4180 quoting).
class RequisitionExport final
{
public:
    /// {"id","title","company","status","level","locations","responsibilities",
    ///  "qualifications":{"required","preferred"},"bands":[...],"flags":[...]}
    static QJsonObject toJson(const Requisition &requisition, const QList<ExportFlag> &flags);
    /// The CSV header line, without a line break.
    static QString csvHeader();
    /// One CSV line per band (a requisition without bands gives one line with empty band
    /// columns), each without a line break.
    static QStringList csvRows(const Requisition &requisition, const QList<ExportFlag> &flags);
    /// Quotes a CSV field when it holds a comma, quote or line break; doubles inner quotes.
    /// Fields starting with = + - @ are prefixed with ' so spreadsheets do not run them.
    static QString csvField(const QString &value);
};

} // namespace Reqdesk::Core
