#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Reqdesk::Bench {

/// One JSON line an app run printed, with the wall time since the process was started.
struct AppEvent
{
    double ms = 0;
    QJsonObject object;
};

/// Helpers shared by the app benchmarks (P4–P7): dataset sizes from the environment, the cached
/// demo database, the sqlite3 shell as a timed process, medians and JSON lines.
class BenchSupport final
{
public:
    /// REQDESK_BENCH_ROWS, else 100,000 requisitions (TARGETS.md: 1,000,000).
    static qint64 requisitionCount();
    /// REQDESK_BENCH_APPLICATIONS, else 100,000 applications (TARGETS.md: 10,000,000; the
    /// full-size file is bulk loaded in about 32 minutes here, 25.5 GB).
    static qint64 applicationCount();
    /// The demo database with `requisitions` and `applications`, generated once and kept under
    /// build/bench/data (REQDESK_BENCH_DATA_DIR overrides) keyed by the sizes; later runs reuse
    /// it. Exits the process when it cannot be made.
    static QString dataset(qint64 requisitions, qint64 applications);
    /// A cache with the schema and no rows, made fresh at `path` (the "empty cache" reference).
    static void createEmptyCache(const QString &path);
    /// Runs `sqlite3 db sql` as a process; returns its wall milliseconds, start to exit.
    static double shellMilliseconds(const QString &db, const QString &sql, QByteArray *output);
    /// `sql` with its `?` placeholders replaced by `binds` as SQL literals, for the shell.
    static QString inlineSql(const QString &sql, const QVariantList &binds);
    /// Runs the reqdesk executable on `db` with `arguments` under QT_QPA_PLATFORM=offscreen and
    /// fresh settings in `configDir` (removed first); returns the JSON lines it printed, each
    /// timed when it arrived. Exits the process when the app fails or runs over `timeoutMs`.
    static QList<AppEvent> runApp(const QString &db,
                                  const QStringList &arguments,
                                  const QString &configDir,
                                  int timeoutMs = 600000);
    /// The first event named `name` in `events`; an empty one (ms 0) when there is none.
    static AppEvent event(const QList<AppEvent> &events, const QString &name);
    /// The median (upper middle for an even count); 0 for none.
    static double median(QList<double> values);
    /// Prints `object` as one compact JSON line on stdout and flushes.
    static void emitLine(const QJsonObject &object);
};

} // namespace Reqdesk::Bench
