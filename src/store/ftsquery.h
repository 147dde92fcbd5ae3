#pragma once

#include <QString>

namespace Reqdesk::Store {

/// Builds FTS5 MATCH expressions from what a user types, so no input is ever FTS syntax.
class FtsQuery final
{
public:
    /// Each whitespace-separated word becomes a quoted string (inner quotes doubled), the words
    /// are ANDed and the last one is a prefix: `senior "c++` → `"senior" AND """c++"*`.
    /// Words without a letter or digit are dropped; returns an empty string when none is left.
    static QString fromUserText(const QString &text);
};

} // namespace Reqdesk::Store
