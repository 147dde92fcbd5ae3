// Randomised convergence: several clients, each with its own SQLite cache, edit offline in
// random ways (through reqdesk-cli processes or the store and sync libraries in this process),
// then sync in random order; some CLI syncs are killed at random crash points
// (REQDESK_CRASH_AT: std::abort(), which like kill -9 runs no cleanup and flushes nothing) or
// with SIGKILL after a random time, and retried; now and then the server itself is killed with
// SIGKILL while CLI syncs run against it, and restarted on its files (R2 of TARGETS.md). At the
// end every client syncs until quiet, and the test checks
// the caches against the server's own snapshot and against a ledger of every edit made.
//
// A fixed seed and round count run in the suite; REQDESK_CONVERGENCE_SEED and
// REQDESK_CONVERGENCE_ROUNDS choose others (docs/testing.md). A failure prints the seed and the
// last steps taken.

#include "core/requisition.h"
#include "core/rules/applicationstatemachine.h"
#include "core/stage.h"
#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "sync/recordeditor.h"
#include "sync/syncengine.h"
#include "sync/synchttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <random>

#include "e2esupport.h"

using namespace ReqdeskTest;
using namespace Reqdesk;

namespace {

/// The crash points inside a snapshot (a first sync).
const QList<QByteArray> kSnapshotPoints = {"after_snapshot_page", "before_snapshot_finish"};
/// Every named point where the engine can be made to abort (src/sync/syncengine.cpp).
const QList<QByteArray> kCrashPoints = {"before_push_send",
                                        "before_push_commit",
                                        "after_push_commit",
                                        "mid_page_apply",
                                        "after_page_apply_before_cursor",
                                        "after_page_commit",
                                        "after_snapshot_page",
                                        "before_snapshot_finish"};

/// The requisition fields the clients edit; values are unique per edit so each can be traced.
const QStringList kFields = {QStringLiteral("title"),
                             QStringLiteral("openings"),
                             QStringLiteral("company"),
                             QStringLiteral("team")};

const QStringList kEntities = {QStringLiteral("requisition"),
                               QStringLiteral("candidate"),
                               QStringLiteral("application"),
                               QStringLiteral("stage_event"),
                               QStringLiteral("note")};

const quint64 kDefaultSeed = 20261128;
const int kDefaultRounds = 40;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

/// One value written to a field: its place in the global order of edits, and the value.
struct Write
{
    qint64 order = 0;
    QString by; ///< the client's user
    QJsonValue value;
};

/// Everything the clients did, in the order they did it, to judge the end state by.
struct Ledger
{
    qint64 clock = 0;
    QList<QUuid> requisitions;         ///< creation order (deterministic picks)
    QHash<QUuid, QJsonObject> initial; ///< tracked requisition fields at creation
    QList<QUuid> candidates;
    QList<QUuid> applications;
    QHash<QUuid, int> moves;             ///< application → stage moves made on it
    QHash<QUuid, QString> moveEvents;    ///< stage event of a move → its target stage
    QHash<QUuid, QString> notes;         ///< note → text
    QHash<QString, QList<Write>> writes; ///< "id/field" → values written, in order
    QHash<QString, qint64> deletes;      ///< "entity:id" → order of the (last) delete
    QHash<QString, QList<qint64>> syncs; ///< user → orders of sync attempts (crashed ones too)
};

/// One device: a cache file, signed in through the CLI, plus an engine on the same file for the
/// library path (edits through the repositories, rounds through SyncEngine::syncOnce).
struct Client
{
    QString user;
    QString db;
    std::unique_ptr<Sync::SyncEngine> engine;
    bool synced = false; ///< a first sync (a snapshot) completed
};

} // namespace

class tst_Convergence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void randomEditsConverge();

private:
    CliRun cli(const Client &client,
               const QStringList &args,
               const QByteArray &crashAt = {},
               int killAfterMs = -1);
    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_random)); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    void trace(const QString &line) { m_trace.append(line); }
    QSet<QUuid> localIds(Client &client, const QString &table) const;
    std::optional<QUuid> pickLocal(Client &client, const QList<QUuid> &from, const QString &table);
    void recordInitial(Client &client, const QUuid &id);
    void
    write(const Client &client, const QUuid &id, const QString &field, const QJsonValue &value);
    bool mayHaveSeen(const Write &earlier, const Write &later) const;

    void edit(int index);
    void newRequisition(Client &client, bool viaCli);
    void setField(Client &client, bool viaCli);
    void addCandidate(Client &client, bool viaCli);
    void apply(Client &client, bool viaCli);
    void move(Client &client, bool viaCli);
    void note(Client &client, bool viaCli);
    void remove(Client &client, bool viaCli);
    void resolve(Client &client, bool viaCli);
    void join(const QString &user);
    void signInAgain(Client &client, const QString &why);
    void sync(int index);
    void killServerDuringSyncs();
    bool restartServer();
    void syncUntilQuiet();

    void fetchServer();
    void verifyClient(int index);
    void verifyLedger();

    quint64 m_seed = kDefaultSeed;
    int m_rounds = kDefaultRounds;
    std::mt19937_64 m_random;
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QStringList m_store; ///< the server's data options, to restart it on the same files
    QString m_url;
    std::vector<Client> m_clients;
    Ledger m_ledger;
    QStringList m_trace;
    int m_edits = 0;
    int m_crashes = 0;
    int m_timedKills = 0;
    int m_serverKills = 0;
    int m_signInsAgain = 0;
    int m_snapshotCrashes = 0;
    int m_cliSyncs = 0;
    int m_librarySyncs = 0;

    /// The server's records per entity (id → wire JSON) and every conflict it recorded.
    QHash<QString, QHash<QUuid, QJsonObject>> m_serverRecords;
    QList<QJsonObject> m_serverConflicts;
};

