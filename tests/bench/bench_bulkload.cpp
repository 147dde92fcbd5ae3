// P1 (TARGETS.md): bulk load of N requisitions with bands, indexes and FTS through BulkLoader,
// against the sqlite3 shell loading the same rows (.import of CSV) into the same schema.
// P4-style: one FTS + filter first page through the repository against the sqlite3 shell
// running the same SQL. Prints one JSON object per line.
//
//   REQDESK_BENCH_ROWS=100000 ./build/bench/tests/bench/bench_bulkload

#include "core/demodatagenerator.h"
#include "store/bulkloader.h"
#include "store/database.h"
#include "store/requisitionrecord.h"
#include "store/requisitionrepository.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Reqdesk;
using namespace Reqdesk::Store;

namespace {

constexpr quint64 kSeed = 2026;
constexpr qint64 kChunk = 2000;

void emitLine(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QString csvField(const QVariant &v)
{
    if (v.isNull())
        return QString();
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(v.toLongLong());
    default: {
        QString s = v.toString();
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    }
}

void writeCsvRow(QTextStream &out, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out << ',';
        out << csvField(values.at(i));
    }
    out << '\n';
}

struct LoadResult
{
    double seconds = 0;
    double finishSeconds = 0;
};

/// Loads N generated rows through BulkLoader; when `csvDir` is set, also writes the same rows as
/// CSV for the shell (outside the timed region).
LoadResult loadWithBulkLoader(const QString &path,
                              qint64 rows,
                              BulkLoader::Method method,
                              const QString &csvDir)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().message()));
    const Core::DemoDataGenerator generator(kSeed);
    std::unique_ptr<QFile> reqFile, bandFile, termFile;
    std::unique_ptr<QTextStream> reqOut, bandOut, termOut;
    if (!csvDir.isEmpty()) {
        const auto open =
                [&](std::unique_ptr<QFile> &f, std::unique_ptr<QTextStream> &s, const char *name) {
                    f = std::make_unique<QFile>(csvDir + QLatin1Char('/') + QLatin1String(name));
                    if (!f->open(QIODevice::WriteOnly | QIODevice::Truncate))
                        qFatal("cannot write csv");
                    s = std::make_unique<QTextStream>(f.get());
                };
        open(reqFile, reqOut, "requisitions.csv");
        open(bandFile, bandOut, "pay_bands.csv");
        open(termFile, termOut, "location_terms.csv");
    }
    BulkLoader loader(**db, method);
    QElapsedTimer timer;
    qint64 elapsed = 0;
    timer.start();
    if (auto s = loader.begin(); !s)
        qFatal("begin: %s", qPrintable(s.error().message()));
    elapsed += timer.nsecsElapsed();
    QList<Core::Requisition> chunk;
    for (qint64 start = 0; start < rows; start += kChunk) {
        chunk.clear();
        for (qint64 i = start; i < std::min(rows, start + kChunk); ++i)
            chunk << generator.requisition(i);
        if (reqOut) {
            qint64 rid = start;
            for (const auto &r : chunk) {
                QVariantList values = RequisitionRecord::rowValues(r);
                values.prepend(++rid); // the shell's .import fills every column, rid included
                writeCsvRow(*reqOut, values);
                for (const QVariantList &band : RequisitionRecord::bandRows(r))
                    writeCsvRow(*bandOut, band);
                const QString id = r.id.toString(QUuid::WithoutBraces);
                for (const QString &term : RequisitionRecord::locationTerms(r))
                    writeCsvRow(*termOut, {term, id});
            }
        }
        timer.restart();
        if (auto s = loader.addAll(chunk); !s)
            qFatal("add: %s", qPrintable(s.error().message()));
        elapsed += timer.nsecsElapsed();
    }
    timer.restart();
    if (auto s = loader.finish(); !s)
        qFatal("finish: %s", qPrintable(s.error().message()));
    const qint64 finish = timer.nsecsElapsed();
    elapsed += finish;
    return {double(elapsed) / 1e9, double(finish) / 1e9};
}

/// Runs the sqlite3 shell on `db` with `script` on stdin; returns wall seconds of the process.
double runShell(const QString &db, const QByteArray &script, QByteArray *output = nullptr)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), db});
    if (!shell.waitForStarted())
        qFatal("cannot start sqlite3");
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray err = shell.readAllStandardError();
    if (shell.exitCode() != 0 || !err.isEmpty())
        qFatal("sqlite3 failed: %s", err.constData());
    if (output)
        *output = shell.readAllStandardOutput();
    return seconds;
}

