#include "core/import/htmlpostingparser.h"

#include "core/import/htmltextconverter.h"
#include "core/import/textpostingparser.h"

namespace Reqdesk::Core {

Result<ImportResult> HtmlPostingParser::parse(QStringView html)
{
    const QString markup = HtmlTextConverter::looksEscaped(html)
                                   ? HtmlTextConverter::decodeEntities(html)
                                   : html.toString();
    return TextPostingParser::parse(HtmlTextConverter::toText(markup));
}

} // namespace Reqdesk::Core
