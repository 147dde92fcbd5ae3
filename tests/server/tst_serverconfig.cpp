#include "server/serverconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk::Server;
using Reqdesk::Core::ErrorCode;

class tst_ServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void precedence_data();
    void precedence();
    void configFromEnvironment();
    void refusesUnknownConfigKey();
    void refusesPlainHttpOffLoopback_data();
    void refusesPlainHttpOffLoopback();
    void invalidValues_data();
    void invalidValues();
    void commands_data();
    void commands();
    void helpMentionsEveryOption();

private:
    QString writeIni(const QString &body);
    QTemporaryDir m_dir;
};

QString tst_ServerConfig::writeIni(const QString &body)
{
    const QString path = m_dir.filePath(QStringLiteral("server.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(body.toUtf8());
    return path;
}

static QStringList args(std::initializer_list<const char *> list)
{
    QStringList out{QStringLiteral("reqdesk-server")};
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

void tst_ServerConfig::defaults()
{
    const auto config = ServerConfig::resolve(args({"--data", "/tmp/x"}), QProcessEnvironment());
    QVERIFY(config);
    QCOMPARE(config->command, ServerConfig::Command::Serve);
    QCOMPARE(config->listenHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(config->listenPort, quint16(8420));
    QCOMPARE(config->workers, 4);
    QCOMPARE(config->maxBodyBytes, qint64(1048576));
    QCOMPARE(config->passwordCost, PasswordHasher::Cost::Interactive);
    QCOMPARE(config->rateLimit.maxFailuresPerName, 5);
    QVERIFY(!config->insecureListen);
    QCOMPARE(config->sqliteFile(), QStringLiteral("/tmp/x/reqdesk-server.sqlite"));
}

void tst_ServerConfig::precedence_data()
{
    QTest::addColumn<bool>("cli");
    QTest::addColumn<bool>("env");
    QTest::addColumn<bool>("ini");
    QTest::addColumn<int>("expected");
    QTest::newRow("default only") << false << false << false << 4;
    QTest::newRow("ini") << false << false << true << 3;
    QTest::newRow("env beats ini") << false << true << true << 2;
    QTest::newRow("cli beats env and ini") << true << true << true << 1;
    QTest::newRow("cli beats ini") << true << false << true << 1;
    QTest::newRow("env alone") << false << true << false << 2;
}

void tst_ServerConfig::precedence()
{
    QFETCH(bool, cli);
    QFETCH(bool, env);
    QFETCH(bool, ini);
    QFETCH(int, expected);
    QStringList arguments = args({"--data", "/tmp/x"});
    if (cli)
        arguments << QStringLiteral("--workers") << QStringLiteral("1");
    if (ini) {
        const QString file
                = writeIni(QStringLiteral("[server]\nworkers = 3\nlisten = 127.0.0.1:9000\n"));
        arguments << QStringLiteral("--config") << file;
    }
    QProcessEnvironment environment;
    if (env)
        environment.insert(QStringLiteral("REQDESK_SERVER_WORKERS"), QStringLiteral("2"));
    const auto config = ServerConfig::resolve(arguments, environment);
    QVERIFY2(config, config ? "" : qPrintable(config.error().message()));
    QCOMPARE(config->workers, expected);
    QCOMPARE(config->listenPort, quint16(ini ? 9000 : 8420));
}

void tst_ServerConfig::configFromEnvironment()
{
    const QString file = writeIni(QStringLiteral("[server]\ndata = /srv/reqdesk\n"
                                                 "password_cost = min\ninsecure_listen = true\n"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("REQDESK_SERVER_CONFIG"), file);
    environment.insert(QStringLiteral("REQDESK_SERVER_LISTEN"), QStringLiteral("0.0.0.0:0"));
    const auto config = ServerConfig::resolve(args({}), environment);
    QVERIFY2(config, config ? "" : qPrintable(config.error().message()));
    QCOMPARE(config->dataDir, QStringLiteral("/srv/reqdesk"));
    QCOMPARE(config->passwordCost, PasswordHasher::Cost::Minimum);
    QVERIFY(config->insecureListen);
    QCOMPARE(config->listenHost, QStringLiteral("0.0.0.0"));
    QCOMPARE(config->listenPort, quint16(0));
}

void tst_ServerConfig::refusesUnknownConfigKey()
{
    const QString file = writeIni(QStringLiteral("[server]\nworkerz = 3\n"));
    const auto config = ServerConfig::resolve(args({"--data", "/tmp/x", "--config"}) << file,
                                              QProcessEnvironment());
    QVERIFY(!config);
    QCOMPARE(config.error().code, ErrorCode::ConfigInvalid);
    QVERIFY(config.error().detail.contains(QLatin1String("workerz")));
}

void tst_ServerConfig::refusesPlainHttpOffLoopback_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("ok");
    QTest::newRow("loopback v4") << QStringList{QStringLiteral("--listen"),
                                                QStringLiteral("127.0.0.1:1")}
                                 << true;
    QTest::newRow("loopback v6") << QStringList{QStringLiteral("--listen"),
                                                QStringLiteral("[::1]:1")}
                                 << true;
    QTest::newRow("localhost") << QStringList{QStringLiteral("--listen"),
                                              QStringLiteral("localhost:1")}
                               << true;
    QTest::newRow("any") << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:1")}
                         << false;
    QTest::newRow("any insecure") << QStringList{QStringLiteral("--listen"),
                                                 QStringLiteral("0.0.0.0:1"),
                                                 QStringLiteral("--insecure-listen")}
                                  << true;
    QTest::newRow("any tls") << QStringList{QStringLiteral("--listen"),
                                            QStringLiteral("0.0.0.0:1"),
                                            QStringLiteral("--tls-cert"),
                                            QStringLiteral("c.pem"),
                                            QStringLiteral("--tls-key"),
                                            QStringLiteral("k.pem")}
                             << true;
    QTest::newRow("cert without key")
            << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("c.pem")} << false;
}

void tst_ServerConfig::refusesPlainHttpOffLoopback()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, ok);
    const auto config
            = ServerConfig::resolve(args({"--data", "/tmp/x"}) << extra, QProcessEnvironment());
    QCOMPARE(config.ok(), ok);
}

void tst_ServerConfig::invalidValues_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("workers text") << QStringList{QStringLiteral("--workers"),
                                                 QStringLiteral("many")}
                                  << "workers";
    QTest::newRow("workers zero") << QStringList{QStringLiteral("--workers"), QStringLiteral("0")}
                                  << "workers";
    QTest::newRow("listen no port")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")} << "listen";
    QTest::newRow("listen host name")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("example.org:80")}
            << "listen";
    QTest::newRow("cost") << QStringList{QStringLiteral("--password-cost"), QStringLiteral("cheap")}
                          << "password-cost";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("launch")} << "launch";
}

