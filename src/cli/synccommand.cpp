#include "cli/synccommand.h"

#include "cli/clicontext.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace Reqdesk::Cli {

namespace {

/// Peak resident memory of this process in KiB (VmHWM on Linux), or -1 where unknown: lets
/// tests see that a huge first sync stays bounded by the page size (SYNC.md scenario 13).
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int SyncCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Runs a sync round: push the outbox, pull the server's changes."));
    parser.addOption({QStringLiteral("once"),
                      QStringLiteral("one attempt, no retries of transient failures")});
    parser.addOption({QStringLiteral("retries"),
                      QStringLiteral("attempts for transient failures (default 5)"),
                      QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("page-size"),
                      QStringLiteral("rows per pulled page (default: the server's limit)"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("batch-size"),
                      QStringLiteral("mutations per push (default: the server's limit)"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (const int code = context.parse(parser, QStringLiteral("sync"), args); code >= 0)
        return code;
    auto engine = context.engine();
    if (!engine)
        return context.fail(engine.error().message());
    if (parser.isSet(QStringLiteral("page-size")))
        (*engine)->setPageSize(qMax(1, parser.value(QStringLiteral("page-size")).toInt()));
    if (parser.isSet(QStringLiteral("batch-size")))
        (*engine)->setBatchSize(qMax(1, parser.value(QStringLiteral("batch-size")).toInt()));
    const int attempts = parser.isSet(QStringLiteral("once"))
                                 ? 1
                                 : qMax(1, parser.value(QStringLiteral("retries")).toInt());
    Core::Result<Sync::RoundReport> report = Core::makeError(Core::ErrorCode::NotSignedIn, {});
    int delayMs = 200;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        report = (*engine)->syncOnce();
        if (report || !Sync::SyncHttpClient::isTransient(report.error().code))
            break;
        if (attempt < attempts) {
            context.err() << "reqdesk-cli: " << report.error().message() << "; retrying\n";
            context.err().flush();
            // No event loop is needed between attempts in the CLI: a plain exponential wait.
            QThread::msleep(ulong(delayMs));
            delayMs = qMin(delayMs * 2, 5000);
        }
    }
    if (!report) {
        if (parser.isSet(QStringLiteral("json")))
            context.printJson({{QStringLiteral("ok"), false},
                               {QStringLiteral("error"), report.error().codeName()},
                               {QStringLiteral("message"), report.error().message()}});
        return context.fail(QStringLiteral("sync failed: ") + report.error().message());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        // A refused resolution opened its conflict again: a script must see which, and why.
        QJsonArray refused;
        for (const Sync::RefusedResolution &r : std::as_const(report->refusedResolutions))
            refused.append(QJsonObject{
                    {QStringLiteral("conflict_id"), r.conflictId.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("reason"), r.reason}});
        context.printJson(
                {{QStringLiteral("ok"), true},
                 {QStringLiteral("pushed"), report->pushed},
                 {QStringLiteral("pulled"), report->pulled},
                 {QStringLiteral("conflicts"), report->conflicts},
                 {QStringLiteral("set_aside"), report->setAside},
                 {QStringLiteral("reset"), report->reset},
                 {QStringLiteral("cursor"), report->cursor},
                 {QStringLiteral("epoch"), report->epoch},
                 {QStringLiteral("kept_local"), QJsonArray::fromStringList(report->keptLocal)},
                 {QStringLiteral("refused_resolutions"), refused},
                 {QStringLiteral("resynced"), QJsonArray::fromStringList(report->resynced)},
                 {QStringLiteral("peak_rss_kb"), peakResidentKiB()}});
    } else {
        context.out() << "pushed " << report->pushed << ", pulled " << report->pulled
                      << ", conflicts " << report->conflicts << ", set aside " << report->setAside
                      << (report->reset ? " (full resync)" : "") << '\n';
    }
    if (!report->keptLocal.isEmpty())
        context.err() << "reqdesk-cli: " << report->keptLocal.size()
                      << " record(s) were removed on the server or are no longer visible to you, "
                         "but hold unsynced edits; they stay in the cache (see status and "
                         "show): "
                      << report->keptLocal.join(QStringLiteral(", ")) << '\n';
    return ExitOk;
}

} // namespace Reqdesk::Cli
