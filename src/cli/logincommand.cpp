#include "cli/logincommand.h"

#include "cli/clicontext.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace Reqdesk::Cli {

int LoginCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Signs in to a Reqdesk server. The password is the first line of "
                           "standard input (never an argument)."));
    parser.addOption(
            {QStringLiteral("server"), QStringLiteral("server URL"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("user name"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (const int code = context.parse(parser, QStringLiteral("login"), args); code >= 0)
        return code;
    const QUrl server(parser.value(QStringLiteral("server")), QUrl::StrictMode);
    const QString user = parser.value(QStringLiteral("user"));
    if (!server.isValid() || server.scheme().isEmpty() || user.isEmpty())
        return context.fail(QStringLiteral("login needs --server URL and --user NAME"), ExitUsage);
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty())
        return context.fail(QStringLiteral("no password on standard input"));
    auto engine = context.engine();
    if (!engine)
        return context.fail(engine.error().message());
    Sync::TokenStore::Backend backend = Sync::TokenStore::Backend::Memory;
    if (auto s = (*engine)->signIn(server, user, password, &backend); !s)
        return context.fail(QStringLiteral("sign-in failed: ") + s.error().message());
    const bool persisted = backend != Sync::TokenStore::Backend::Memory;
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson({{QStringLiteral("user"), user},
                           {QStringLiteral("server"), server.toString()},
                           {QStringLiteral("token_store"), Sync::TokenStore::backendName(backend)},
                           {QStringLiteral("persisted"), persisted}});
    } else {
        context.out() << "signed in as " << user << " on " << server.toString() << '\n';
    }
    if (!persisted)
        context.err() << "reqdesk-cli: no keychain is available, so the sign-in is not kept: "
                         "later commands must sign in again (set REQDESK_TOKEN_STORE=file to keep "
                         "it in an owner-only file)\n";
    return ExitOk;
}

} // namespace Reqdesk::Cli