void tst_Convergence::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("REQDESK_TOKEN_STORE", "file");
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("REQDESK_CONVERGENCE_SEED").toULongLong(&ok);
    if (ok)
        m_seed = seed;
    const int rounds = qEnvironmentVariableIntValue("REQDESK_CONVERGENCE_ROUNDS", &ok);
    if (ok && rounds > 0)
        m_rounds = rounds;
    m_random.seed(m_seed);
    qInfo("convergence: seed %llu, %d rounds", static_cast<unsigned long long>(m_seed), m_rounds);

    m_store = {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
    for (const QString &user :
         {QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")}) {
        QCOMPARE(addUser(m_store, user), 0);
    }
    QVERIFY(m_server.startWith(m_store));
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_server.url(QString()).port());
}

void tst_Convergence::cleanup()
{
    if (!QTest::currentTestFailed())
        return;
    qWarning("convergence failed with REQDESK_CONVERGENCE_SEED=%llu "
             "REQDESK_CONVERGENCE_ROUNDS=%d; last steps:",
             static_cast<unsigned long long>(m_seed),
             m_rounds);
    const bool everything = qEnvironmentVariableIsSet("REQDESK_CONVERGENCE_TRACE");
    for (const QString &line :
         m_trace.mid(everything ? 0 : qMax<qsizetype>(0, m_trace.size() - 40)))
        qWarning("  %s", qPrintable(line));
}

CliRun tst_Convergence::cli(const Client &client,
                            const QStringList &args,
                            const QByteArray &crashAt,
                            int killAfterMs)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(crashAt));
    process.start(cliBinary, QStringList{QStringLiteral("--db"), client.db} + args);
    if (args.first() == QLatin1String("login"))
        process.write(passwordFor(client.user).toUtf8() + '\n');
    process.closeWriteChannel();
    // SIGKILL at an arbitrary moment (not a named point): whatever it was doing, it stops.
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill();
        process.waitForFinished(5000);
        CliRun killed = finishedRun(process);
        killed.crashed = true;
        return killed;
    }
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    return finishedRun(process);
}

