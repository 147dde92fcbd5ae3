#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Reqdesk::Gui {

/// The way out of a cache that cannot be opened (R7): asks whether to rebuild it, then
/// rebuilds it with Store::CacheRecovery (unsent edits and sign-in kept, exported first, the
/// damaged file kept aside) and says what happened. The caller lets go of the file in between.
class CacheRebuild final
{
    Q_DECLARE_TR_FUNCTIONS(CacheRebuild)

public:
    /// Shows why `path` cannot be opened; for a damaged or foreign file also offers to rebuild
    /// it. True when the user chose to rebuild. A cache from a newer Reqdesk is never offered
    /// (updating is the way), nor are other failures.
    static bool
    offer(QWidget *parent, const QString &path, const Core::Error &error, const QString &text);
    /// Rebuilds the cache at `path`, which nothing may hold open, and reports the outcome in a
    /// message box; false when it could not be rebuilt (the original file is then untouched or
    /// kept aside, and the box says why).
    static bool run(QWidget *parent, const QString &path);
};

} // namespace Reqdesk::Gui
