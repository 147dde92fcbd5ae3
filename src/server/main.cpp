#include "server/serverconfig.h"
#include "server/serverrunner.h"

#include "reqdeskversion.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

using namespace Reqdesk::Server;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reqdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REQDESK_VERSION_STRING));

    const auto config = ServerConfig::resolve(QCoreApplication::arguments(),
                                              QProcessEnvironment::systemEnvironment());
    if (!config) {
        std::fprintf(stderr, "reqdesk-server: %s\n", qPrintable(config.error().message()));
        return ServerRunner::BadConfig;
    }
    if (config->command == ServerConfig::Command::Help) {
        std::fputs(qPrintable(ServerConfig::helpText()), stdout);
        return 0;
    }
    if (config->command == ServerConfig::Command::Version) {
        std::printf("reqdesk-server %s\n", REQDESK_VERSION_STRING);
        return 0;
    }
    return ServerRunner(*config).run();
}
