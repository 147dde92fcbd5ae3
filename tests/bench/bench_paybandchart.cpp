// P9 (TARGETS.md): a pay-band chart of 500 bands, from data to painted, against the sqlite3 shell
// running the aggregation query over 500 band rows as a process, timed in the same run.
// "Painted" means rendered into a QImage through the same path an export takes, with QtCharts'
// pending layout flushed, so nothing is left for a later event loop turn.
#include "core/payband.h"
#include "gui/charts/paybandchartview.h"
#include "gui/charts/postingbands.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {

constexpr int kBands = 500;
constexpr int kRounds = 21;

struct Row
{
    QString level, location;
    qint64 min, max;
};

QList<Row> rows(int salt)
{
    QList<Row> result;
    for (int i = 0; i < kBands; ++i) {
        const qint64 min = 60000 + (i * 7919 + salt) % 90000;
        result.append({QStringLiteral("L%1").arg(i % 7 + 1),
                       QStringLiteral("Zone %1").arg(i / 7 + 1),
                       min * 100,
                       (min + 40000 + (i * 104729) % 60000) * 100});
    }
    return result;
}

// 500 bands over `count` postings; `salt` shifts the figures so each round is a real rebuild.
QList<PostingBands> postings(int salt, int count)
{
    QList<PostingBands> result(count);
    for (int p = 0; p < count; ++p) {
        result[p].requisitionId = QUuid::createUuid();
        result[p].title = QStringLiteral("Posting %1").arg(p + 1);
    }
    const QList<Row> data = rows(salt);
    for (int i = 0; i < data.size(); ++i) {
        Core::PayBand band;
        band.id = QUuid::createUuid();
        band.level = data.at(i).level;
        band.location = data.at(i).location;
        band.currency = QStringLiteral("USD");
        band.minMinor = data.at(i).min;
        band.maxMinor = data.at(i).max;
        result[i % count].bands.append(band);
    }
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void print(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Median wall time of the sqlite3 shell running the aggregation, process start to exit.
std::optional<double> sqliteReference(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("bands.sqlite"));
    QByteArray script = "CREATE TABLE pay_bands(level TEXT, location TEXT, currency TEXT, "
                        "min_minor INTEGER, max_minor INTEGER);\nBEGIN;\n";
    for (const Row &r : rows(0)) {
        script += QStringLiteral("INSERT INTO pay_bands VALUES('%1','%2','USD',%3,%4);\n")
                          .arg(r.level, r.location)
                          .arg(r.min)
                          .arg(r.max)
                          .toUtf8();
    }
    script += "COMMIT;\n";
    QProcess create;
    create.start(QStringLiteral("sqlite3"), {db});
    if (!create.waitForStarted())
        return std::nullopt;
    create.write(script);
    create.closeWriteChannel();
    if (!create.waitForFinished() || create.exitCode() != 0)
        return std::nullopt;

    const QString query = QStringLiteral("SELECT level, location, min(min_minor), max(max_minor) "
                                         "FROM pay_bands GROUP BY level, location");
    QList<double> times;
    for (int i = 0; i < kRounds; ++i) {
        QElapsedTimer timer;
        QProcess shell;
        timer.start();
        shell.start(QStringLiteral("sqlite3"), {db, query});
        if (!shell.waitForFinished() || shell.exitCode() != 0)
            return std::nullopt;
        const double ms = double(timer.nsecsElapsed()) / 1.0e6;
        if (shell.readAllStandardOutput().count('\n') < 100)
            return std::nullopt;
        times.append(ms);
    }
    return median(times);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QTemporaryDir dir;
    const std::optional<double> reference = sqliteReference(dir);

    QJsonObject ref;
    ref.insert(QStringLiteral("bench"), QStringLiteral("sqlite3_shell_aggregate_500_bands"));
    ref.insert(QStringLiteral("unit"), QStringLiteral("ms"));
    ref.insert(QStringLiteral("value"), reference ? QJsonValue(*reference) : QJsonValue());
    ref.insert(QStringLiteral("rounds"), kRounds);
    if (!reference)
        ref.insert(QStringLiteral("error"), QStringLiteral("sqlite3 shell not available"));
    print(ref);

    // Two shapes of the same 500 bands: one posting (one colour), and five postings side by
    // side (a colour each, so five times the bar sets).
    bool allDrawn = true;
    for (int postingCount : {1, 5}) {
        const QList<PostingBands> a = postings(0, postingCount);
        const QList<PostingBands> b = postings(1, postingCount);
        PayBandChartView view;
        view.resize(1200, 800);
        view.show();
        QApplication::processEvents();
        view.setMode(postingCount == 1 ? PayBandChartMode::LevelByLocation
                                       : PayBandChartMode::PostingsSideBySide);
        const QSize size = view.exportSize().toSize();
        QImage image(size, QImage::Format_ARGB32_Premultiplied);

        const auto paint = [&](const QList<PostingBands> &data) {
            QElapsedTimer timer;
            timer.start();
            view.setBands(data);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            view.renderChart(&painter, QRectF(QPointF(), QSizeF(size)));
            painter.end();
            return double(timer.nsecsElapsed()) / 1.0e6;
        };
        const double first = paint(a);
        QList<double> times;
        for (int i = 0; i < kRounds; ++i) {
            times.append(paint(i % 2 ? a : b));
            QApplication::processEvents(); // let deferred deletions of the previous series run
        }
        const double chart = median(times);
        allDrawn = allDrawn && view.barCount() == kBands;

        QJsonObject o;
        o.insert(QStringLiteral("bench"),
                 postingCount == 1
                         ? QStringLiteral("paybandchart_500_one_posting_data_to_painted")
                         : QStringLiteral("paybandchart_500_five_postings_data_to_painted"));
        o.insert(QStringLiteral("unit"), QStringLiteral("ms"));
        o.insert(QStringLiteral("value"), chart);
        o.insert(QStringLiteral("first_ms"), first);
        o.insert(QStringLiteral("bars"), view.barCount());
        o.insert(QStringLiteral("image"),
                 QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
        o.insert(QStringLiteral("rounds"), kRounds);
        if (reference) {
            o.insert(QStringLiteral("reference"), *reference);
            o.insert(QStringLiteral("target_ms"), *reference + 50.0);
            o.insert(QStringLiteral("meets_p9"), chart <= *reference + 50.0);
        }
        print(o);
    }
    return allDrawn ? 0 : 1;
}
