// reqdesk-cli driven as a real process against real SQLite files, as a script or a user would.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importSeedExactly();
    void importMalformedFileSavesNothing();
    void importGoodAndBadFiles();
    void exportJson();
    void exportCsv();
    void searchAndFilter();
    void generateIsDeterministic();
    void usageErrors();
    void foreignDatabaseIsRefusedAndUntouched();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    QString writeFile(const QString &name, const QByteArray &content);
    QString seedFile() const;
    QJsonObject stats();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("cache.sqlite"));
}

tst_Cli::Run tst_Cli::cli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REQDESK_HOME"), m_dir->path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REQDESK_BINARY_DIR "/src/cli/reqdesk-cli"),
                  QStringList{QStringLiteral("--db"), m_db} + args);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString tst_Cli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QString tst_Cli::seedFile() const
{
    return QStringLiteral(REQDESK_SEED_DIR "/posting-software-engineer-2.txt");
}

QJsonObject tst_Cli::stats()
{
    const Run run = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

void tst_Cli::importSeedExactly()
{
    if (!QFile::exists(seedFile()))
        QSKIP("seed posting not found beside the project");
    const Run run = cli({QStringLiteral("import"), seedFile()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(run.out.trimmed()).object();
    QCOMPARE(summary.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    const QJsonArray reqs = summary.value(QStringLiteral("requisitions")).toArray();
    QCOMPARE(reqs.size(), 1);
    QCOMPARE(reqs.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Software Engineer 2"));
    QCOMPARE(reqs.at(0).toObject().value(QStringLiteral("bands")).toInt(), 4);
    QVERIFY(!summary.value(QStringLiteral("warnings")).toArray().isEmpty());

    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("requisitions")).toInteger(), 1);
    QCOMPARE(s.value(QStringLiteral("pay_bands")).toInteger(), 4);
    // A user's import is a local edit: it waits in the outbox for the next sync.
    QVERIFY(s.value(QStringLiteral("outbox_pending")).toInteger() >= 1);

    // The same file again: the posting is recognised and skipped, not doubled.
    const Run again = cli({QStringLiteral("import"), seedFile()});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject second = QJsonDocument::fromJson(again.out.trimmed()).object();
    QCOMPARE(second.value(QStringLiteral("requisitions")).toArray().size(), 0);
    QCOMPARE(second.value(QStringLiteral("skipped")).toArray().size(), 1);
    QCOMPARE(second.value(QStringLiteral("skipped"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("existing_id"))
                     .toString(),
             reqs.at(0).toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(stats().value(QStringLiteral("requisitions")).toInteger(), 1);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--allow-duplicates"), seedFile()})
                     .exitCode,
             0);
    QCOMPARE(stats().value(QStringLiteral("requisitions")).toInteger(), 2);
}

void tst_Cli::importMalformedFileSavesNothing()
{
    const QString bad = writeFile(QStringLiteral("board.json"),
                                  "{\n  \"jobs\": [\n    {\"id\": 1, \"title\": \"Broken\",\n");
    const Run run = cli({QStringLiteral("import"),
                         QStringLiteral("--format"),
                         QStringLiteral("greenhouse"),
                         bad});
    QVERIFY(run.exitCode != 0);
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains("board.json"), run.err.constData());
    QVERIFY2(lines.first().contains("line"), run.err.constData());
    QCOMPARE(stats().value(QStringLiteral("requisitions")).toInteger(), 0);
}

void tst_Cli::importGoodAndBadFiles()
{
    const QString good = writeFile(QStringLiteral("good.txt"),
                                   "Platform Engineer\nAcme Rockets\n\nResponsibilities\n"
                                   "- Keep the launch pipeline fast.\n- Review designs.\n\n"
                                   "The base salary range is $120,000 - $150,000 per year.\n");
    const QString empty = writeFile(QStringLiteral("empty.txt"), "");
    const Run run = cli({QStringLiteral("import"), good, empty});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("empty.txt"), run.err.constData());
    QVERIFY(!run.err.contains("good.txt"));
    QCOMPARE(stats().value(QStringLiteral("requisitions")).toInteger(), 1);
}

void tst_Cli::exportJson()
{
    if (!QFile::exists(seedFile()))
        QSKIP("seed posting not found beside the project");
    QCOMPARE(cli({QStringLiteral("import"), seedFile()}).exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("export.json"));
    const Run run = cli({QStringLiteral("export"),
                         QStringLiteral("--format"),
                         QStringLiteral("json"),
                         QStringLiteral("--out"),
                         out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray reqs = doc.object().value(QStringLiteral("requisitions")).toArray();
    QCOMPARE(reqs.size(), 1);
    const QJsonObject r = reqs.at(0).toObject();
    for (const char *key : {"id",
                            "title",
                            "company",
                            "status",
                            "level",
                            "locations",
                            "responsibilities",
                            "qualifications",
                            "bands",
                            "flags"})
        QVERIFY2(r.contains(QLatin1String(key)), key);
    QCOMPARE(r.value(QStringLiteral("responsibilities")).toArray().size(), 6);
    const QJsonArray bands = r.value(QStringLiteral("bands")).toArray();
    QCOMPARE(bands.size(), 4);
    QSet<QString> ranges;
    for (const QJsonValue &b : bands) {
        const QJsonObject band = b.toObject();
        QCOMPARE(band.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(band.value(QStringLiteral("period")).toString(), QStringLiteral("year"));
        ranges.insert(QStringLiteral("%1 %2-%3")
                              .arg(band.value(QStringLiteral("level")).toString())
                              .arg(band.value(QStringLiteral("min")).toDouble())
                              .arg(band.value(QStringLiteral("max")).toDouble()));
    }
    QCOMPARE(ranges,
             (QSet<QString>{QStringLiteral("IC3 100600-199000"),
                            QStringLiteral("IC3 131400-215400"),
                            QStringLiteral("IC4 119800-234700"),
                            QStringLiteral("IC4 158400-258000")}));
}

void tst_Cli::exportCsv()
{
    if (!QFile::exists(seedFile()))
        QSKIP("seed posting not found beside the project");
    QCOMPARE(cli({QStringLiteral("import"), seedFile()}).exitCode, 0);
    const Run run
            = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // header + one row per band
    QVERIFY(lines.first().startsWith("requisition_id,title,company"));
    QVERIFY(run.out.contains(",USD,year,100600,199000,"));
}

void tst_Cli::searchAndFilter()
{
    QCOMPARE(cli({QStringLiteral("generate"),
                  QStringLiteral("--requisitions"),
                  QStringLiteral("300"),
                  QStringLiteral("--applications"),
                  QStringLiteral("100"),
                  QStringLiteral("--seed"),
                  QStringLiteral("5")})
                     .exitCode,
             0);
    Run run = cli({QStringLiteral("search"),
                   QStringLiteral("engineer"),
                   QStringLiteral("--status"),
                   QStringLiteral("open"),
                   QStringLiteral("--limit"),
                   QStringLiteral("20"),
                   QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() <= 20);
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    }
    run = cli({QStringLiteral("search"), QStringLiteral("zyxwvut"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
    run = cli({QStringLiteral("search"),
               QStringLiteral("\"unbalanced AND (quote"),
               QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("search"),
               QStringLiteral("engineer"),
               QStringLiteral("--status"),
               QStringLiteral("sideways")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("sideways"));
}

void tst_Cli::generateIsDeterministic()
{
    const QStringList gen{QStringLiteral("generate"),
                          QStringLiteral("--requisitions"),
                          QStringLiteral("120"),
                          QStringLiteral("--applications"),
                          QStringLiteral("400"),
                          QStringLiteral("--seed"),
                          QStringLiteral("9")};
    QCOMPARE(cli(gen).exitCode, 0);
    const QJsonObject s = stats();
    QCOMPARE(s.value(QStringLiteral("requisitions")).toInteger(), 120);
    QCOMPARE(s.value(QStringLiteral("applications")).toInteger(), 400);
    QVERIFY(s.value(QStringLiteral("stage_events")).toInteger() >= 400);
    QCOMPARE(s.value(QStringLiteral("outbox_pending")).toInteger(), 0);
    const QByteArray first
            = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")})
                      .out;

    m_db = m_dir->filePath(QStringLiteral("second.sqlite"));
    QCOMPARE(cli(gen).exitCode, 0);
    const QByteArray second
            = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")})
                      .out;
    QCOMPARE(QJsonDocument::fromJson(first)
                     .object()
                     .value(QStringLiteral("requisitions"))
                     .toArray()
                     .size(),
             120);
    QCOMPARE(QCryptographicHash::hash(first, QCryptographicHash::Sha256),
             QCryptographicHash::hash(second, QCryptographicHash::Sha256));
}

void tst_Cli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
             2);
    const Run missing
            = cli({QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.txt"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("nope.txt"));
    QVERIFY(cli({QStringLiteral("--help")}).out.contains("import"));
}

void tst_Cli::foreignDatabaseIsRefusedAndUntouched()
{
    const QByteArray garbage = QByteArray("not a database at all\n").repeated(200);
    QFile::remove(m_db);
    QVERIFY(!writeFile(QStringLiteral("cache.sqlite"), garbage).isEmpty());
    const Run run = cli({QStringLiteral("stats")});
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.err.isEmpty());
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
