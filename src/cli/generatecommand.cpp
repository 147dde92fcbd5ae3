#include "cli/generatecommand.h"

#include "cli/clicontext.h"
#include "core/demodatagenerator.h"
#include "store/database.h"
#include "store/demodataloader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace Reqdesk::Cli {

namespace {

bool readCount(const QCommandLineParser &parser, const QString &name, qint64 *value)
{
    bool ok = false;
    *value = parser.value(name).toLongLong(&ok);
    return ok && *value >= 0 && *value <= 100'000'000;
}

} // namespace

int GenerateCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loads deterministic demo data."));
    parser.addOption({QStringLiteral("requisitions"),
                      QStringLiteral("how many requisitions"),
                      QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("applications"),
                      QStringLiteral("how many applications"),
                      QStringLiteral("M"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("the generator's seed (default 1)"),
                      QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the summary as JSON")});
    if (const int code = context.parse(parser, QStringLiteral("generate"), args); code >= 0)
        return code;

    qint64 requisitions = 0;
    qint64 applications = 0;
    if (!readCount(parser, QStringLiteral("requisitions"), &requisitions)
        || !readCount(parser, QStringLiteral("applications"), &applications)) {
        return context.fail(QStringLiteral("--requisitions and --applications take a number from 0 "
                                           "to 100000000"),
                            ExitUsage);
    }
    if (applications > 0 && requisitions == 0)
        return context.fail(QStringLiteral("applications need at least one requisition"),
                            ExitUsage);
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return context.fail(QStringLiteral("--seed takes a whole number"), ExitUsage);

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message());

    QElapsedTimer timer;
    timer.start();
    const Core::DemoDataGenerator generator(seed);
    Store::DemoDataLoader loader(**db);
    const auto loaded = loader.load(generator, requisitions, applications);
    if (!loaded)
        return context.fail(loaded.error().message());
    const qint64 ms = timer.elapsed();

    const QJsonObject summary{{QStringLiteral("requisitions"), requisitions},
                              {QStringLiteral("applications"), applications},
                              {QStringLiteral("candidates"), loaded->candidates},
                              {QStringLiteral("stage_events"), loaded->stageEvents},
                              {QStringLiteral("seed"), QString::number(seed)},
                              {QStringLiteral("milliseconds"), ms}};
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    } else {
        context.out() << "generated " << requisitions << " requisitions, " << loaded->candidates
                      << " candidates, " << applications << " applications and "
                      << loaded->stageEvents << " stage events in " << ms << " ms\n";
    }
    return ExitOk;
}

} // namespace Reqdesk::Cli
