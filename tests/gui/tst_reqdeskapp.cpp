// Runs the real `reqdesk` executable under the offscreen platform.
#include "core/demodatagenerator.h"
#include "store/database.h"
#include "store/demodataloader.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_ReqdeskApp : public QObject
{
    Q_OBJECT

private:
    static QString executable() { return QStringLiteral(REQDESK_BINARY_DIR "/src/app/reqdesk"); }

    static QProcessEnvironment environment(const QTemporaryDir &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("REQDESK_HOME"), home.path());
        return env;
    }

    /// The JSON objects of the app's stdout lines, by their "event".
    static QHash<QString, QJsonObject> events(const QByteArray &output)
    {
        QHash<QString, QJsonObject> result;
        for (const QByteArray &line : output.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                result.insert(o.value(QStringLiteral("event")).toString(), o);
        }
        return result;
    }

private slots:
    void screenshotsOfEveryPane()
    {
        QTemporaryDir home;
        QProcess app;
        app.setProcessEnvironment(environment(home));
        const QString dir = home.filePath(QStringLiteral("shots"));
        app.start(executable(), {QStringLiteral("--screenshot"), dir});
        QVERIFY2(app.waitForFinished(120000), qPrintable(app.errorString()));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        for (const char *pane : {"requisitions", "pay-bands", "applications", "sync"}) {
            const QImage image(dir + u'/' + QLatin1String(pane) + QStringLiteral(".png"));
            QVERIFY2(!image.isNull(), pane);
            QVERIFY(image.width() >= 800);
            QVERIFY(image.height() >= 500);
        }
        // The default cache was created in REQDESK_HOME.
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("cache.sqlite"))));
    }

    void exitWhenReadyReportsReadyThenSettled()
    {
        QTemporaryDir home;
        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(executable(),
                  {QStringLiteral("--db"),
                   home.filePath(QStringLiteral("fresh.sqlite")),
                   QStringLiteral("--exit-when-ready")});
        QVERIFY2(app.waitForFinished(120000), qPrintable(app.errorString()));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const auto lines = events(app.readAllStandardOutput());
        QVERIFY(lines.contains(QStringLiteral("ready")));
        QVERIFY(lines.contains(QStringLiteral("settled")));
        const double ready
                = lines.value(QStringLiteral("ready")).value(QStringLiteral("ms")).toDouble();
        QVERIFY(ready > 0);
        QVERIFY(lines.value(QStringLiteral("settled")).value(QStringLiteral("ms")).toDouble()
                >= ready);
        QCOMPARE(lines.value(QStringLiteral("ready")).value(QStringLiteral("rows")).toInt(), 0);
    }

    void exercisePanesReportsMemory()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("demo.sqlite"));
        {
            auto database = Reqdesk::Store::Database::open(db);
            QVERIFY(database);
            Reqdesk::Store::DemoDataLoader loader(**database);
            QVERIFY(loader.load(Reqdesk::Core::DemoDataGenerator(7), 3000, 1500));
        }
        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(executable(), {QStringLiteral("--db"), db, QStringLiteral("--exercise-panes")});
        QVERIFY2(app.waitForFinished(180000), qPrintable(app.errorString()));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const QJsonObject done
                = events(app.readAllStandardOutput()).value(QStringLiteral("exercised"));
        QVERIFY(!done.isEmpty());
        QCOMPARE(done.value(QStringLiteral("rows")).toInt(), 3000);
        QCOMPARE(done.value(QStringLiteral("scroll_steps")).toInt(), 100);
        QCOMPARE(done.value(QStringLiteral("stalled_steps")).toInt(), 0);
        // Paged down to the end of the 1,500 applications (200 a page).
        QCOMPARE(done.value(QStringLiteral("application_rows")).toInt(), 1500);
#ifdef Q_OS_LINUX
        QVERIFY(done.value(QStringLiteral("vmrss_kib")).toDouble() > 0);
        QVERIFY(done.value(QStringLiteral("vmhwm_kib")).toDouble()
                >= done.value(QStringLiteral("vmrss_kib")).toDouble());
#endif
    }

    void aBadServerUrlIsRefused()
    {
        QTemporaryDir home;
        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(executable(), {QStringLiteral("--server"), QStringLiteral("ftp://nowhere")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(app.readAllStandardError().contains("--server"));
    }

    void offlineScreenshots()
    {
        QTemporaryDir home;
        QProcess app;
        app.setProcessEnvironment(environment(home));
        const QString dir = home.filePath(QStringLiteral("shots"));
        app.start(executable(), {QStringLiteral("--offline"), QStringLiteral("--screenshot"), dir});
        QVERIFY(app.waitForFinished(120000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        QVERIFY(QFile::exists(dir + QStringLiteral("/sync.png")));
    }

    void thePreferredLanguageIsLoadedAtStart()
    {
        QTemporaryDir home;
        {
            QSettings settings(home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("Gui/language"), QStringLiteral("de"));
        }
        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(executable(), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(60000));
        const QString help = QString::fromUtf8(app.readAllStandardOutput());
        // The help text of --screenshot, in German although the system language is not.
        QVERIFY2(help.contains(QStringLiteral("Jeden Bereich")), qPrintable(help));
    }

    void aDamagedCacheIsRefusedUntouched()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("damaged.sqlite"));
        QByteArray bytes("SQLite format 3");
        bytes.append('\0');
        bytes.append(QByteArray(200, '\x5a'));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(executable(),
                  {QStringLiteral("--db"),
                   db,
                   QStringLiteral("--screenshot"),
                   home.filePath(QStringLiteral("shots"))});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(!app.readAllStandardError().isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(tst_ReqdeskApp)
#include "tst_reqdeskapp.moc"
