#include "core/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace Reqdesk::Core {

QString Paths::dataDir()
{
    const QString home = qEnvironmentVariable("REQDESK_HOME");
    if (!home.isEmpty())
        return QDir::cleanPath(home);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.reqdesk");
    return dir;
}

QString Paths::defaultDatabaseFile()
{
    return dataDir() + QStringLiteral("/cache.sqlite");
}

QString Paths::logDir()
{
    return dataDir() + QStringLiteral("/logs");
}

bool Paths::ensureDir(const QString &path)
{
    return QDir().mkpath(path);
}

} // namespace Reqdesk::Core
