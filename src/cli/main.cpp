#include "cli/commandline.h"

#include "reqdeskversion.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Reqdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("reqdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REQDESK_VERSION_STRING));
    return Reqdesk::Cli::CommandLine().run(QCoreApplication::arguments());
}