QSet<QUuid> tst_Convergence::localIds(Client &client, const QString &table) const
{
    QSet<QUuid> ids;
    QSqlQuery q(client.engine->database()->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM %1").arg(table)))
        return ids;
    while (q.next())
        ids.insert(QUuid::fromString(q.value(0).toString()));
    return ids;
}

std::optional<QUuid>
tst_Convergence::pickLocal(Client &client, const QList<QUuid> &from, const QString &table)
{
    // Picks follow the ledger's creation order, not the cache's (random UUID) order, so a seed
    // replays the same choices.
    const QSet<QUuid> present = localIds(client, table);
    QList<QUuid> candidates;
    for (const QUuid &id : from) {
        if (present.contains(id))
            candidates.append(id);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    return candidates.at(pick(int(candidates.size())));
}

void tst_Convergence::recordInitial(Client &client, const QUuid &id)
{
    const auto stored = Store::RequisitionRepository(*client.engine->database()).find(id);
    QVERIFY2(stored, qPrintable(idText(id)));
    const QJsonObject json = Core::WireCodec::toJson(*stored);
    QJsonObject tracked;
    for (const QString &field : kFields)
        tracked.insert(field, json.value(field));
    m_ledger.requisitions.append(id);
    m_ledger.initial.insert(id, tracked);
}

void tst_Convergence::write(const Client &client,
                            const QUuid &id,
                            const QString &field,
                            const QJsonValue &value)
{
    m_ledger.writes[idText(id) + u'/' + field].append({m_ledger.clock, client.user, value});
}

bool tst_Convergence::mayHaveSeen(const Write &earlier, const Write &later) const
{
    // The later writer may have had the earlier value when a sync attempt of the earlier
    // writer (which may have pushed it) came before a sync attempt of the later writer (which
    // may have pulled it), both between the two writes. Crashed attempts count: generous on
    // purpose, so only truly concurrent writes are held to "one of them must be a conflict".
    if (earlier.by == later.by)
        return true;
    const QList<qint64> pushes = m_ledger.syncs.value(earlier.by);
    const QList<qint64> pulls = m_ledger.syncs.value(later.by);
    for (const qint64 push : pushes) {
        if (push <= earlier.order || push >= later.order)
            continue;
        for (const qint64 pull : pulls) {
            if (pull > push && pull < later.order)
                return true;
        }
    }
    return false;
}

void tst_Convergence::newRequisition(Client &client, bool viaCli)
{
    QUuid id;
    if (viaCli) {
        const CliRun run
                = cli(client,
                      {QStringLiteral("import"),
                       QStringLiteral("--allow-duplicates"),
                       QStringLiteral(REQDESK_SEED_DIR "/posting-software-engineer-2.txt")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        id = QUuid::fromString(run.firstImportedRequisitionId());
    } else {
        Core::Requisition r;
        r.id = QUuid::createUuid();
        r.title = QStringLiteral("Role %1").arg(m_ledger.clock);
        r.company = QStringLiteral("Acme");
        r.openings = 1;
        QVERIFY(Store::RequisitionRepository(*client.engine->database())
                        .save(r, Store::WriteOrigin::LocalEdit));
        id = r.id;
    }
    QVERIFY(!id.isNull());
    trace(QStringLiteral("%1 creates requisition %2").arg(client.user, idText(id)));
    recordInitial(client, id);
}

void tst_Convergence::setField(Client &client, bool viaCli)
{
    const auto id = pickLocal(client, m_ledger.requisitions, QStringLiteral("requisitions"));
    if (!id)
        return newRequisition(client, viaCli);
    const QString field = kFields.at(pick(int(kFields.size())));
    const QJsonValue value = field == QLatin1String("openings")
                                     ? QJsonValue(qint64(100 + m_ledger.clock))
                                     : QJsonValue(QStringLiteral("%1-%2-%3")
                                                          .arg(field, client.user)
                                                          .arg(m_ledger.clock));
    trace(QStringLiteral("%1 sets %2.%3 = %4 (%5)")
                  .arg(client.user,
                       idText(*id),
                       field,
                       compact(value),
                       viaCli ? QStringLiteral("cli") : QStringLiteral("library")));
    if (viaCli) {
        const CliRun run = cli(client,
                               {QStringLiteral("set"),
                                QStringLiteral("requisition"),
                                idText(*id),
                                field + u'=' + compact(value).remove(u'"')});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else {
        QVERIFY(Sync::RecordEditor::setField(
                *client.engine->database(), QStringLiteral("requisition"), *id, field, value));
    }
    write(client, *id, field, value);
}

void tst_Convergence::addCandidate(Client &client, bool viaCli)
{
    const QString name = QStringLiteral("Candidate %1").arg(m_ledger.clock);
    QUuid id;
    if (viaCli) {
        const CliRun run = cli(client,
                               {QStringLiteral("add"),
                                QStringLiteral("candidate"),
                                QStringLiteral("--name"),
                                name});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        id = QUuid::fromString(QString::fromUtf8(run.out.trimmed()));
    } else {
        Core::Candidate c;
        c.id = QUuid::createUuid();
        c.name = name;
        c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(Store::CandidateRepository(*client.engine->database())
                        .save(c, Store::WriteOrigin::LocalEdit));
        id = c.id;
    }
    QVERIFY(!id.isNull());
    trace(QStringLiteral("%1 adds candidate %2").arg(client.user, idText(id)));
    m_ledger.candidates.append(id);
}

void tst_Convergence::apply(Client &client, bool viaCli)
{
    const auto candidate = pickLocal(client, m_ledger.candidates, QStringLiteral("candidates"));
    const auto requisition
            = pickLocal(client, m_ledger.requisitions, QStringLiteral("requisitions"));
    if (!candidate)
        return addCandidate(client, viaCli);
    if (!requisition)
        return newRequisition(client, viaCli);
    QUuid id;
    if (viaCli) {
        const CliRun run
                = cli(client, {QStringLiteral("apply"), idText(*candidate), idText(*requisition)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        id = QUuid::fromString(QString::fromUtf8(run.out.trimmed()));
    } else {
        Core::Application app;
        app.id = QUuid::createUuid();
        app.candidateId = *candidate;
        app.requisitionId = *requisition;
        app.appliedAt = app.stageChangedAt = app.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(Store::ApplicationRepository(*client.engine->database())
                        .create(app, client.user, Store::WriteOrigin::LocalEdit));
        id = app.id;
    }
    QVERIFY(!id.isNull());
    trace(QStringLiteral("%1 applies %2 to %3: %4")
                  .arg(client.user, idText(*candidate), idText(*requisition), idText(id)));
    m_ledger.applications.append(id);
    m_ledger.moves.insert(id, 0);
}

void tst_Convergence::move(Client &client, bool viaCli)
{
    const auto id = pickLocal(client, m_ledger.applications, QStringLiteral("applications"));
    if (!id)
        return apply(client, viaCli);
    Store::ApplicationRepository repository(*client.engine->database());
    const auto application = repository.find(*id);
    QVERIFY(application);
    const QList<Core::Stage> targets
            = Core::ApplicationStateMachine::legalTargets(application->stage);
    if (targets.isEmpty())
        return note(client, viaCli);
    const Core::Stage to = targets.at(pick(int(targets.size())));
    const QString reason = QStringLiteral("step %1").arg(m_ledger.clock);
    QUuid event;
    if (viaCli) {
        const CliRun run = cli(client,
                               {QStringLiteral("move"),
                                idText(*id),
                                Core::stageName(to),
                                QStringLiteral("--reason"),
                                reason});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        event = QUuid::fromString(QString::fromUtf8(run.out.trimmed()));
    } else {
        const auto moved = repository.moveStage(*id, to, reason, client.user);
        QVERIFY(moved);
        event = moved->id;
    }
    QVERIFY(!event.isNull());
    trace(QStringLiteral("%1 moves %2 %3 -> %4")
                  .arg(client.user,
                       idText(*id),
                       Core::stageName(application->stage),
                       Core::stageName(to)));
    ++m_ledger.moves[*id];
    m_ledger.moveEvents.insert(event, Core::stageName(to));
    write(client, *id, QStringLiteral("stage"), Core::stageName(to));
}

void tst_Convergence::note(Client &client, bool viaCli)
{
    const auto id = pickLocal(client, m_ledger.applications, QStringLiteral("applications"));
    if (!id)
        return apply(client, viaCli);
    const QString text = QStringLiteral("note %1 by %2").arg(m_ledger.clock).arg(client.user);
    QUuid noteId;
    if (viaCli) {
        const CliRun run = cli(client, {QStringLiteral("note"), idText(*id), text});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        noteId = QUuid::fromString(QString::fromUtf8(run.out.trimmed()));
    } else {
        Core::Note n;
        n.id = QUuid::createUuid();
        n.applicationId = *id;
        n.author = client.user;
        n.at = QDateTime::currentDateTimeUtc();
        n.text = text;
        QVERIFY(Store::ApplicationRepository(*client.engine->database())
                        .addNote(n, Store::WriteOrigin::LocalEdit));
        noteId = n.id;
    }
    QVERIFY(!noteId.isNull());
    trace(QStringLiteral("%1 notes on %2").arg(client.user, idText(*id)));
    m_ledger.notes.insert(noteId, text);
}

void tst_Convergence::remove(Client &client, bool viaCli)
{
    const bool requisition = chance(0.5);
    const QString entity
            = requisition ? QStringLiteral("requisition") : QStringLiteral("candidate");
    const auto id
            = requisition ? pickLocal(client, m_ledger.requisitions, QStringLiteral("requisitions"))
                          : pickLocal(client, m_ledger.candidates, QStringLiteral("candidates"));
    if (!id)
        return;
    trace(QStringLiteral("%1 deletes %2 %3").arg(client.user, entity, idText(*id)));
    if (viaCli) {
        const CliRun run = cli(client, {QStringLiteral("delete"), entity, idText(*id)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else if (requisition) {
        QVERIFY(Store::RequisitionRepository(*client.engine->database())
                        .remove(*id, Store::WriteOrigin::LocalEdit));
    } else {
        QVERIFY(Store::CandidateRepository(*client.engine->database())
                        .remove(*id, Store::WriteOrigin::LocalEdit));
    }
    m_ledger.deletes.insert(entity + u':' + idText(*id), m_ledger.clock);
}

void tst_Convergence::resolve(Client &client, bool viaCli)
{
    // Only plain field clashes of the tracked fields: "mine" is then an ordinary edit whose
    // value the ledger can follow; "theirs" changes nothing.
    const auto open = Store::ConflictRepository(*client.engine->database())
                              .open(QStringLiteral("requisition"));
    QVERIFY(open);
    // The record may be gone here meanwhile (a delete pulled after the conflict): nothing to
    // edit then.
    const QSet<QUuid> present = localIds(client, QStringLiteral("requisitions"));
    QList<Store::Conflict> fieldConflicts;
    for (const Store::Conflict &c : *open) {
        if (kFields.contains(c.field) && present.contains(c.entityId))
            fieldConflicts.append(c);
    }
    if (fieldConflicts.isEmpty())
        return setField(client, viaCli);
    const Store::Conflict conflict = fieldConflicts.at(pick(int(fieldConflicts.size())));
    const bool mine = chance(0.5);
    trace(QStringLiteral("%1 resolves %2 (%3.%4) %5")
                  .arg(client.user,
                       idText(conflict.id),
                       idText(conflict.entityId),
                       conflict.field,
                       mine ? QStringLiteral("mine") : QStringLiteral("theirs")));
    if (viaCli) {
        // The CLI runs a round after resolving; offline or not, it exits 0.
        const CliRun run = cli(client,
                               {QStringLiteral("resolve"),
                                idText(conflict.id),
                                mine ? QStringLiteral("mine") : QStringLiteral("theirs")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else {
        QVERIFY(client.engine->resolveConflict(
                conflict.id, mine ? Sync::Resolution::Mine : Sync::Resolution::Theirs));
    }
    if (mine)
        write(client, conflict.entityId, conflict.field, conflict.localValue);
    if (viaCli)
        m_ledger.syncs[client.user].append(++m_ledger.clock); // resolve runs a round
}

void tst_Convergence::edit(int index)
{
    Client &client = m_clients[size_t(index)];
    const bool viaCli = chance(0.5);
    const int roll = pick(100);
    ++m_ledger.clock;
    ++m_edits;
    if (roll < 28)
        setField(client, viaCli);
    else if (roll < 42)
        note(client, viaCli);
    else if (roll < 56)
        move(client, viaCli);
    else if (roll < 67)
        apply(client, viaCli);
    else if (roll < 76)
        addCandidate(client, viaCli);
    else if (roll < 85)
        newRequisition(client, viaCli);
    else if (roll < 91)
        remove(client, viaCli);
    else
        resolve(client, viaCli);
}

void tst_Convergence::join(const QString &user)
{
    Client client;
    client.user = user;
    client.db = m_dir.filePath(user + QStringLiteral(".db"));
    const CliRun login = cli(client,
                             {QStringLiteral("login"),
                              QStringLiteral("--server"),
                              m_url,
                              QStringLiteral("--user"),
                              user});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    client.engine = std::make_unique<Sync::SyncEngine>(client.db);
    QVERIFY(client.engine->open());
    client.engine->setTimeoutMs(20000);
    trace(QStringLiteral("%1 joins").arg(user));
    m_clients.push_back(std::move(client));
}

/// True when a failed sync ended because the sign-in is gone: a client killed between the
/// server's rotation of its refresh token and saving the new one holds a replaced token, which
/// the server accepts again only within its reuse interval (docs/server.md); later it ends the
/// sign-in. The user signs in again; the outbox is untouched.
static bool signInLost(const QByteArray &error)
{
    return error.contains("token_reused") || error.contains("sign in again")
           || error.contains("unauthenticated");
}

void tst_Convergence::signInAgain(Client &client, const QString &why)
{
    trace(QStringLiteral("%1 was signed out (%2) and signs in again").arg(client.user, why));
    ++m_signInsAgain;
    const CliRun login = cli(client,
                             {QStringLiteral("login"),
                              QStringLiteral("--server"),
                              m_url,
                              QStringLiteral("--user"),
                              client.user});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    // The engine on the same file reads the new sign-in (a new device) when opened again.
    client.engine = std::make_unique<Sync::SyncEngine>(client.db);
    QVERIFY(client.engine->open());
    client.engine->setTimeoutMs(20000);
}

void tst_Convergence::sync(int index)
{
    Client &client = m_clients[size_t(index)];
    // A first sync pages a snapshot: through the CLI in tiny pages, usually killed inside it,
    // so the resume of an interrupted snapshot (with offline edits waiting) is exercised.
    const bool first = !client.synced;
    const QString pageSize = QString::number(first ? 2 + pick(4) : 2 + pick(30));
    const QString batchSize = QString::number(1 + pick(20));
    if (!first && chance(0.4)) {
        ++m_librarySyncs;
        client.engine->setPageSize(pageSize.toInt());
        client.engine->setBatchSize(batchSize.toInt());
        trace(QStringLiteral("%1 syncs in process (page %2, batch %3)")
                      .arg(client.user, pageSize, batchSize));
        m_ledger.syncs[client.user].append(++m_ledger.clock);
        auto round = client.engine->syncOnce();
        if (!round && signInLost(round.error().message().toUtf8())) {
            signInAgain(client, round.error().message());
            if (QTest::currentTestFailed())
                return;
            m_ledger.syncs[client.user].append(++m_ledger.clock);
            round = client.engine->syncOnce();
        }
        QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
        QVERIFY(round->checksumMismatch.isEmpty());
        client.synced = true;
        return;
    }
    ++m_cliSyncs;
    const QStringList args = {QStringLiteral("sync"),
                              QStringLiteral("--once"),
                              QStringLiteral("--page-size"),
                              pageSize,
                              QStringLiteral("--batch-size"),
                              batchSize};
    // Killed at a random point — a named one, or SIGKILL after a random time — then retried
    // until a run completes, sometimes killed again.
    double crashChance = first ? 0.8 : 0.35;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QByteArray point;
        int killAfterMs = -1;
        if (chance(crashChance)) {
            if (!(first && attempt == 0) && chance(0.4))
                killAfterMs = pick(150);
            else
                point = first && attempt == 0
                                ? kSnapshotPoints.at(pick(int(kSnapshotPoints.size())))
                                : kCrashPoints.at(pick(int(kCrashPoints.size())));
        }
        const QString how
                = killAfterMs >= 0  ? QStringLiteral(", SIGKILL after %1 ms").arg(killAfterMs)
                  : point.isEmpty() ? QString()
                                    : QStringLiteral(", crash at ") + QString::fromLatin1(point);
        trace(QStringLiteral("%1 syncs with the CLI (page %2, batch %3)%4")
                      .arg(client.user, pageSize, batchSize, how));
        m_ledger.syncs[client.user].append(++m_ledger.clock);
        const CliRun run = cli(client, args, point, killAfterMs);
        if (run.crashed) {
            ++m_crashes;
            m_timedKills += killAfterMs >= 0 ? 1 : 0;
            m_snapshotCrashes += kSnapshotPoints.contains(point) ? 1 : 0;
            crashChance /= 2;
            continue;
        }
        if (run.exitCode != 0 && signInLost(run.err)) {
            signInAgain(client, QString::fromUtf8(run.err.trimmed()));
            if (QTest::currentTestFailed())
                return;
            continue;
        }
        QVERIFY2(run.exitCode == 0, run.err.constData());
        client.synced = true;
        return;
    }
    QFAIL("a CLI sync never completed");
}

bool tst_Convergence::restartServer()
{
    // The same files and the same port: the clients' caches remember the URL.
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_server.url(QString()).port());
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (m_server.startWith(m_store, {QStringLiteral("--listen"), listen}))
            return true;
        QTest::qWait(100); // the port may take a moment to be free again
    }
    return false;
}

void tst_Convergence::killServerDuringSyncs()
{
    // Load: CLI syncs of the clients that have a cache, all at once; the server is killed with
    // SIGKILL after a random time, whatever it is doing (a push half applied, a page half
    // written), and restarted on its files. The syncs fail, retry or finish; nothing they were
    // told was taken may be lost, which the final checks judge.
    std::vector<std::unique_ptr<QProcess>> running;
    for (const Client &client : m_clients) {
        if (!client.synced)
            continue;
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(cliEnvironment());
        process->start(cliBinary,
                       {QStringLiteral("--db"),
                        client.db,
                        QStringLiteral("sync"),
                        QStringLiteral("--once"),
                        QStringLiteral("--page-size"),
                        QString::number(2 + pick(30)),
                        QStringLiteral("--batch-size"),
                        QString::number(1 + pick(20))});
        m_ledger.syncs[client.user].append(++m_ledger.clock);
        running.push_back(std::move(process));
    }
    const int after = pick(300);
    trace(QStringLiteral("server killed (SIGKILL) %1 ms into %2 CLI syncs")
                  .arg(after)
                  .arg(running.size()));
    if (!running.empty())
        running.front()->waitForFinished(after);
    m_server.process().kill();
    m_server.process().waitForFinished(5000);
    ++m_serverKills;
    QVERIFY2(restartServer(), "the server did not start again on its files");
    for (auto &process : running) {
        if (process->state() != QProcess::NotRunning && !process->waitForFinished(60000)) {
            process->kill();
            process->waitForFinished(1000);
            QFAIL("a CLI sync hung after the server restarted");
        }
    }
    // A run may end in any way here but a crash of the client itself.
    for (auto &process : running)
        QVERIFY(process->exitStatus() == QProcess::NormalExit);
    // The syncs overlapped: each may have pulled what another pushed. The ledger gets a second
    // stamp per client after all of them (mayHaveSeen pairs a push stamp with a later pull).
    for (const Client &client : m_clients) {
        if (client.synced)
            m_ledger.syncs[client.user].append(++m_ledger.clock);
    }
}

void tst_Convergence::syncUntilQuiet()
{
    // Rounds until one pass over every client pushes and pulls nothing.
    for (int pass = 0; pass < 8; ++pass) {
        bool quiet = true;
        for (Client &client : m_clients) {
            client.engine->setPageSize(500);
            client.engine->setBatchSize(100);
            auto round = client.engine->syncOnce();
            if (!round && signInLost(round.error().message().toUtf8())) {
                signInAgain(client, round.error().message());
                if (QTest::currentTestFailed())
                    return;
                client.engine->setPageSize(500);
                client.engine->setBatchSize(100);
                round = client.engine->syncOnce();
            }
            QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
            quiet = quiet && round->pushed == 0 && round->pulled == 0 && round->setAside == 0;
        }
        if (quiet)
            return;
    }
    QFAIL("the clients never went quiet");
}

void tst_Convergence::fetchServer()
{
    // The server's own view, read over HTTP by a separate sign-in: independent of every cache.
    Sync::SyncHttpClient http;
    http.setBaseUrl(QUrl(m_url));
    auto login = http.post(QStringLiteral("/v1/auth/login"),
                           {{QStringLiteral("name"), QStringLiteral("ada")},
                            {QStringLiteral("password"), QStringLiteral("secret-ada-pw")},
                            {QStringLiteral("device_name"), QStringLiteral("referee")}});
    QVERIFY2(login, qPrintable(login ? QString() : login.error().message()));
    http.setAccessToken(login->value(QStringLiteral("access_token")).toString().toLatin1());
    m_serverRecords.clear();
    for (const QString &entity : kEntities) {
        QString after;
        for (;;) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("entity"), entity);
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
            if (!after.isEmpty())
                query.addQueryItem(QStringLiteral("after"), after);
            auto page = http.get(QStringLiteral("/v1/sync/snapshot"), query);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message()));
            for (const QJsonValue &record : page->value(QStringLiteral("records")).toArray()) {
                const QJsonObject object = record.toObject();
                const QUuid id = QUuid::fromString(object.value(QStringLiteral("id")).toString());
                QVERIFY2(!m_serverRecords[entity].contains(id), "a record listed twice");
                m_serverRecords[entity].insert(id, object);
            }
            if (!page->value(QStringLiteral("has_more")).toBool())
                break;
            after = page->value(QStringLiteral("next_after")).toString();
        }
    }
    m_serverConflicts.clear();
    QString after;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("all"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), after);
        auto page = http.get(QStringLiteral("/v1/conflicts"), query);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message()));
        for (const QJsonValue &conflict : page->value(QStringLiteral("conflicts")).toArray())
            m_serverConflicts.append(conflict.toObject());
        if (!page->value(QStringLiteral("has_more")).toBool())
            break;
        after = page->value(QStringLiteral("next_after")).toString();
    }
}

void tst_Convergence::verifyClient(int index)
{
    Client &client = m_clients[size_t(index)];
    Store::Database &db = *client.engine->database();

    // The upload queue is empty; anything the server refused is kept with its reason.
    Store::OutboxRepository outbox(db);
    QCOMPARE(*outbox.pendingCount(), 0);
    const auto aside = outbox.setAside();
    QVERIFY(aside);
    for (const Store::OutboxEntry &entry : *aside)
        QVERIFY2(!entry.lastError.trimmed().isEmpty(), qPrintable(idText(entry.entityId)));

    // Ids and versions of every synced row match the server's (the protocol's checksum).
    const auto check = client.engine->verifyChecksum();
    QVERIFY2(check, qPrintable(check ? QString() : check.error().message()));
    QVERIFY2(check->has_value(), "the cache is not at the server's head after going quiet");
    QVERIFY2((*check)->isEmpty(), qPrintable(client.user + u' ' + (*check)->join(u',')));

    // Every server record is in the cache with the same content, field by field.
    Store::RequisitionRepository requisitions(db);
    Store::CandidateRepository candidates(db);
    Store::ApplicationRepository applications(db);
    QHash<QUuid, QJsonObject> children;
    const auto serverApplications = m_serverRecords.value(QStringLiteral("application"));
    for (const auto &[id, server] : serverApplications.asKeyValueRange()) {
        const auto local = applications.find(id);
        QVERIFY2(local,
                 qPrintable(client.user + QStringLiteral(" lacks application ") + idText(id)));
        QCOMPARE(compact(Core::WireCodec::toJson(*local)), compact(server));
        // Held in locals: a range-for over *temporary() would read a destroyed Result.
        const auto history = applications.history(id);
        const auto notes = applications.notes(id);
        QVERIFY(history && notes);
        for (const Core::StageEvent &event : *history)
            children.insert(event.id, Core::WireCodec::toJson(event));
        for (const Core::Note &n : *notes)
            children.insert(n.id, Core::WireCodec::toJson(n));
    }
    const auto serverRequisitions = m_serverRecords.value(QStringLiteral("requisition"));
    for (const auto &[id, server] : serverRequisitions.asKeyValueRange()) {
        const auto local = requisitions.find(id);
        QVERIFY2(local,
                 qPrintable(client.user + QStringLiteral(" lacks requisition ") + idText(id)));
        QCOMPARE(compact(Core::WireCodec::toJson(*local)), compact(server));
    }
    const auto serverCandidates = m_serverRecords.value(QStringLiteral("candidate"));
    for (const auto &[id, server] : serverCandidates.asKeyValueRange()) {
        const auto local = candidates.find(id);
        QVERIFY2(local, qPrintable(client.user + QStringLiteral(" lacks candidate ") + idText(id)));
        QCOMPARE(compact(Core::WireCodec::toJson(*local)), compact(server));
    }
    for (const QString &entity : {QStringLiteral("stage_event"), QStringLiteral("note")}) {
        const auto serverChildren = m_serverRecords.value(entity);
        for (const auto &[id, server] : serverChildren.asKeyValueRange()) {
            QVERIFY2(children.contains(id),
                     qPrintable(client.user + QStringLiteral(" lacks ") + entity + u' '
                                + idText(id)));
            QCOMPARE(compact(children.value(id)), compact(server));
        }
    }

    // A row the server does not have stays only with a reason a person can see: an open
    // conflict about it, or a refused edit kept aside.
    const QList<std::pair<QString, QString>> tables
            = {{QStringLiteral("requisition"), QStringLiteral("requisitions")},
               {QStringLiteral("candidate"), QStringLiteral("candidates")},
               {QStringLiteral("application"), QStringLiteral("applications")},
               {QStringLiteral("stage_event"), QStringLiteral("stage_events")},
               {QStringLiteral("note"), QStringLiteral("notes")}};
    for (const auto &[entity, table] : tables) {
        for (const QUuid &id : localIds(client, table)) {
            if (m_serverRecords.value(entity).contains(id))
                continue;
            const auto open = Store::ConflictRepository(db).open(entity, id);
            const auto pending = outbox.hasPending(entity, id);
            QVERIFY2((open && !open->isEmpty()) || (pending && *pending),
                     qPrintable(client.user + QStringLiteral(" keeps an unexplained ") + entity
                                + u' ' + idText(id)));
        }
    }
}

void tst_Convergence::verifyLedger()
{
    const auto conflictsOn = [this](const QUuid &id, const QString &field = QString()) {
        QList<QJsonObject> found;
        for (const QJsonObject &c : std::as_const(m_serverConflicts)) {
            if (QUuid::fromString(c.value(QStringLiteral("entity_id")).toString()) == id
                && (field.isEmpty() || c.value(QStringLiteral("field")).toString() == field))
                found.append(c);
        }
        return found;
    };

    // Notes: every one written is on the server exactly once, with its text.
    const auto serverNotes = m_serverRecords.value(QStringLiteral("note"));
    QCOMPARE(serverNotes.size(), m_ledger.notes.size());
    QSet<QString> texts;
    for (const auto &[id, text] : m_ledger.notes.asKeyValueRange()) {
        QVERIFY2(serverNotes.contains(id), qPrintable(QStringLiteral("note lost: ") + text));
        QCOMPARE(serverNotes.value(id).value(QStringLiteral("text")).toString(), text);
    }
    for (const QJsonObject &n : serverNotes) {
        const QString text = n.value(QStringLiteral("text")).toString();
        QVERIFY2(!texts.contains(text), qPrintable(QStringLiteral("note twice: ") + text));
        texts.insert(text);
    }

    // Applications are never deleted; each has its first event plus one per move, once each.
    const auto serverApps = m_serverRecords.value(QStringLiteral("application"));
    QCOMPARE(serverApps.size(), m_ledger.applications.size());
    QHash<QUuid, int> events;
    const auto serverEvents = m_serverRecords.value(QStringLiteral("stage_event"));
    for (const QJsonObject &e : serverEvents)
        ++events[QUuid::fromString(e.value(QStringLiteral("application_id")).toString())];
    for (const QUuid &app : std::as_const(m_ledger.applications)) {
        QVERIFY2(serverApps.contains(app),
                 qPrintable(QStringLiteral("application lost: ") + idText(app)));
        QCOMPARE(events.value(app), 1 + m_ledger.moves.value(app));
    }
    QCOMPARE(serverEvents.size(), m_ledger.applications.size() + m_ledger.moveEvents.size());
    for (const auto &[id, stage] : m_ledger.moveEvents.asKeyValueRange()) {
        QVERIFY2(serverEvents.contains(id),
                 qPrintable(QStringLiteral("stage event lost: ") + idText(id)));
        QCOMPARE(serverEvents.value(id).value(QStringLiteral("to")).toString(), stage);
    }

    // Requisitions and candidates: nothing from nowhere; a record is gone only after a delete,
    // and a delete that did not land left a conflict.
    const QList<std::pair<QString, QList<QUuid>>> created
            = {{QStringLiteral("requisition"), m_ledger.requisitions},
               {QStringLiteral("candidate"), m_ledger.candidates}};
    for (const auto &[entity, ids] : created) {
        const auto server = m_serverRecords.value(entity);
        for (const QUuid &id : server.keys())
            QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("unknown ") + entity));
        for (const QUuid &id : ids) {
            const bool deleted = m_ledger.deletes.contains(entity + u':' + idText(id));
            if (!server.contains(id)) {
                QVERIFY2(deleted, qPrintable(entity + QStringLiteral(" lost: ") + idText(id)));
                continue;
            }
            if (deleted) {
                bool refused = false;
                for (const QJsonObject &c : conflictsOn(id))
                    refused = refused
                              || c.value(QStringLiteral("kind")).toString()
                                         == QLatin1String("delete_edit");
                QVERIFY2(refused,
                         qPrintable(entity
                                    + QStringLiteral(" deleted but present without a "
                                                     "conflict: ")
                                    + idText(id)));
            }
        }
    }

    // Field values: the final value is one that was written (or the first one); every other
    // written value lost to a later edit of that field, a delete, or is kept in a conflict.
    for (const auto &[key, writes] : m_ledger.writes.asKeyValueRange()) {
        const QUuid id = QUuid::fromString(key.section(u'/', 0, 0));
        const QString field = key.section(u'/', 1);
        const bool isStage = field == QLatin1String("stage");
        const QString entity
                = isStage ? QStringLiteral("application") : QStringLiteral("requisition");
        const auto server = m_serverRecords.value(entity);
        const qint64 deletedAt = m_ledger.deletes.value(entity + u':' + idText(id), -1);
        if (!server.contains(id)) {
            for (const Write &w : writes) {
                QVERIFY2(deletedAt > w.order || !conflictsOn(id).isEmpty(),
                         qPrintable(QStringLiteral("edit lost with its record: ") + key + u' '
                                    + compact(w.value)));
            }
            continue;
        }
        const QJsonValue ended = server.value(id).value(field);
        bool known = isStage ? ended == QJsonValue(QStringLiteral("applied"))
                             : ended == m_ledger.initial.value(id).value(field);
        for (const Write &w : writes)
            known = known || w.value == ended;
        QVERIFY2(known,
                 qPrintable(QStringLiteral("%1 ended as %2, which nobody wrote")
                                    .arg(key, compact(ended))));
        const QList<QJsonObject> clashes = conflictsOn(id, field);
        for (const Write &w : writes) {
            if (w.value == ended)
                continue;
            bool accounted = deletedAt > w.order;
            for (const Write &later : writes)
                accounted = accounted
                            || (later.order > w.order && later.value != w.value
                                && mayHaveSeen(w, later));
            for (const QJsonObject &c : clashes)
                accounted = accounted || c.value(QStringLiteral("client_value")) == w.value
                            || c.value(QStringLiteral("server_value")) == w.value;
            QVERIFY2(accounted,
                     qPrintable(
                             QStringLiteral(
                                     "%1 = %2 was lost (final %3; no conflict, no later edit that "
                                     "could have seen it)")
                                     .arg(key, compact(w.value), compact(ended))));
        }
    }
}

