#include "cli/commandline.h"

#include "cli/addcommand.h"
#include "cli/applycommand.h"
#include "cli/clicontext.h"
#include "cli/conflictscommand.h"
#include "cli/deletecommand.h"
#include "cli/exportcommand.h"
#include "cli/exportkeptcommand.h"
#include "cli/generatecommand.h"
#include "cli/importcommand.h"
#include "cli/logincommand.h"
#include "cli/logoutcommand.h"
#include "cli/movecommand.h"
#include "cli/notecommand.h"
#include "cli/recovercommand.h"
#include "cli/releasecommand.h"
#include "cli/resolvecommand.h"
#include "cli/searchcommand.h"
#include "cli/setcommand.h"
#include "cli/showcommand.h"
#include "cli/statscommand.h"
#include "cli/statuscommand.h"
#include "cli/synccommand.h"
#include "core/paths.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace Reqdesk::Cli {

namespace {

struct Command
{
    const char *summary;
    std::function<int(CliContext &, const QStringList &)> run;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
            {QStringLiteral("import"),
             {"FILE...  import postings (text, HTML, Greenhouse or Lever JSON)",
              &ImportCommand::run}},
            {QStringLiteral("export"),
             {"--format json|csv [--out FILE]  export requisitions and pay bands",
              &ExportCommand::run}},
            {QStringLiteral("export-kept"),
             {"[--out FILE]  records removed on the server but kept for unsynced edits",
              &ExportKeptCommand::run}},
            {QStringLiteral("search"),
             {"QUERY [--status S] [--level L] [--limit N]  full-text search with filters",
              &SearchCommand::run}},
            {QStringLiteral("login"),
             {"--server URL --user NAME  sign in (password on standard input)",
              &LoginCommand::run}},
            {QStringLiteral("logout"), {"sign out, forget the stored token", &LogoutCommand::run}},
            {QStringLiteral("sync"),
             {"[--once] [--json]  push the outbox, pull the server's changes", &SyncCommand::run}},
            {QStringLiteral("status"),
             {"[--json]  outbox, cursor, epoch, last sync, conflicts", &StatusCommand::run}},
            {QStringLiteral("set"),
             {"requisition ID FIELD=VALUE...  edit fields (through the outbox)", &SetCommand::run}},
            {QStringLiteral("add"),
             {"candidate --name N [--email E]  add a candidate, print its id", &AddCommand::run}},
            {QStringLiteral("apply"),
             {"CANDIDATE_ID REQUISITION_ID  create an application, print its id",
              &ApplyCommand::run}},
            {QStringLiteral("move"),
             {"APPLICATION_ID STAGE [--reason R]  move an application", &MoveCommand::run}},
            {QStringLiteral("note"), {"APPLICATION_ID TEXT  append a note", &NoteCommand::run}},
            {QStringLiteral("delete"),
             {"requisition|candidate ID  delete (through the outbox)", &DeleteCommand::run}},
            {QStringLiteral("conflicts"), {"[--json]  open conflicts", &ConflictsCommand::run}},
            {QStringLiteral("release"),
             {"SEQ...|--all  retry edits the server refused", &ReleaseCommand::run}},
            {QStringLiteral("recover"),
             {"[--force] [--json]  rebuild a damaged cache, keeping its unsent edits",
              &RecoverCommand::run}},
            {QStringLiteral("resolve"),
             {"CONFLICT_ID mine|theirs|value=V  resolve a conflict", &ResolveCommand::run}},
            {QStringLiteral("show"),
             {"requisition|application|candidate ID [--json]  one record", &ShowCommand::run}},
            {QStringLiteral("stats"), {"counts of what the cache holds", &StatsCommand::run}},
            {QStringLiteral("generate"),
             {"--requisitions N --applications M [--seed S]  deterministic demo data",
              &GenerateCommand::run}},
    };
    return table;
}

QString usage()
{
    QString text
            = QStringLiteral("Usage: reqdesk-cli [--db FILE] COMMAND [options]\n\n"
                             "Reqdesk's command-line tool: the local cache without a window.\n\n"
                             "Global options:\n"
                             "  --db FILE     the cache database (default: %1)\n"
                             "  -h, --help    this help; COMMAND --help for a command's options\n"
                             "  -v, --version the version\n\nCommands:\n")
                      .arg(Core::Paths::defaultDatabaseFile());
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  %1 %2\n").arg(name, -9).arg(QString::fromUtf8(command.summary));
    text += QStringLiteral("\nExit codes: 0 success, 1 failure, 2 bad command line.\n"
                           "Environment: REQDESK_HOME replaces the data folder.\n");
    return text;
}

} // namespace

int CommandLine::run(const QStringList &arguments)
{
    QString databaseFile;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--db") {
            if (i + 1 >= arguments.size()) {
                CliContext(QString()).fail(QStringLiteral("--db needs a file"), ExitUsage);
                return ExitUsage;
            }
            databaseFile = arguments.at(++i);
        } else if (arg.startsWith(QStringLiteral("--db="))) {
            databaseFile = arg.mid(5);
        } else if (arg == u"-h" || arg == u"--help") {
            CliContext context(databaseFile);
            context.out() << usage();
            return ExitOk;
        } else if (arg == u"-v" || arg == u"--version") {
            CliContext context(databaseFile);
            context.out() << "reqdesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        } else {
            break;
        }
    }
    if (databaseFile.isEmpty())
        databaseFile = Core::Paths::defaultDatabaseFile();

    CliContext context(databaseFile);
    if (i >= arguments.size()) {
        context.err() << usage();
        return ExitUsage;
    }
    const QString name = arguments.at(i);
    const auto found = commands().find(name);
    if (found == commands().end()) {
        return context.fail(
                QStringLiteral("unknown command '%1' (see reqdesk-cli --help)").arg(name),
                ExitUsage);
    }
    return found->second.run(context, arguments.mid(i + 1));
}

} // namespace Reqdesk::Cli
