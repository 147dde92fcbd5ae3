#include "core/rules/applicationstatemachine.h"
#include "core/timeutil.h"

#include <QTest>

using namespace Reqdesk::Core;

// The expected rules written out a second time, independently of the implementation:
// one row per `from` stage, one column per `to` stage, both in this order:
//   applied, recruiter_screen, hiring_manager_screen, onsite, offer, hired, rejected, withdrawn
// '.' illegal, 'F' legal with no reason needed, 'R' legal only with a reason.
namespace {
const Stage kOrder[] = {Stage::Applied,
                        Stage::RecruiterScreen,
                        Stage::HiringManagerScreen,
                        Stage::Onsite,
                        Stage::Offer,
                        Stage::Hired,
                        Stage::Rejected,
                        Stage::Withdrawn};
const char *const kMatrix[] = {
        // to: A  RS HM ON OF HI RJ WD
        ".FFFF.RF", // applied: skip forward freely; hire only from offer
        "R.FFF.RF", // recruiter_screen: back needs a reason
        "RR.FF.RF", // hiring_manager_screen
        "RRR.F.RF", // onsite
        "RRRR.FRF", // offer: the only way into hired
        "....R...", // hired: only back to offer, with a reason (a correction or an undo)
        "RRRRR...", // rejected: reopen to any active stage with a reason
        "RRRRR...", // withdrawn: same
};
} // namespace

class tst_ApplicationStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void everyPair_data();
    void everyPair();
    void legalTargets_data();
    void legalTargets();
    void classification();
    void messagesNameTheStages();
    void moveApplies();
};

void tst_ApplicationStateMachine::everyPair_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("expected"); // ErrorCode as int; 0 = ok
    QTest::addColumn<bool>("legal");
    QTest::addColumn<bool>("needsReason");

    const QString reasons[] = {QString(), QStringLiteral("   "), QStringLiteral("clerical error")};
    for (int f = 0; f < 8; ++f) {
        for (int t = 0; t < 8; ++t) {
            const char cell = kMatrix[f][t];
            for (const QString &reason : reasons) {
                const bool hasReason = !reason.trimmed().isEmpty();
                int expected = 0;
                if (cell == '.')
                    expected = int(ErrorCode::IllegalTransition);
                else if (cell == 'R' && !hasReason)
                    expected = int(ErrorCode::ReasonRequired);
                const QByteArray name = stageName(kOrder[f]).toLatin1() + " -> "
                                        + stageName(kOrder[t]).toLatin1() + " reason='"
                                        + reason.toLatin1() + "'";
                QTest::newRow(name.constData()) << kOrder[f] << kOrder[t] << reason << expected
                                                << (cell != '.') << (cell == 'R');
            }
        }
    }
}

void tst_ApplicationStateMachine::everyPair()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(QString, reason);
    QFETCH(int, expected);
    QFETCH(bool, legal);
    QFETCH(bool, needsReason);

    const Status status = ApplicationStateMachine::check(from, to, reason);
    QCOMPARE(status.ok(), expected == 0);
    if (!status.ok()) {
        QCOMPARE(int(status.error().code), expected);
        QVERIFY(!status.error().detail.isEmpty());
    }
    QCOMPARE(ApplicationStateMachine::isLegal(from, to), legal);
    QCOMPARE(ApplicationStateMachine::requiresReason(from, to), needsReason);
}

void tst_ApplicationStateMachine::legalTargets_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<QList<Stage>>("targets");
    for (int f = 0; f < 8; ++f) {
        QList<Stage> targets;
        for (int t = 0; t < 8; ++t) {
            if (kMatrix[f][t] != '.')
                targets.append(kOrder[t]);
        }
        QTest::newRow(stageName(kOrder[f]).toLatin1().constData()) << kOrder[f] << targets;
    }
}

void tst_ApplicationStateMachine::legalTargets()
{
    QFETCH(Stage, from);
    QFETCH(QList<Stage>, targets);
    QCOMPARE(ApplicationStateMachine::legalTargets(from), targets);
}

void tst_ApplicationStateMachine::classification()
{
    QCOMPARE(ApplicationStateMachine::allStages().size(), 8);
    for (const Stage s : kOrder) {
        const bool active = s == Stage::Applied || s == Stage::RecruiterScreen
                            || s == Stage::HiringManagerScreen || s == Stage::Onsite
                            || s == Stage::Offer;
        QCOMPARE(ApplicationStateMachine::isActive(s), active);
        QCOMPARE(ApplicationStateMachine::isTerminal(s), s == Stage::Hired);
        QCOMPARE(ApplicationStateMachine::isExit(s), s == Stage::Rejected || s == Stage::Withdrawn);
    }
}

void tst_ApplicationStateMachine::messagesNameTheStages()
{
    const Status hired
            = ApplicationStateMachine::check(Stage::Hired, Stage::Onsite, QStringLiteral("x"));
    QVERIFY(!hired.ok());
    QVERIFY(hired.error().detail.contains(QLatin1String("hired")));
    QVERIFY(hired.error().detail.contains(QLatin1String("onsite")));

    const Status reject = ApplicationStateMachine::check(Stage::Onsite, Stage::Rejected);
    QCOMPARE(reject.error().code, ErrorCode::ReasonRequired);
    QVERIFY(reject.error().detail.contains(QLatin1String("onsite")));
    QVERIFY(reject.error().detail.contains(QLatin1String("rejected")));
}

void tst_ApplicationStateMachine::moveApplies()
{
    Application a;
    a.id = QUuid::createUuid();
    a.stage = Stage::Onsite;
    const QDateTime t1 = Reqdesk::Core::utcDateTime(QDate(2026, 5, 1), QTime(9, 0));

    Result<StageEvent> e = ApplicationStateMachine::move(
            a, Stage::Rejected, QStringLiteral("  no fit "), QStringLiteral("ada"), t1);
    QVERIFY(e.ok());
    QCOMPARE(a.stage, Stage::Rejected);
    QCOMPARE(a.exitReason, QStringLiteral("no fit"));
    QCOMPARE(a.stageChangedAt, t1);
    QCOMPARE(e->applicationId, a.id);
    QCOMPARE(e->from, std::optional<Stage>(Stage::Onsite));
    QCOMPARE(e->to, Stage::Rejected);
    QCOMPARE(e->by, QStringLiteral("ada"));
    QCOMPARE(e->reason, QStringLiteral("no fit"));
    QVERIFY(!e->id.isNull());

    // Refused: nothing changes.
    const Application before = a;
    e = ApplicationStateMachine::move(
            a, Stage::Hired, QStringLiteral("x"), QStringLiteral("ada"), t1.addDays(1));
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, ErrorCode::IllegalTransition);
    QVERIFY(a == before);

    // Reopening clears the exit reason; the history keeps it.
    e = ApplicationStateMachine::move(a,
                                      Stage::Onsite,
                                      QStringLiteral("second look"),
                                      QStringLiteral("grace"),
                                      t1.addDays(2));
    QVERIFY(e.ok());
    QCOMPARE(a.stage, Stage::Onsite);
    QVERIFY(a.exitReason.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ApplicationStateMachine)
#include "tst_applicationstatemachine.moc"
