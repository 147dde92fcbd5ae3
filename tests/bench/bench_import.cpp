// P10 (TARGETS.md): postings per second for seed-sized text through the importer alone, beside
// a plain pass over the same bytes (decode + split into lines) as the physical limit.
#include "core/import/postingimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

using namespace Reqdesk::Core;

namespace {

QByteArray load(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs body for at least minMs (and at least minRounds), returns rounds per second.
template<typename F>
double perSecond(F body, qint64 minMs = 1500, int minRounds = 20)
{
    for (int i = 0; i < 5; ++i) // warm up: caches and static regex compilation
        body();
    QElapsedTimer timer;
    timer.start();
    qint64 rounds = 0;
    while (rounds < minRounds || timer.elapsed() < minMs) {
        body();
        ++rounds;
    }
    return double(rounds) * 1.0e9 / double(timer.nsecsElapsed());
}

void print(const QString &bench, const QString &unit, double value, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("bench"), bench);
    o.insert(QStringLiteral("unit"), unit);
    o.insert(QStringLiteral("value"), qRound64(value));
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString source = QStringLiteral(REQDESK_SEED_DIR "/posting-software-engineer-2.txt");
    QByteArray seed = load(source);
    if (seed.isEmpty()) {
        source = QStringLiteral(REQDESK_TEST_DATA_DIR "/postings/zones-backend-engineer.txt");
        seed = load(source);
    }
    if (seed.isEmpty()) {
        std::fprintf(stderr, "no posting to benchmark\n");
        return 1;
    }

    qint64 sink = 0;
    const double reference = perSecond([&] {
        const QString text = QString::fromUtf8(seed);
        const QStringList lines = text.split(u'\n');
        sink += lines.size();
    });
    const double imported = perSecond([&] {
        const Result<ImportResult> r = PostingImporter::import(seed, PostingFormat::Text);
        sink += r.ok() ? r->requisitions.first().bands.size() : -1;
    });

    const QJsonObject common{{QStringLiteral("bytes"), qint64(seed.size())},
                             {QStringLiteral("target"), 5000}};
    print(QStringLiteral("import_text_reference"),
          QStringLiteral("postings_per_s"),
          reference,
          common);
    QJsonObject extra = common;
    extra.insert(QStringLiteral("reference"), qRound64(reference));
    extra.insert(QStringLiteral("share_of_reference"), imported / reference);
    print(QStringLiteral("import_text"), QStringLiteral("postings_per_s"), imported, extra);

    // The same posting as a page: the HTML scanner in front of the text parser.
    QString page = QStringLiteral("<html><head><style>p{}</style></head><body>");
    for (const QString &line : QString::fromUtf8(seed).split(u'\n'))
        page += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>\n");
    page += QStringLiteral("</body></html>");
    const QByteArray html = page.toUtf8();
    const double fromHtml = perSecond([&] {
        const Result<ImportResult> r = PostingImporter::import(html, PostingFormat::Html);
        sink += r.ok() ? 1 : -1;
    });
    print(QStringLiteral("import_html"),
          QStringLiteral("postings_per_s"),
          fromHtml,
          QJsonObject{{QStringLiteral("bytes"), qint64(html.size())}});
    return sink == 0 ? 2 : 0;
}
