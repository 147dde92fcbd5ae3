// SYNC.md 19: a user who loses access to records holding unsynced edits can export them.
// `reqdesk-cli export-kept --out FILE` writes the rows the cache kept (removed or hidden on the
// server) with their pending and refused edits.

#include "core/application.h"
#include "core/candidate.h"
#include "core/requisition.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "e2esupport.h"

using namespace ReqdeskTest;
using namespace Reqdesk;

class tst_ExportKept final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keptRecordsAreExported();

private:
    std::unique_ptr<Sync::SyncEngine> client(const QString &name, const QString &user);
    /// Runs `reqdesk-cli --db FILE export-kept --out OUT`; the parsed export.
    QJsonObject exportKept(const QString &db, const QString &out);

    QTemporaryDir m_dir;
    ServerProcess m_server;
};

void tst_ExportKept::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("REQDESK_TOKEN_STORE", "file");
    const QStringList store{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
    QCOMPARE(addUser(store, QStringLiteral("ada")), 0);
    QCOMPARE(addUser(store,
                     QStringLiteral("hm"),
                     QStringLiteral("hiring-manager"),
                     QStringLiteral("Eng")),
             0);
    QVERIFY(m_server.startWith(store));
}

void tst_ExportKept::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Sync::SyncEngine> tst_ExportKept::client(const QString &name, const QString &user)
{
    return signedInEngine(
            m_dir.filePath(name + QStringLiteral(".db")), m_server.url(QString()), user);
}

QJsonObject tst_ExportKept::exportKept(const QString &db, const QString &out)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("reqdesk.*=false"));
    process.setProcessEnvironment(env);
    process.start(cliBinary,
                  {QStringLiteral("--db"),
                   db,
                   QStringLiteral("export-kept"),
                   QStringLiteral("--out"),
                   out});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void tst_ExportKept::keptRecordsAreExported()
{
    auto a = client(QStringLiteral("a"), QStringLiteral("ada"));
    auto hm = client(QStringLiteral("hm"), QStringLiteral("hm"));
    QVERIFY(a && hm);
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = QStringLiteral("Eng Role");
    r.company = QStringLiteral("Acme");
    r.org = QStringLiteral("Eng");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    Core::Candidate c;
    c.id = QUuid::createUuid();
    c.name = QStringLiteral("Ola");
    QVERIFY(Store::CandidateRepository(*a->database()).save(c, Store::WriteOrigin::LocalEdit));
    Core::Application app;
    app.id = QUuid::createUuid();
    app.candidateId = c.id;
    app.requisitionId = r.id;
    app.appliedAt = app.stageChangedAt = app.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(Store::ApplicationRepository(*a->database())
                    .create(app, QStringLiteral("ada"), Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    QVERIFY(hm->syncOnce());
    const QString hmDb = m_dir.filePath(QStringLiteral("hm.db"));

    // Nothing kept yet: an empty export, still a valid document.
    const QJsonObject empty = exportKept(hmDb, m_dir.filePath(QStringLiteral("empty.json")));
    QCOMPARE(empty.value(QStringLiteral("format")).toString(),
             QStringLiteral("reqdesk-kept-records"));
    QCOMPARE(empty.value(QStringLiteral("count")).toInt(), 0);

    // The hiring manager moves the application offline; meanwhile the requisition leaves Eng,
    // so the pipeline disappears from their view and their edits are refused.
    QVERIFY(Store::ApplicationRepository(*hm->database())
                    .moveStage(
                            app.id, Core::Stage::RecruiterScreen, QString(), QStringLiteral("hm")));
    r = *Store::RequisitionRepository(*a->database()).find(r.id);
    r.org = QStringLiteral("Sales");
    QVERIFY(Store::RequisitionRepository(*a->database()).save(r, Store::WriteOrigin::LocalEdit));
    QVERIFY(a->syncOnce());
    auto round = hm->syncOnce();
    QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
    const QString appKey = QStringLiteral("application:") + app.id.toString(QUuid::WithoutBraces);
    QVERIFY(round->keptLocal.contains(appKey));

    const QJsonObject exported = exportKept(hmDb, m_dir.filePath(QStringLiteral("kept.json")));
    QCOMPARE(exported.value(QStringLiteral("count")).toInt(), round->keptLocal.size());
    const QJsonArray records = exported.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), round->keptLocal.size());
    QJsonObject kept;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QVERIFY(round->keptLocal.contains(record.value(QStringLiteral("entity")).toString() + u':'
                                          + record.value(QStringLiteral("id")).toString()));
        QVERIFY(!record.value(QStringLiteral("edits")).toArray().isEmpty());
        if (record.value(QStringLiteral("entity")).toString() == QLatin1String("application"))
            kept = record;
    }
    QCOMPARE(kept.value(QStringLiteral("id")).toString(), app.id.toString(QUuid::WithoutBraces));
    QVERIFY(kept.value(QStringLiteral("removed_at_version")).toInteger() > 0);
    // The row as the user left it, and the edit the server refused, with the reason.
    const QJsonObject row = kept.value(QStringLiteral("record")).toObject();
    QCOMPARE(row.value(QStringLiteral("stage")).toString(), QStringLiteral("recruiter_screen"));
    const QJsonArray edits = kept.value(QStringLiteral("edits")).toArray();
    bool refusedStage = false;
    for (const QJsonValue &value : edits) {
        const QJsonObject edit = value.toObject();
        QCOMPARE(edit.value(QStringLiteral("op")).toString(), QStringLiteral("update"));
        QVERIFY(edit.value(QStringLiteral("set_aside")).toBool());
        QVERIFY(edit.value(QStringLiteral("last_error"))
                        .toString()
                        .startsWith(QStringLiteral("permission_denied")));
        if (edit.value(QStringLiteral("changes")).toObject().value(QStringLiteral("stage"))
            == QJsonValue(QStringLiteral("recruiter_screen")))
            refusedStage = true;
    }
    QVERIFY(refusedStage);
    // Exporting changes nothing: the row and its edits stay.
    QVERIFY(Store::ApplicationRepository(*hm->database()).find(app.id));
}

QTEST_GUILESS_MAIN(tst_ExportKept)
#include "tst_exportkept.moc"
