// The reqdesk desktop app: options, the cache on its worker thread, the main window.
#include "core/paths.h"
#include "gui/appearance.h"
#include "gui/cacherebuild.h"
#include "gui/mainwindow.h"
#include "gui/panescreenshots.h"
#include "gui/settings.h"
#include "gui/signindialog.h"
#include "gui/startupprobe.h"
#include "gui/syncconnection.h"
#include "reqdeskversion.h"
#include "store/databaseclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Reqdesk;

int main(int argc, char *argv[])
{
    // Start-up time of --exit-when-ready counts from here (loading the libraries is before).
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Reqdesk"));
    QApplication::setApplicationName(QStringLiteral("reqdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Reqdesk"));
    QApplication::setApplicationVersion(QStringLiteral(REQDESK_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.reqdesk.Reqdesk"));

    // The language chosen in Preferences ("system" follows the OS) for our strings (built in
    // under :/i18n), Qt's own dialogs, and money and dates. Read once: a change applies at the
    // next start, as the Preferences dialog says.
    const QString language = Gui::Settings().language();
    if (language != u"system")
        QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // A language we do not ship (or the C locale) falls back to English, whose file holds the
    // plural forms ("1 requisition", "2 requisitions") that the source text only sketches.
    QTranslator appTranslator;
    if (appTranslator.load(
                QLocale(), QStringLiteral("reqdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral("reqdesk_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Requisitions, pay bands and hiring pipelines."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            QApplication::translate("main", "Open the cache FILE instead of the default one."),
            QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            QApplication::translate("main", "Render every pane to DIR/<pane>.png and exit."),
            QStringLiteral("DIR"));
    const QCommandLineOption serverOption(
            QStringLiteral("server"),
            QApplication::translate("main",
                                    "Sync with the server at URL (sign in there if this cache "
                                    "is not signed in to it)."),
            QStringLiteral("URL"));
    const QCommandLineOption offlineOption(
            QStringLiteral("offline"),
            QApplication::translate("main",
                                    "Never sync in this session: work on the cache alone."));
    const QCommandLineOption readyOption(
            QStringLiteral("exit-when-ready"),
            QApplication::translate("main",
                                    "Print start-up times as JSON lines and exit once the "
                                    "window is ready (benchmarks)."));
    const QCommandLineOption exerciseOption(
            QStringLiteral("exercise-panes"),
            QApplication::translate("main",
                                    "Once ready, show every pane, scroll the requisitions to "
                                    "the end, print the memory used as JSON and exit "
                                    "(benchmarks)."));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(serverOption);
    parser.addOption(offlineOption);
    parser.addOption(readyOption);
    parser.addOption(exerciseOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Postings to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    QUrl server;
    if (parser.isSet(serverOption)) {
        server = Gui::SignInDialog::parseServer(parser.value(serverOption));
        if (!server.isValid()) {
            std::fprintf(
                    stderr,
                    "reqdesk: %s\n",
                    qPrintable(QApplication::translate("main", "--server: not a server URL: %1")
                                       .arg(parser.value(serverOption))));
            return 2;
        }
    }

    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = Core::Paths::defaultDatabaseFile();
        Core::Paths::ensureDir(QFileInfo(path).absolutePath());
    }

    // The stored light, dark or system look, before the first widget is made.
    Gui::Appearance::instance()->applyName(Gui::Settings().palette());

    // A session per pass: a damaged cache the user chose to rebuild is rebuilt once the
    // window, the worker and the sync thread have let go of the file, and the app starts over
    // on the new cache.
    for (;;) {
        bool rebuild = false;
        const int code = [&] {
            Store::DatabaseClient client;
            // Declared before the window, so it outlives it; its destructor waits for the sync
            // thread, which shutdown() (closing the window) has already told to end.
            std::unique_ptr<Gui::SyncConnection> sync;
            if (!parser.isSet(offlineOption))
                sync = std::make_unique<Gui::SyncConnection>(path);
            Gui::MainWindow window(&client);
            window.setupSync(sync.get(), server);
            const bool screenshots = parser.isSet(screenshotOption);
            if (screenshots) {
                auto *shots = new Gui::PaneScreenshots(
                        &window, parser.value(screenshotOption), &window);
                QObject::connect(shots,
                                 &Gui::PaneScreenshots::finished,
                                 &app,
                                 [](bool ok, const QString &m) {
                                     std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(m));
                                     QApplication::exit(ok ? 0 : 1);
                                 });
                shots->start();
            } else if (parser.isSet(readyOption) || parser.isSet(exerciseOption)) {
                // Measurements only: failures are printed, never shown in a dialog that waits.
                auto *probe = new Gui::StartupProbe(
                        &window,
                        &client,
                        parser.isSet(exerciseOption) ? Gui::StartupProbe::Mode::ExercisePanes
                                                     : Gui::StartupProbe::Mode::ExitWhenReady,
                        started,
                        &window);
                QObject::connect(probe, &Gui::StartupProbe::finished, &app, [](int code) {
                    QApplication::exit(code);
                });
                probe->start();
            } else {
                // A refused cache is left as it is; the user reads why and the app ends.
                QObject::connect(
                        &window,
                        &Gui::MainWindow::databaseFailed,
                        &window,
                        [&window, &rebuild, path](const Core::Error &error, const QString &text) {
                            rebuild = Gui::CacheRebuild::offer(&window, path, error, text);
                            QApplication::exit(1);
                        });
                // Asked for a server this cache is not signed in to: offer the sign-in at once.
                if (sync && server.isValid()) {
                    QObject::connect(
                            sync.get(),
                            &Gui::SyncConnection::stateChanged,
                            &window,
                            [&window, server](Gui::SyncConnection::State state) {
                                if (state == Gui::SyncConnection::State::SignedOut)
                                    window.showSignIn(server);
                            },
                            Qt::SingleShotConnection);
                }
                const QStringList files = parser.positionalArguments();
                if (!files.isEmpty()) {
                    QObject::connect(&window,
                                     &Gui::MainWindow::databaseOpened,
                                     &window,
                                     [&window, files] { window.importFiles(files); });
                }
            }
            window.show();
            window.openDatabase(path);
            const int code = QApplication::exec();
            if (!screenshots)
                window.saveSettings();
            if (sync)
                sync->shutdown();
            return code;
        }();
        if (!rebuild)
            return code;
        if (!Gui::CacheRebuild::run(nullptr, path))
            return 1;
    }
}
