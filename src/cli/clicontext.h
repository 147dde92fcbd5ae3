#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace Reqdesk::Store {
class Database;
}
namespace Reqdesk::Sync {
class SyncEngine;
}

namespace Reqdesk::Cli {

/// Exit codes of reqdesk-cli: 0 success, 1 the work failed, 2 the command line was wrong.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// What every command shares: the database path, the opened database, and the output streams.
class CliContext final
{
public:
    explicit CliContext(QString databaseFile);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    /// Opens (creating or migrating) the database on first use; a foreign or damaged file is
    /// reported, never touched.
    Core::Result<Store::Database *> database();
    /// A sync engine over the same file (its own connection), opened on first use.
    Core::Result<Sync::SyncEngine *> engine();
    /// Prints one compact JSON object and a newline on standard output.
    void printJson(const QJsonObject &object);
    /// The signed-in user's name from the sync state, or "local" before any sign-in.
    QString userName();
    QString databaseFile() const { return m_databaseFile; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Parses a command's own arguments: prints help and returns ExitOk for --help, prints the
    /// problem and returns ExitUsage for a bad command line, returns -1 to go on.
    int parse(QCommandLineParser &parser, const QString &command, const QStringList &args);
    /// Prints "reqdesk-cli: <message>" on standard error and returns `code`.
    int fail(const QString &message, int code = ExitFailure);

private:
    QString m_databaseFile;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Reqdesk::Cli
