#include "cli/clicontext.h"

#include "core/paths.h"
#include "store/database.h"
#include "store/syncstaterepository.h"
#include "sync/syncengine.h"

#include <QJsonDocument>

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace Reqdesk::Cli {

CliContext::CliContext(QString databaseFile)
    : m_databaseFile(std::move(databaseFile))
    , m_out(stdout)
    , m_err(stderr)
{}

CliContext::~CliContext() = default;

Core::Result<Store::Database *> CliContext::database()
{
    if (m_database)
        return m_database.get();
    const QString dir = QFileInfo(m_databaseFile).absolutePath();
    if (!Core::Paths::ensureDir(dir))
        return Core::makeError(Core::ErrorCode::IoError,
                               QStringLiteral("cannot create %1").arg(dir));
    auto opened = Store::Database::open(m_databaseFile);
    if (!opened) {
        Core::Error error = opened.error();
        if (error.code == Core::ErrorCode::DatabaseCorrupt
            || error.code == Core::ErrorCode::DatabaseNotReqdesk) {
            error.detail += QStringLiteral(
                    " (left untouched; `reqdesk-cli recover` rebuilds it and keeps its unsent "
                    "edits)");
        }
        return error;
    }
    m_database = std::move(opened.value());
    return m_database.get();
}

int CliContext::parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("reqdesk-cli ") + command} + args))
        return fail(parser.errorText()
                            + QStringLiteral(" (see reqdesk-cli %1 --help)").arg(command),
                    ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitOk;
    }
    return -1;
}

int CliContext::fail(const QString &message, int code)
{
    m_out.flush();
    m_err << "reqdesk-cli: " << message << Qt::endl;
    return code;
}

Core::Result<Sync::SyncEngine *> CliContext::engine()
{
    if (m_engine)
        return m_engine.get();
    // Creates the folder and migrates the file the same way database() does.
    if (auto db = database(); !db)
        return db.error();
    auto engine = std::make_unique<Sync::SyncEngine>(m_databaseFile);
    if (auto s = engine->open(); !s)
        return s.error();
    m_engine = std::move(engine);
    return m_engine.get();
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

QString CliContext::userName()
{
    auto db = database();
    if (!db)
        return QStringLiteral("local");
    const auto user = Store::SyncStateRepository(**db).value(QStringLiteral("user_name"));
    return user && user->has_value() ? **user : QStringLiteral("local");
}

} // namespace Reqdesk::Cli
