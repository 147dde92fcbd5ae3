#pragma once

#include "core/import/importresult.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Reqdesk::Core {

/// Reads Greenhouse job-board JSON ({"jobs":[...]} or one job object) into requisitions.
///
/// One requisition per job, status Open (a board lists live jobs). Bands come from
/// pay_input_ranges (cents → minor units; per year unless the range's title or blurb says
/// hourly or monthly); pay statements in the HTML "content" are used when there are no ranges,
/// and otherwise only those that state a fact the ranges do not already state. Warnings carry
/// line 0 and name the job ("job 4018223007, content line 3: ...").
class GreenhouseJsonImporter final
{
public:
    /// All jobs, or an Error naming the line of broken JSON or the job of the wrong shape.
    static Result<ImportResult> import(const QByteArray &json);
    /// One job object of the board (index names it in messages).
    static Result<ImportResult> importJob(const QJsonObject &job, int index);
};

} // namespace Reqdesk::Core