void tst_Convergence::randomEditsConverge()
{
    // Two clients from the start; the third joins a third of the way in, when the server
    // already holds plenty, and has its first snapshot interrupted.
    join(QStringLiteral("ada"));
    join(QStringLiteral("bob"));
    if (QTest::currentTestFailed())
        return;

    for (int round = 0; round < m_rounds; ++round) {
        if (round == m_rounds / 3) {
            join(QStringLiteral("cy"));
            if (QTest::currentTestFailed())
                return;
        }
        trace(QStringLiteral("-- round %1").arg(round));
        // Offline edits, interleaved across clients.
        QList<int> turns;
        for (int c = 0; c < int(m_clients.size()); ++c) {
            for (int k = 1 + pick(5); k > 0; --k)
                turns.append(c);
        }
        std::shuffle(turns.begin(), turns.end(), m_random);
        for (int c : std::as_const(turns)) {
            edit(c);
            if (QTest::currentTestFailed())
                return;
        }
        // Now and then the server dies under load and comes back.
        if (round > 0 && chance(0.1)) {
            killServerDuringSyncs();
            if (QTest::currentTestFailed())
                return;
        }
        // Some clients sync, in random order.
        QList<int> order;
        for (int c = 0; c < int(m_clients.size()); ++c)
            order.append(c);
        std::shuffle(order.begin(), order.end(), m_random);
        for (int c : std::as_const(order)) {
            if (round > 0 && !chance(0.75))
                continue;
            sync(c);
            if (QTest::currentTestFailed())
                return;
        }
    }
    trace(QStringLiteral("-- until quiet"));
    syncUntilQuiet();
    if (QTest::currentTestFailed())
        return;
    fetchServer();
    if (QTest::currentTestFailed())
        return;
    for (int c = 0; c < int(m_clients.size()); ++c) {
        verifyClient(c);
        if (QTest::currentTestFailed())
            return;
    }
    verifyLedger();
    qInfo("convergence: %d edits, %d CLI syncs (%d killed: %d by SIGKILL at a random time, %d "
          "in a snapshot), %d server kills, %d signed in again, %d in-process syncs, %lld notes, "
          "%lld conflicts",
          m_edits,
          m_cliSyncs,
          m_crashes,
          m_timedKills,
          m_snapshotCrashes,
          m_serverKills,
          m_signInsAgain,
          m_librarySyncs,
          qint64(m_ledger.notes.size()),
          qint64(m_serverConflicts.size()));
}

QTEST_GUILESS_MAIN(tst_Convergence)
#include "tst_convergence.moc"
