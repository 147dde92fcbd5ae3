#pragma once

#include "core/import/importresult.h"
#include "core/result.h"

#include <QStringView>

namespace Reqdesk::Core {

/// Reads an HTML posting (a job-board page or an escaped Greenhouse "content" field): the
/// markup becomes structured lines (HtmlTextConverter) read by TextPostingParser, so the same
/// posting as HTML and as text gives the same requisition. Error lines count converted lines.
class HtmlPostingParser final
{
public:
    /// One requisition, or a ParseError when the page holds no title.
    static Result<ImportResult> parse(QStringView html);
};

} // namespace Reqdesk::Core
