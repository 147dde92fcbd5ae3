#include "core/timeutil.h"
#include "pipelinetimeline.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "storetestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace Reqdesk;
using namespace Reqdesk::Store;
using Core::Stage;

class tst_ApplicationRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_counter)));
        if (!db)
            qFatal("open failed");
        return std::move(*db);
    }

private slots:
    void createWritesEventAndOutbox()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        const auto a = TestData::application(1, 1, QUuid::createUuid(), QUuid::createUuid());
        QVERIFY(repo.create(a, QStringLiteral("rita"), WriteOrigin::LocalEdit).ok());
        QCOMPARE(*repo.find(a.id), a);
        auto history = repo.history(a.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QVERIFY(!history->first().from.has_value());
        QCOMPARE(history->first().to, Stage::Applied);
        QCOMPARE(history->first().by, QStringLiteral("rita"));
        auto pending = OutboxRepository(*db).pending();
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).entity, QStringLiteral("application"));
        QCOMPARE(pending->at(0).op, OutboxOp::Insert);
        QCOMPARE(pending->at(0)
                         .changes.value(QStringLiteral("expected_salary"))
                         .toObject()
                         .value(QStringLiteral("minor"))
                         .toInteger(),
                 a.expectedSalary->minor);
        QCOMPARE(pending->at(1).entity, QStringLiteral("stage_event"));
        QCOMPARE(pending->at(1).entityId, history->first().id);
        // Creating it twice is refused and changes nothing.
        QCOMPARE(repo.create(a, QStringLiteral("rita"), WriteOrigin::LocalEdit).error().code,
                 Core::ErrorCode::ConstraintViolated);
        QCOMPARE(*OutboxRepository(*db).pendingCount(), 2);
    }

    void moveStageIsOneTransaction()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        auto a = TestData::application(1, 2, QUuid::createUuid(), QUuid::createUuid());
        a.version = 5;
        QVERIFY(repo.create(a, QString(), WriteOrigin::Sync).ok());
        QCOMPARE(*OutboxRepository(*db).pendingCount(), 0);
        const QDateTime t1 = Reqdesk::Core::utcDateTime(QDate(2026, 4, 1), QTime(12, 0));
        auto e1 = repo.moveStage(
                a.id, Stage::RecruiterScreen, QString(), QStringLiteral("sam"), t1);
        QVERIFY(e1.ok());
        auto e2 = repo.moveStage(a.id,
                                 Stage::Rejected,
                                 QStringLiteral("not a fit"),
                                 QStringLiteral("sam"),
                                 t1.addSecs(60));
        QVERIFY(e2.ok());
        const auto stored = *repo.find(a.id);
        QCOMPARE(stored.stage, Stage::Rejected);
        QCOMPARE(stored.exitReason, QStringLiteral("not a fit"));
        QCOMPARE(stored.stageChangedAt, t1.addSecs(60));
        QCOMPARE(stored.version, 5);
        auto history = *repo.history(a.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).from, std::optional<Stage>(Stage::Applied));
        QCOMPARE(history.at(1).to, Stage::Rejected);
        QCOMPARE(history.at(1).reason, QStringLiteral("not a fit"));
        auto pending = *OutboxRepository(*db).pending();
        QCOMPARE(pending.size(), 4); // (application update + event) × 2
        QCOMPARE(pending.at(0).baseVersion, 5);
        QVERIFY(pending.at(0).changes.contains(QStringLiteral("stage")));
        QCOMPARE(pending.at(2).changes.value(QStringLiteral("exit_reason")).toString(),
                 QStringLiteral("not a fit"));
        QCOMPARE(pending.at(3).entity, QStringLiteral("stage_event"));

        // A failing event insert rolls back the row change and the outbox.
        QVERIFY(db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON stage_events"
                                        " BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                        .ok());
        QVERIFY(!repo.moveStage(a.id, Stage::Applied, QString(), QString(), t1.addSecs(120)).ok());
        QCOMPARE(repo.find(a.id)->stage, Stage::Rejected);
        QCOMPARE(OutboxRepository(*db).pendingCount().value(), 4);
        QCOMPARE(repo.moveStage(QUuid::createUuid(), Stage::Offer, QString(), QString())
                         .error()
                         .code,
                 Core::ErrorCode::NotFound);
    }

    void historyIsAppendOnly()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        const auto a = TestData::application(1, 3, QUuid::createUuid(), QUuid::createUuid());
        QVERIFY(repo.create(a, QString(), WriteOrigin::LocalEdit).ok());
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE stage_events SET to_stage = 'hired'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE stage_events SET version = 9"))); // sync may set it
    }

    void notes()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        const auto a = TestData::application(1, 4, QUuid::createUuid(), QUuid::createUuid());
        QVERIFY(repo.create(a, QString(), WriteOrigin::Sync).ok());
        Core::Note n1{QUuid::createUuid(),
                      a.id,
                      QStringLiteral("kim"),
                      Reqdesk::Core::utcDateTime(QDate(2026, 4, 2), QTime(9, 0)),
                      QStringLiteral("Strong SQL ✓"),
                      0};
        Core::Note n2{QUuid::createUuid(),
                      a.id,
                      QStringLiteral("lee"),
                      n1.at.addSecs(5),
                      QStringLiteral("Agree"),
                      3};
        QVERIFY(repo.addNote(n1, WriteOrigin::LocalEdit).ok());
        QVERIFY(repo.addNote(n2, WriteOrigin::Sync).ok());
        QVERIFY(repo.addNote(n1, WriteOrigin::LocalEdit).ok()); // replay: no duplicate
        auto list = *repo.notes(a.id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0), n1);
        QCOMPARE(list.at(1), n2);
        auto pending = *OutboxRepository(*db).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().entity, QStringLiteral("note"));
        QCOMPARE(pending.first().changes.value(QStringLiteral("text")).toString(), n1.text);
    }

    void saveLocalEditQueuesChangedFields()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        auto a = TestData::application(1, 5, QUuid::createUuid(), QUuid::createUuid());
        a.version = 2;
        QVERIFY(repo.save(a, WriteOrigin::Sync).ok());
        auto edited = a;
        edited.offer = Core::Money{15000000, QStringLiteral("USD"), Core::Period::Year};
        QVERIFY(repo.save(edited, WriteOrigin::LocalEdit).ok());
        auto pending = *OutboxRepository(*db).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().changes.keys(), QStringList{QStringLiteral("offer")});
        QCOMPARE(pending.first().baseVersion, 2);
    }

    void applyServerCopy()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        auto a = TestData::application(1, 6, QUuid::createUuid(), QUuid::createUuid());
        a.version = 8;
        QCOMPARE(*repo.applyServerCopy(a), ApplyOutcome::Applied);
        QCOMPARE(*repo.find(a.id), a);
        QCOMPARE(*repo.applyServerCopy(a), ApplyOutcome::SkippedOlder);
        QVERIFY(repo.moveStage(a.id, Stage::Onsite, QString(), QStringLiteral("me")).ok());
        auto server = a;
        server.version = 9;
        server.stage = Stage::Withdrawn;
        QCOMPARE(*repo.applyServerCopy(server), ApplyOutcome::BaseOnly);
        QCOMPARE(repo.find(a.id)->stage, Stage::Onsite);
        QCOMPARE(*OutboxRepository(*db).pendingCount(), 2);
    }

    void listByRequisitionPages()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        const QUuid req = QUuid::createUuid();
        QList<QUuid> want;
        for (int i = 0; i < 53; ++i) {
            const auto a = TestData::application(
                    2, i, QUuid::createUuid(), i % 3 == 0 ? QUuid::createUuid() : req);
            QVERIFY(repo.create(a, QString(), WriteOrigin::Sync).ok());
            if (i % 3 != 0)
                want << a.id; // applied_at grows with i
        }
        QList<QUuid> got;
        std::optional<PageCursor> after;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = repo.listByRequisition(req, after, 5);
            QVERIFY(page.ok());
            for (const auto &a : page->rows)
                got << a.id;
            if (!page->next)
                break;
            after = page->next;
        }
        QCOMPARE(got, want);
    }

    void listRowsJoinsNamesAndPagesAll()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        const auto reqA = TestData::requisition(3, 0);
        const auto reqB = TestData::requisition(3, 1);
        QVERIFY(RequisitionRepository(*db).saveAll({reqA, reqB}, WriteOrigin::Sync).ok());
        const auto cand = TestData::candidate(3, 0);
        QVERIFY(CandidateRepository(*db).save(cand, WriteOrigin::Sync).ok());
        QList<QUuid> all;
        QList<QUuid> ofA;
        for (int i = 0; i < 7; ++i) {
            const QUuid req = i % 2 == 0 ? reqA.id : reqB.id;
            const auto a = TestData::application(3, i, cand.id, req);
            QVERIFY(repo.create(a, QString(), WriteOrigin::Sync).ok());
            all << a.id;
            if (req == reqA.id)
                ofA << a.id;
        }
        const auto collect = [&](const std::optional<QUuid> &req) {
            QList<QUuid> got;
            std::optional<PageCursor> after;
            for (int guard = 0; guard < 100; ++guard) {
                auto page = repo.listRows(req, after, 3);
                if (!page.ok())
                    return QList<QUuid>{};
                for (const auto &row : page->rows) {
                    got << row.application.id;
                    if (row.candidateName != cand.name)
                        return QList<QUuid>{};
                    const QString title
                            = row.application.requisitionId == reqA.id ? reqA.title : reqB.title;
                    if (row.requisitionTitle != title)
                        return QList<QUuid>{};
                }
                if (!page->next)
                    break;
                after = page->next;
            }
            return got;
        };
        QCOMPARE(collect(std::nullopt), all);
        QCOMPARE(collect(reqA.id), ofA);

        auto one = repo.findRow(all.at(1));
        QVERIFY(one.ok());
        QCOMPARE(one->candidateName, cand.name);
        QCOMPARE(one->requisitionTitle, reqB.title);
        QCOMPARE(repo.findRow(QUuid::createUuid()).error().code, Core::ErrorCode::NotFound);
    }

    void pipelineStatisticsOfOneRequisition()
    {
        auto db = freshDb();
        Testing::PipelineTimeline t;
        QVERIFY(Testing::writePipelineTimeline(*db, &t));
        auto stats = ApplicationRepository(*db).pipelineStatistics(t.requisition.id);
        QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error().message()));
        // Grouped by (furthest, current), in furthest order.
        const QList<FunnelCount> expected{{Stage::Applied, Stage::Applied, 1},
                                          {Stage::Applied, Stage::Rejected, 1},
                                          {Stage::RecruiterScreen, Stage::Withdrawn, 1},
                                          {Stage::HiringManagerScreen, Stage::Rejected, 1},
                                          {Stage::Hired, Stage::Hired, 1}};
        QCOMPARE(stats->funnel, expected);
        QCOMPARE(stats->durations.size(), 5);
        const StageDurationRow applied = stats->durations.at(0);
        QCOMPARE(applied.stage, Stage::Applied);
        QCOMPARE(applied.stays, 4);
        QCOMPARE(applied.medianDays, 1.5);
        QCOMPARE(applied.meanDays, 2.0);
        QCOMPARE(stats->durations.at(1).stays, 3);
        QCOMPARE(stats->durations.at(1).medianDays, 2.0);
        QCOMPARE(stats->durations.at(2).medianDays, 2.5);
        QCOMPARE(stats->durations.at(3).stage, Stage::Onsite);
        QCOMPARE(stats->durations.at(4).stage, Stage::Offer);
        QCOMPARE(stats->durations.at(4).meanDays, 2.0);
    }

    void pipelineStatisticsOfAll()
    {
        auto db = freshDb();
        QVERIFY(Testing::writePipelineTimeline(*db));
        auto stats = ApplicationRepository(*db).pipelineStatistics(std::nullopt);
        QVERIFY(stats.ok());
        qint64 applications = 0;
        for (const FunnelCount &c : stats->funnel)
            applications += c.applications;
        QCOMPARE(applications, 6);
        // B1's 30 days in Applied join the four stays of the requisition: 1, 1, 2, 4, 30.
        QCOMPARE(stats->durations.at(0).stays, 5);
        QCOMPARE(stats->durations.at(0).medianDays, 2.0);
        QCOMPARE(stats->durations.at(0).meanDays, 7.6);
    }

    void pipelineStatisticsWithoutHistory()
    {
        // Applications synced without their events still count, at their current stage.
        auto db = freshDb();
        const Core::DemoDataGenerator generator(5);
        const Core::Requisition r = generator.requisition(0);
        QVERIFY(RequisitionRepository(*db).saveAll({r}, WriteOrigin::Sync).ok());
        ApplicationRepository repo(*db);
        for (int i = 0; i < 2; ++i) {
            Core::Application a;
            a.id = QUuid::createUuid();
            a.candidateId = QUuid::createUuid();
            a.requisitionId = r.id;
            a.stage = i == 0 ? Stage::Onsite : Stage::Withdrawn;
            a.appliedAt = Core::utcDateTime(QDate(2026, 1, 5), QTime(8, 0));
            a.updatedAt = a.appliedAt;
            QVERIFY(repo.create(a, QString(), WriteOrigin::Sync).ok());
        }
        auto stats = repo.pipelineStatistics(r.id);
        QVERIFY(stats.ok());
        const QList<FunnelCount> expected{{Stage::Applied, Stage::Withdrawn, 1},
                                          {Stage::Onsite, Stage::Onsite, 1}};
        QCOMPARE(stats->funnel, expected);
        QVERIFY(stats->durations.isEmpty());
        auto none = repo.pipelineStatistics(QUuid::createUuid());
        QVERIFY(none.ok());
        QVERIFY(none->funnel.isEmpty());
    }

    // Every sort × order × filter walked in pages of three, against a brute-force order.
    void listRowsSortsAndFiltersInSql()
    {
        auto db = freshDb();
        ApplicationRepository repo(*db);
        const auto reqA = TestData::requisition(4, 0);
        const auto reqB = TestData::requisition(4, 1);
        QVERIFY(RequisitionRepository(*db).saveAll({reqA, reqB}, WriteOrigin::Sync).ok());
        const QList<Stage> cycle{Stage::Offer,
                                 Stage::Applied,
                                 Stage::Hired,
                                 Stage::Onsite,
                                 Stage::Rejected,
                                 Stage::RecruiterScreen};
        struct Expected
        {
            Core::Application a;
            QString name;
            QString title;
        };
        QList<Expected> rows;
        for (int i = 0; i < 12; ++i) {
            const auto cand = TestData::candidate(4, i);
            QVERIFY(CandidateRepository(*db).save(cand, WriteOrigin::Sync).ok());
            const auto &req = i % 3 == 0 ? reqA : reqB;
            auto a = TestData::application(4, i, cand.id, req.id);
            a.stage = cycle.at(i % cycle.size());
            // Ties and gaps: equal salaries, none at all, no last move.
            if (i % 4 == 0)
                a.expectedSalary.reset();
            else
                a.expectedSalary->minor = 10000000 + (i % 3) * 500000;
            if (i % 5 == 0)
                a.stageChangedAt = QDateTime();
            QVERIFY(repo.create(a, QString(), WriteOrigin::Sync).ok());
            rows << Expected{a, cand.name, req.title};
        }

        using Key = std::function<int(const Expected &, const Expected &)>;
        const auto cmp = [](const auto &x, const auto &y) {
            return x < y ? -1 : (y < x ? 1 : 0);
        };
        const QList<std::pair<ApplicationSort, Key>> sorts{
                {ApplicationSort::Candidate,
                 [](const Expected &x, const Expected &y) {
                     return x.name.compare(y.name, Qt::CaseInsensitive);
                 }},
                {ApplicationSort::Requisition,
                 [](const Expected &x, const Expected &y) {
                     return x.title.compare(y.title, Qt::CaseInsensitive);
                 }},
                {ApplicationSort::Stage,
                 [cmp](const Expected &x, const Expected &y) {
                     return cmp(int(x.a.stage), int(y.a.stage));
                 }},
                {ApplicationSort::Applied,
                 [cmp](const Expected &x, const Expected &y) {
                     return cmp(x.a.appliedAt, y.a.appliedAt);
                 }},
                {ApplicationSort::LastMove,
                 [cmp](const Expected &x, const Expected &y) {
                     const auto key = [](const Expected &e) {
                         return e.a.stageChangedAt.isValid()
                                        ? e.a.stageChangedAt.toMSecsSinceEpoch()
                                        : qint64(-1);
                     };
                     return cmp(key(x), key(y));
                 }},
                {ApplicationSort::ExpectedSalary,
                 [cmp](const Expected &x, const Expected &y) {
                     const auto key = [](const Expected &e) {
                         return e.a.expectedSalary ? e.a.expectedSalary->minor : qint64(-1);
                     };
                     return cmp(key(x), key(y));
                 }},
        };
        QList<ApplicationFilter> filters(4);
        filters[1].stages = {Stage::Onsite, Stage::Offer};
        filters[2].text = QStringLiteral("BEN");
        filters[3].requisitionId = reqB.id;
        filters[3].stages = {Stage::Applied, Stage::Hired, Stage::Rejected};

        for (const ApplicationFilter &filter : std::as_const(filters)) {
            QList<Expected> matching;
            for (const Expected &e : std::as_const(rows)) {
                if (filter.requisitionId && e.a.requisitionId != *filter.requisitionId)
                    continue;
                if (!filter.stages.isEmpty() && !filter.stages.contains(e.a.stage))
                    continue;
                if (!filter.text.isEmpty() && !e.name.contains(filter.text, Qt::CaseInsensitive)
                    && !e.title.contains(filter.text, Qt::CaseInsensitive))
                    continue;
                matching << e;
            }
            for (const auto &[sort, key] : sorts) {
                QList<Expected> ordered = matching;
                std::sort(
                        ordered.begin(), ordered.end(), [&](const Expected &x, const Expected &y) {
                            const int c = key(x, y);
                            return c != 0 ? c < 0
                                          : x.a.id.toString(QUuid::WithoutBraces)
                                                    < y.a.id.toString(QUuid::WithoutBraces);
                        });
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    QList<QUuid> expected;
                    for (const Expected &e : std::as_const(ordered))
                        expected << e.a.id;
                    if (order == Qt::DescendingOrder)
                        std::reverse(expected.begin(), expected.end());
                    ApplicationQuery query;
                    query.filter = filter;
                    query.sort = sort;
                    query.order = order;
                    query.limit = 3;
                    QList<QUuid> got;
                    for (int guard = 0; guard < 20; ++guard) {
                        auto page = repo.listRows(query);
                        QVERIFY2(page.ok(),
                                 qPrintable(page.ok() ? QString() : page.error().message()));
                        for (const ApplicationRow &row : page->rows)
                            got << row.application.id;
                        if (!page->next)
                            break;
                        query.after = page->next;
                    }
                    QCOMPARE(got, expected);

                    // The windowed model's helpers agree with the keyset order.
                    auto count = repo.countRows(filter);
                    QVERIFY(count.ok());
                    QCOMPARE(*count, qint64(expected.size()));
                    query.after.reset();
                    for (int row = 0; row < expected.size(); ++row) {
                        auto at = repo.rowOf(query, expected.at(row));
                        QVERIFY(at.ok());
                        QCOMPARE(*at, qint64(row));
                        auto cursor = repo.cursorAtRow(query, row);
                        QVERIFY(cursor.ok());
                        ApplicationQuery from = query;
                        from.after = *cursor;
                        from.limit = 1;
                        auto page = repo.listRows(from);
                        QVERIFY(page.ok());
                        QCOMPARE(page->rows.size(), 1);
                        QCOMPARE(page->rows.at(0).application.id, expected.at(row));
                    }
                    auto past = repo.cursorAtRow(query, expected.size() + 1);
                    QVERIFY(past.ok());
                    QVERIFY(!past->has_value());
                    auto anchors = repo.anchors(query, 2);
                    QVERIFY(anchors.ok());
                    QCOMPARE(anchors->size(), expected.size() / 2);
                    for (int k = 0; k < anchors->size(); ++k) {
                        // Element k starts the page at row (k + 1) × 2.
                        ApplicationQuery from = query;
                        from.after = anchors->at(k);
                        from.limit = 1;
                        auto page = repo.listRows(from);
                        QVERIFY(page.ok());
                        if ((k + 1) * 2 < expected.size())
                            QCOMPARE(page->rows.at(0).application.id, expected.at((k + 1) * 2));
                        else
                            QVERIFY(page->rows.isEmpty());
                    }
                }
            }
        }
        const QUuid stranger = QUuid::createUuid();
        QCOMPARE(repo.rowOf(ApplicationQuery(), stranger).error().code, Core::ErrorCode::NotFound);
        QCOMPARE(repo.anchors(ApplicationQuery(), 0).error().code,
                 Core::ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(tst_ApplicationRepository)
#include "tst_applicationrepository.moc"