void tst_ServerConfig::invalidValues()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    const auto config
            = ServerConfig::resolve(args({"--data", "/tmp/x"}) << extra, QProcessEnvironment());
    QVERIFY(!config);
    QCOMPARE(config.error().code, ErrorCode::ConfigInvalid);
    QVERIFY2(config.error().detail.contains(mentions), qPrintable(config.error().detail));
}

void tst_ServerConfig::commands_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("command");
    QTest::newRow("user add") << QStringList{QStringLiteral("user"),
                                             QStringLiteral("add"),
                                             QStringLiteral("ann"),
                                             QStringLiteral("--role"),
                                             QStringLiteral("viewer")}
                              << true << int(ServerConfig::Command::UserAdd);
    QTest::newRow("user add no role")
            << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann")}
            << false << 0;
    QTest::newRow("user add no name") << QStringList{QStringLiteral("user"),
                                                     QStringLiteral("add"),
                                                     QStringLiteral("--role"),
                                                     QStringLiteral("viewer")}
                                      << false << 0;
    QTest::newRow("user list") << QStringList{QStringLiteral("user"), QStringLiteral("list")}
                               << true << int(ServerConfig::Command::UserList);
    QTest::newRow("user disable") << QStringList{QStringLiteral("user"),
                                                 QStringLiteral("disable"),
                                                 QStringLiteral("ann")}
                                  << true << int(ServerConfig::Command::UserDisable);
    QTest::newRow("token revoke") << QStringList{QStringLiteral("token"),
                                                 QStringLiteral("revoke"),
                                                 QStringLiteral("--user"),
                                                 QStringLiteral("ann")}
                                  << true << int(ServerConfig::Command::TokenRevoke);
    QTest::newRow("token revoke no user")
            << QStringList{QStringLiteral("token"), QStringLiteral("revoke")} << false << 0;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true
                          << int(ServerConfig::Command::Help);
}

void tst_ServerConfig::commands()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, ok);
    QFETCH(int, command);
    const auto config
            = ServerConfig::resolve(args({"--data", "/tmp/x"}) << extra, QProcessEnvironment());
    QCOMPARE(config.ok(), ok);
    if (ok)
        QCOMPARE(int(config->command), command);
}

void tst_ServerConfig::helpMentionsEveryOption()
{
    const QString help = ServerConfig::helpText();
    for (const char *needle : {"--listen",
                               "--data",
                               "--database",
                               "--config",
                               "--tls-cert",
                               "--tls-key",
                               "--insecure-listen",
                               "--workers",
                               "--max-body-bytes",
                               "--password-cost",
                               "REQDESK_SERVER_LISTEN",
                               "REQDESK_SERVER_DATA",
                               "REQDESK_SERVER_DATABASE",
                               "user add",
                               "token revoke"}) {
        QVERIFY2(help.contains(QLatin1String(needle)), needle);
    }
}

QTEST_GUILESS_MAIN(tst_ServerConfig)
#include "tst_serverconfig.moc"
