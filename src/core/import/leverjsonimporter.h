#pragma once

#include "core/import/importresult.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Reqdesk::Core {

/// Reads Lever postings JSON (an array, {"data":[...]}, or one posting) into requisitions.
///
/// One requisition per posting, status Open (Closed or Draft when a "state" field says so). Title
/// from "text"; team, department (org), location(s), commitment and workplaceType from their
/// fields; the description, each of "lists" under its own heading and "additional" are read by
/// TextPostingParser. salaryRange {min, max, currency, interval} is a band in major units
/// ("per-year-salary", "per-hour-wage", "per-month-salary"...); pay statements in the text add only
/// new facts.
class LeverJsonImporter final
{
public:
    /// All postings, or an Error naming the line of broken JSON or the posting of the wrong shape.
    static Result<ImportResult> import(const QByteArray &json);
    /// One posting object (index names it in messages).
    static Result<ImportResult> importPosting(const QJsonObject &posting, int index);
};

} // namespace Reqdesk::Core
