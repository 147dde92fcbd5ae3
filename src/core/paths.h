#pragma once

#include <QString>

namespace Reqdesk::Core {

/// Every file location Reqdesk uses, from QStandardPaths or the REQDESK_HOME override.
class Paths final
{
public:
    /// REQDESK_HOME when set (portable use, tests), else the user's application data folder.
    static QString dataDir();
    /// The local cache database of the default account.
    static QString defaultDatabaseFile();
    /// Where logs and diagnostics go.
    static QString logDir();
    /// Creates a folder and its parents; false when that fails.
    static bool ensureDir(const QString &path);
};

} // namespace Reqdesk::Core
