#include "core/requisition.h"
#include "core/rules/requisitionlifecycle.h"

#include <QTest>

using namespace Reqdesk::Core;

// The lifecycle written out a second time, independently of the implementation. Rows are
// `from`, columns `to`, both in this order:
//   draft, pending_approval, open, on_hold, filled, closed, cancelled
// '.' illegal, 'F' legal with no reason needed, 'R' legal only with a reason.
namespace {
const RequisitionStatus kOrder[] = {RequisitionStatus::Draft,
                                    RequisitionStatus::PendingApproval,
                                    RequisitionStatus::Open,
                                    RequisitionStatus::OnHold,
                                    RequisitionStatus::Filled,
                                    RequisitionStatus::Closed,
                                    RequisitionStatus::Cancelled};
const char *const kMatrix[] = {
        // to: DR PA OP OH FI CL CA
        ".F....R", // draft: submit, or cancel with a reason; never straight to open
        "R.F...R", // pending_approval: approve, send back (reason), cancel (reason)
        "...RFRR", // open: hold/close/cancel need a reason; filled does not
        "..F..RR", // on_hold: resume freely; no direct fill
        "..R....", // filled: reopen with a reason
        "..R....", // closed: reopen with a reason
        ".......", // cancelled: terminal
};
} // namespace

class tst_RequisitionLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void everyPair_data();
    void everyPair();
    void legalTargets_data();
    void legalTargets();
    void openings_data();
    void openings();
    void applySetsStatusAndReason();
};

void tst_RequisitionLifecycle::everyPair_data()
{
    QTest::addColumn<RequisitionStatus>("from");
    QTest::addColumn<RequisitionStatus>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("legal");
    QTest::addColumn<bool>("needsReason");

    const QString reasons[] = {QString(), QStringLiteral("\t"), QStringLiteral("budget freeze")};
    for (int f = 0; f < 7; ++f) {
        for (int t = 0; t < 7; ++t) {
            const char cell = kMatrix[f][t];
            for (const QString &reason : reasons) {
                int expected = 0;
                if (cell == '.')
                    expected = int(ErrorCode::IllegalTransition);
                else if (cell == 'R' && reason.trimmed().isEmpty())
                    expected = int(ErrorCode::ReasonRequired);
                const QByteArray name = requisitionStatusName(kOrder[f]).toLatin1() + " -> "
                                        + requisitionStatusName(kOrder[t]).toLatin1() + " reason='"
                                        + reason.toLatin1() + "'";
                QTest::newRow(name.constData()) << kOrder[f] << kOrder[t] << reason << expected
                                                << (cell != '.') << (cell == 'R');
            }
        }
    }
}

void tst_RequisitionLifecycle::everyPair()
{
    QFETCH(RequisitionStatus, from);
    QFETCH(RequisitionStatus, to);
    QFETCH(QString, reason);
    QFETCH(int, expected);
    QFETCH(bool, legal);
    QFETCH(bool, needsReason);

    const Status status = RequisitionLifecycle::check(from, to, reason);
    QCOMPARE(status.ok(), expected == 0);
    if (!status.ok()) {
        QCOMPARE(int(status.error().code), expected);
        QVERIFY(status.error().detail.contains(requisitionStatusName(from)));
        QVERIFY(status.error().detail.contains(requisitionStatusName(to)));
    }
    QCOMPARE(RequisitionLifecycle::isLegal(from, to), legal);
    QCOMPARE(RequisitionLifecycle::requiresReason(from, to), needsReason);
    QCOMPARE(RequisitionLifecycle::isTerminal(from), from == RequisitionStatus::Cancelled);
}

void tst_RequisitionLifecycle::legalTargets_data()
{
    QTest::addColumn<RequisitionStatus>("from");
    QTest::addColumn<QList<RequisitionStatus>>("targets");
    for (int f = 0; f < 7; ++f) {
        QList<RequisitionStatus> targets;
        for (int t = 0; t < 7; ++t) {
            if (kMatrix[f][t] != '.')
                targets.append(kOrder[t]);
        }
        QTest::newRow(requisitionStatusName(kOrder[f]).toLatin1().constData())
                << kOrder[f] << targets;
    }
}

void tst_RequisitionLifecycle::legalTargets()
{
    QFETCH(RequisitionStatus, from);
    QFETCH(QList<RequisitionStatus>, targets);
    QCOMPARE(RequisitionLifecycle::legalTargets(from), targets);
}

void tst_RequisitionLifecycle::openings_data()
{
    QTest::addColumn<RequisitionStatus>("from");
    QTest::addColumn<RequisitionStatus>("to");
    QTest::addColumn<int>("openings");
    QTest::addColumn<int>("expected");

    const int illegal = int(ErrorCode::IllegalTransition);
    QTest::newRow("fill with none left")
            << RequisitionStatus::Open << RequisitionStatus::Filled << 0 << 0;
    QTest::newRow("fill with one left")
            << RequisitionStatus::Open << RequisitionStatus::Filled << 1 << illegal;
    QTest::newRow("reopen filled with a new seat")
            << RequisitionStatus::Filled << RequisitionStatus::Open << 1 << 0;
    QTest::newRow("reopen filled without a seat")
            << RequisitionStatus::Filled << RequisitionStatus::Open << 0 << illegal;
    QTest::newRow("close with seats left")
            << RequisitionStatus::Open << RequisitionStatus::Closed << 2 << 0;
    QTest::newRow("hold with seats left")
            << RequisitionStatus::Open << RequisitionStatus::OnHold << 2 << 0;
    QTest::newRow("lifecycle still applies")
            << RequisitionStatus::OnHold << RequisitionStatus::Filled << 0 << illegal;
}

void tst_RequisitionLifecycle::openings()
{
    QFETCH(RequisitionStatus, from);
    QFETCH(RequisitionStatus, to);
    QFETCH(int, openings);
    QFETCH(int, expected);

    Requisition r;
    r.status = from;
    r.headcount = 2;
    r.openings = openings;
    const Status status = RequisitionLifecycle::check(r, to, QStringLiteral("because"));
    QCOMPARE(status.ok() ? 0 : int(status.error().code), expected);
}

void tst_RequisitionLifecycle::applySetsStatusAndReason()
{
    Requisition r;
    r.status = RequisitionStatus::Open;
    QVERIFY(RequisitionLifecycle::apply(r, RequisitionStatus::OnHold, QStringLiteral(" budget "))
                    .ok());
    QCOMPARE(r.status, RequisitionStatus::OnHold);
    QCOMPARE(r.statusReason, QStringLiteral("budget"));
    const Status refused = RequisitionLifecycle::apply(r, RequisitionStatus::Filled, QString());
    QCOMPARE(refused.error().code, ErrorCode::IllegalTransition);
    QCOMPARE(r.status, RequisitionStatus::OnHold);
    QCOMPARE(r.statusReason, QStringLiteral("budget"));
    QVERIFY(RequisitionLifecycle::apply(r, RequisitionStatus::Open, QString()).ok());
    QVERIFY(r.statusReason.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RequisitionLifecycle)
#include "tst_requisitionlifecycle.moc"