QByteArray shellLoadScript(const QString &csvDir)
{
    QStringList lines;
    lines << QStringLiteral("PRAGMA synchronous = OFF;")
          << QStringLiteral("PRAGMA foreign_keys = OFF;") << QStringLiteral("BEGIN;");
    for (const QString &name : Schema::bulkIndexNames())
        lines << QStringLiteral("DROP INDEX %1;").arg(name);
    for (const QString &name : Schema::ftsTriggerNames())
        lines << QStringLiteral("DROP TRIGGER %1;").arg(name);
    for (const char *table : {"requisitions", "pay_bands", "location_terms"})
        lines << QStringLiteral(".import --csv %1/%2.csv %2").arg(csvDir, QLatin1String(table));
    for (const QString &sql : Schema::bulkIndexes())
        lines << sql + QLatin1Char(';');
    lines << QStringLiteral("INSERT INTO requisition_fts(requisition_fts) VALUES ('rebuild');");
    for (const QString &sql : Schema::ftsTriggers())
        lines << sql + QLatin1Char(';');
    lines << QStringLiteral("COMMIT;");
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

/// The page statement with its values written in as SQL literals, for the shell.
QString inlineSql(const QString &sql, const QVariantList &binds)
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

/// Size of the database file after a checkpoint folds the WAL into it.
qint64 fileSize(const QString &path)
{
    QProcess checkpoint;
    checkpoint.start(QStringLiteral("sqlite3"),
                     {path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")});
    checkpoint.waitForFinished(-1);
    return QFileInfo(path).size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = qEnvironmentVariableIsSet("REQDESK_BENCH_ROWS")
                                ? qEnvironmentVariable("REQDESK_BENCH_ROWS").toLongLong()
                                : 100000;
    // REQDESK_BENCH_DIR keeps the databases for inspection (dbstat, EXPLAIN); else a temp dir.
    QTemporaryDir dir(qEnvironmentVariableIsSet("REQDESK_BENCH_DIR")
                              ? qEnvironmentVariable("REQDESK_BENCH_DIR")
                                        + QStringLiteral("/bench-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    dir.setAutoRemove(!qEnvironmentVariableIsSet("REQDESK_BENCH_DIR"));
    if (!dir.isValid())
        qFatal("no temporary directory");

    // 1. BulkLoader through the sqlite3 C API, writing the shell's CSV on the side.
    const QString apiDb = dir.filePath(QStringLiteral("api.db"));
    const LoadResult api
            = loadWithBulkLoader(apiDb, rows, BulkLoader::Method::SqliteApi, dir.path());
    // 2. BulkLoader through Qt SQL prepared queries.
    const QString qtDb = dir.filePath(QStringLiteral("qt.db"));
    const LoadResult qt = loadWithBulkLoader(qtDb, rows, BulkLoader::Method::QtSql, QString());
    // 3. The sqlite3 shell: same schema (created by Database::open), same rows, same steps.
    const QString shellDb = dir.filePath(QStringLiteral("shell.db"));
    {
        auto db = Database::open(shellDb);
        if (!db)
            qFatal("open shell db");
    }
    const double shell = runShell(shellDb, shellLoadScript(dir.path()));
    QByteArray countOut;
    runShell(shellDb, "SELECT count(*) FROM requisitions;\n", &countOut);
    if (countOut.trimmed().toLongLong() != rows)
        qFatal("shell loaded %s rows", countOut.constData());

    const auto loadLine = [&](const char *method, const LoadResult &r, const QString &path) {
        emitLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("bulkload")},
                             {QStringLiteral("method"), QLatin1String(method)},
                             {QStringLiteral("unit"), QStringLiteral("rows_per_s")},
                             {QStringLiteral("value"), qRound64(double(rows) / r.seconds)},
                             {QStringLiteral("rows"), rows},
                             {QStringLiteral("seconds"), r.seconds},
                             {QStringLiteral("index_fts_seconds"), r.finishSeconds},
                             {QStringLiteral("file_bytes"), fileSize(path)},
                             {QStringLiteral("reference_shell_seconds"), shell},
                             {QStringLiteral("ratio_vs_shell"), r.seconds / shell},
                             {QStringLiteral("target_ratio"), 1.5}});
    };
    loadLine("sqlite_api", api, apiDb);
    loadLine("qt_sql", qt, qtDb);
    emitLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("bulkload_shell")},
                         {QStringLiteral("unit"), QStringLiteral("rows_per_s")},
                         {QStringLiteral("value"), qRound64(double(rows) / shell)},
                         {QStringLiteral("rows"), rows},
                         {QStringLiteral("seconds"), shell},
                         {QStringLiteral("file_bytes"), fileSize(shellDb)}});

    // 4. P4-style: FTS + filter, first page of 100, repository vs the shell with the same SQL.
    RequisitionQuery query;
    query.filter.text = QStringLiteral("engineer");
    query.filter.statuses = {Core::RequisitionStatus::Open};
    query.sort = SortColumn::Updated;
    query.order = Qt::DescendingOrder;
    query.limit = 100;
    auto db = Database::open(apiDb, Database::OpenOptions{false, Database::Check::Header});
    if (!db)
        qFatal("reopen");
    RequisitionRepository repo(**db);
    QList<double> times;
    qsizetype got = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        auto page = repo.page(query);
        times << double(t.nsecsElapsed()) / 1e6;
        if (!page)
            qFatal("page: %s", qPrintable(page.error().message()));
        got = page->rows.size();
    }
    const double firstMs = times.first();
    std::sort(times.begin(), times.end());
    const auto [sql, binds] = RequisitionRepository::pageStatement(query);
    QList<double> shellTimes;
    QByteArray out;
    for (int i = 0; i < 7; ++i)
        shellTimes << runShell(apiDb, inlineSql(sql, binds).toUtf8() + ";\n", &out) * 1000.0;
    std::sort(shellTimes.begin(), shellTimes.end());
    emitLine(QJsonObject{
            {QStringLiteral("bench"), QStringLiteral("fts_filter_first_page")},
            {QStringLiteral("unit"), QStringLiteral("ms")},
            {QStringLiteral("value"), times.at(times.size() / 2)},
            {QStringLiteral("first_run_ms"), firstMs},
            {QStringLiteral("rows_returned"), got},
            {QStringLiteral("shell_rows"), out.count('\n')},
            {QStringLiteral("reference_shell_ms"), shellTimes.at(shellTimes.size() / 2)},
            {QStringLiteral("target"), QStringLiteral("<= shell + 20 ms")},
            {QStringLiteral("dataset_rows"), rows}});

    // 5. P5-style: reach row 0.9 × N in title order, by OFFSET seek and through anchors.
    RequisitionQuery byTitle;
    byTitle.sort = SortColumn::Title;
    byTitle.order = Qt::AscendingOrder;
    byTitle.limit = 100;
    const qint64 stride = 1000;
    const qint64 target = (rows * 9 / 10) / stride * stride;
    QElapsedTimer t;
    t.start();
    auto cursor = repo.cursorAtRow(byTitle, target);
    byTitle.after = cursor ? *cursor : std::nullopt;
    auto seekPage = repo.page(byTitle);
    const double seekMs = double(t.nsecsElapsed()) / 1e6;
    byTitle.after.reset();
    t.restart();
    auto anchors = repo.anchors(byTitle, stride);
    const double anchorsMs = double(t.nsecsElapsed()) / 1e6;
    if (!anchors || !seekPage || anchors->size() < target / stride)
        qFatal("anchors");
    t.restart();
    byTitle.after = anchors->at(target / stride - 1);
    auto anchorPage = repo.page(byTitle);
    const double anchorPageMs = double(t.nsecsElapsed()) / 1e6;
    if (!anchorPage || anchorPage->rows.first().id != seekPage->rows.first().id)
        qFatal("anchor page differs from the offset page");
    emitLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("jump_to_row")},
                         {QStringLiteral("unit"), QStringLiteral("ms")},
                         {QStringLiteral("row"), target},
                         {QStringLiteral("value"), anchorPageMs},
                         {QStringLiteral("anchors_once_ms"), anchorsMs},
                         {QStringLiteral("anchor_count"), qint64(anchors->size())},
                         {QStringLiteral("offset_seek_and_page_ms"), seekMs},
                         {QStringLiteral("target"), QStringLiteral("P5 <= 30 ms")},
                         {QStringLiteral("dataset_rows"), rows}});
    return 0;
}
