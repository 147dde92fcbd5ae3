#include "server/serverconfig.h"
#include "server/serverrunner.h"

#include "reqdeskversion.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Reqdesk::Server;

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // Answers of 100 KB and more are allocated and freed for every page written (the socket's
    // write buffer): without this glibc hands the memory back to the kernel after each one and
    // takes page faults to get it again (about 7 % of the server's time on 100-row pages).
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
#endif
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
