#pragma once

#include <QString>
#include <QStringView>

namespace Reqdesk::Core {

/// Turns HTML into plain lines a text parser can read: one line per block, "- " per list item.
///
/// A small tolerant scanner (QtCore only, no QTextDocument): unknown or broken tags are
/// dropped, <script>/<style>/<head> content is skipped, entities are decoded, whitespace inside
/// a block collapses as a browser would.
class HtmlTextConverter final
{
public:
    /// Plain text with '\n' between blocks; list items start with "- ".
    static QString toText(QStringView html);
    /// Decodes character references ("&amp;", "&#8211;", "&ndash;"); unknown ones stay as is.
    static QString decodeEntities(QStringView text);
    /// True when the text looks like escaped markup ("&lt;p&gt;") rather than markup.
    static bool looksEscaped(QStringView text);
};

} // namespace Reqdesk::Core
