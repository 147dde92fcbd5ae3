#include "benchsupport.h"

#include "core/demodatagenerator.h"
#include "store/database.h"
#include "store/demodataloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace Reqdesk::Bench {

namespace {

// The generator's seed of every app benchmark: the same rows in every run and on every machine.
constexpr quint64 kSeed = 2026;

qint64 envCount(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

QString dataDir()
{
    if (qEnvironmentVariableIsSet("REQDESK_BENCH_DATA_DIR"))
        return qEnvironmentVariable("REQDESK_BENCH_DATA_DIR");
    return QStringLiteral(REQDESK_BENCH_DATA_DIR);
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

qint64 BenchSupport::requisitionCount()
{
    return envCount("REQDESK_BENCH_ROWS", 100000);
}

qint64 BenchSupport::applicationCount()
{
    return envCount("REQDESK_BENCH_APPLICATIONS", 100000);
}

QString BenchSupport::dataset(qint64 requisitions, qint64 applications)
{
    const QString dir = dataDir();
    if (!QDir().mkpath(dir))
        qFatal("cannot create %s", qPrintable(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("demo-r%1-a%2-s%3.sqlite")
                                                    .arg(requisitions)
                                                    .arg(applications)
                                                    .arg(kSeed));
    if (QFileInfo::exists(path))
        return path;
    // Built under another name and renamed when complete: an interrupted run leaves no file
    // that a later run would take for a whole dataset.
    const QString partial = path + QStringLiteral(".partial");
    removeDatabaseFiles(partial);
    QElapsedTimer timer;
    timer.start();
    std::fprintf(stderr,
                 "generating %lld requisitions, %lld applications into %s\n",
                 static_cast<long long>(requisitions),
                 static_cast<long long>(applications),
                 qPrintable(path));
    {
        auto db = Store::Database::open(partial);
        if (!db)
            qFatal("open %s: %s", qPrintable(partial), qPrintable(db.error().message()));
        // A rollback journal while generating: in WAL mode the one big transaction would be
        // written twice (WAL, then checkpoint) and need the disk twice over; journaling an
        // empty file copies almost nothing. The cache is switched back to WAL at the end.
        if (auto s = (*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !s)
            qFatal("journal_mode: %s", qPrintable(s.error().message()));
        Store::DemoDataLoader loader(**db);
        const auto counts = loader.load(Core::DemoDataGenerator(kSeed), requisitions, applications);
        if (!counts)
            qFatal("demo data: %s", qPrintable(counts.error().message()));
        // Fresh statistics for the planner (sampled: a full ANALYZE reads every index of a
        // 10-million-application file), then back to WAL as Database::open makes it.
        for (const char *sql : {"PRAGMA analysis_limit = 10000",
                                "ANALYZE",
                                "PRAGMA journal_mode = WAL",
                                "PRAGMA wal_checkpoint(TRUNCATE)"}) {
            if (auto s = (*db)->exec(QLatin1String(sql)); !s)
                qFatal("%s: %s", sql, qPrintable(s.error().message()));
        }
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        qFatal("cannot rename %s", qPrintable(partial));
    emitLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("dataset_generated")},
                         {QStringLiteral("unit"), QStringLiteral("s")},
                         {QStringLiteral("value"), double(timer.elapsed()) / 1000.0},
                         {QStringLiteral("requisitions"), requisitions},
                         {QStringLiteral("applications"), applications},
                         {QStringLiteral("file_bytes"), QFileInfo(path).size()}});
    return path;
}

void BenchSupport::createEmptyCache(const QString &path)
{
    removeDatabaseFiles(path);
    auto db = Store::Database::open(path);
    if (!db)
        qFatal("open %s: %s", qPrintable(path), qPrintable(db.error().message()));
    if (auto s = (*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        qFatal("checkpoint: %s", qPrintable(s.error().message()));
}

double BenchSupport::shellMilliseconds(const QString &db, const QString &sql, QByteArray *output)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), db, sql});
    if (!shell.waitForStarted())
        qFatal("cannot start sqlite3");
    shell.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const QByteArray err = shell.readAllStandardError();
    if (shell.exitCode() != 0 || !err.isEmpty())
        qFatal("sqlite3 failed: %s", err.constData());
    if (output)
        *output = shell.readAllStandardOutput();
    return ms;
}

QString BenchSupport::inlineSql(const QString &sql, const QVariantList &binds)
{
    QString out;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == u'?' && next < binds.size()) {
            const QVariant &v = binds.at(next++);
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                out += QString::number(v.toLongLong());
            } else {
                QString s = v.toString();
                s.replace(QLatin1Char('\''), QStringLiteral("''"));
                out += QLatin1Char('\'') + s + QLatin1Char('\'');
            }
        } else {
            out += c;
        }
    }
    return out;
}

QList<AppEvent> BenchSupport::runApp(const QString &db,
                                     const QStringList &arguments,
                                     const QString &configDir,
                                     int timeoutMs)
{
    QDir(configDir).removeRecursively();
    QDir().mkpath(configDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("REQDESK_HOME"), configDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    env.insert(QStringLiteral("XDG_DATA_HOME"), configDir);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), configDir);
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QList<AppEvent> events;
    QElapsedTimer timer;
    timer.start();
    app.start(QStringLiteral(REQDESK_APP_EXE), QStringList{QStringLiteral("--db"), db} + arguments);
    if (!app.waitForStarted())
        qFatal("cannot start %s", REQDESK_APP_EXE);
    QByteArray pending;
    while (app.state() != QProcess::NotRunning || app.bytesAvailable() > 0) {
        if (timer.elapsed() > timeoutMs) {
            app.kill();
            app.waitForFinished();
            qFatal("reqdesk ran over %d ms", timeoutMs);
        }
        if (app.bytesAvailable() == 0 && !app.waitForReadyRead(100))
            continue;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        pending += app.readAllStandardOutput();
        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                events.append(AppEvent{ms, doc.object()});
        }
    }
    app.waitForFinished();
    if (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0)
        qFatal("reqdesk failed (%d): %s",
               app.exitCode(),
               app.readAllStandardError().right(2000).constData());
    return events;
}

AppEvent BenchSupport::event(const QList<AppEvent> &events, const QString &name)
{
    for (const AppEvent &e : events) {
        if (e.object.value(QStringLiteral("event")).toString() == name)
            return e;
    }
    return {};
}

double BenchSupport::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void BenchSupport::emitLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace Reqdesk::Bench
