// Runs the real `reqdesk` executable under the offscreen platform.
#include <QFile>
#include <QImage>
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
