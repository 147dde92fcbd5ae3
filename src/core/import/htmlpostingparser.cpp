#include "core/import/htmlpostingparser.h"

#include "core/import/htmltextconverter.h"
#include "core/import/textpostingparser.h"

namespace Reqdesk::Core {

Result<ImportResult> HtmlPostingParser::parse(QStringView html)
{
    const QString markup = HtmlTextConverter::looksEscaped(html)
                                   ? HtmlTextConverter::decodeEntities(html)
                                   : html.toString();
    QString text = HtmlTextConverter::toText(markup);
    // A page's <h1> is its title, even when breadcrumbs or a logo line come first.
    const qsizetype open = markup.indexOf(QStringLiteral("<h1"), 0, Qt::CaseInsensitive);
    if (open >= 0) {
        const qsizetype close = markup.indexOf(QStringLiteral("</h1"), open, Qt::CaseInsensitive);
        const QString heading
                = HtmlTextConverter::toText(
                          QStringView(markup).mid(open, close < 0 ? -1 : close - open))
                          .simplified();
        if (!heading.isEmpty() && heading.size() <= 200)
            text = QStringLiteral("Title: ") + heading + u'\n' + text;
    }
    return TextPostingParser::parse(text);
}

} // namespace Reqdesk::Core
