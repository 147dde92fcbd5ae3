#include "core/error.h"
#include "gui/synclogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Core::ErrorCode;

class tst_SyncLogModel : public QObject
{
    Q_OBJECT

private slots:
    void earlierSessionsBelowAndCapped()
    {
        SyncLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime start(QDate(2026, 11, 28), QTime(9, 0));
        Sync::RoundReport now;
        now.pushed = 1;
        model.addRound(start.addDays(1), now);
        QList<SyncLogModel::Entry> earlier;
        for (int i = 0; i < SyncLogModel::maxEntries + 10; ++i) {
            Store::SyncLogEntry stored;
            stored.at = start.addSecs(-i);
            stored.pulled = i;
            earlier << SyncLogModel::fromStore(stored);
        }
        model.addEarlier(earlier);
        QCOMPARE(model.rowCount(), SyncLogModel::maxEntries);
        QCOMPARE(model.entryAt(0).report.pushed, 1);
        QCOMPARE(model.entryAt(1).report.pulled, 0);
        QCOMPARE(model.entryAt(SyncLogModel::maxEntries - 1).report.pulled,
                 SyncLogModel::maxEntries - 2);
        model.addEarlier(earlier); // full: nothing more
        QCOMPARE(model.rowCount(), SyncLogModel::maxEntries);
    }

    void storeRoundTrip()
    {
        SyncLogModel model;
        const QDateTime at(QDate(2026, 11, 28), QTime(9, 30), QTimeZone::utc());
        Sync::RoundReport report;
        report.pushed = 3;
        report.pulled = 12;
        report.conflicts = 1;
        report.setAside = 2;
        report.reset = true;
        report.keptLocal = {QStringLiteral("note:1")};
        report.checksumMismatch = {QStringLiteral("requisition")};
        report.cursor = QStringLiteral("c-42"); // not kept: nothing the log shows
        model.addRound(at, report);
        model.addFailure(at.addSecs(60), int(ErrorCode::RateLimited), QStringLiteral("429"), true);

        const Store::SyncLogEntry failure = SyncLogModel::toStore(model.entryAt(0));
        QVERIFY(failure.failed);
        QCOMPARE(failure.code, int(ErrorCode::RateLimited));
        QCOMPARE(failure.detail, QStringLiteral("429"));
        const SyncLogModel::Entry back = SyncLogModel::fromStore(failure);
        QCOMPARE(back.text, model.entryAt(0).text);
        QVERIFY(back.willRetry);

        const Store::SyncLogEntry round = SyncLogModel::toStore(model.entryAt(1));
        QVERIFY(!round.failed);
        QCOMPARE(round.pushed, 3);
        QCOMPARE(round.keptLocal, report.keptLocal);
        const SyncLogModel::Entry again = SyncLogModel::fromStore(round);
        QCOMPARE(again.text, model.entryAt(1).text);
        QCOMPARE(again.at, at);
        QCOMPARE(again.report.setAside, 2);
        QVERIFY(again.report.reset);
        QVERIFY(again.report.cursor.isEmpty());
    }
    void newestFirstAndCapped()
    {
        SyncLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime start(QDate(2026, 11, 28), QTime(9, 0));
        for (int i = 0; i < SyncLogModel::maxEntries + 5; ++i) {
            Sync::RoundReport report;
            report.pushed = i;
            model.addRound(start.addSecs(i), report);
        }
        QCOMPARE(model.rowCount(), SyncLogModel::maxEntries);
        QCOMPARE(model.entryAt(0).report.pushed, SyncLogModel::maxEntries + 4);
        QCOMPARE(model.entryAt(model.rowCount() - 1).report.pushed, 5);
        model.addFailure(start.addSecs(1000), int(ErrorCode::NetworkTimeout), QString(), false);
        QCOMPARE(model.rowCount(), SyncLogModel::maxEntries);
        QVERIFY(model.index(0, 0).data(SyncLogModel::FailedRole).toBool());
        QCOMPARE(model.index(0, SyncLogModel::PushedColumn).data().toString(), QString());
        QCOMPARE(model.index(1, SyncLogModel::PushedColumn).data(SyncLogModel::SortRole).toInt(),
                 SyncLogModel::maxEntries + 4);
    }

    void failureWords_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("willRetry");
        QTest::addColumn<QString>("start");
        QTest::newRow("offline") << int(ErrorCode::NetworkError) << true
                                 << QStringLiteral("Cannot reach the server; your edits are kept "
                                                   "and will sync when it is back.");
        QTest::newRow("timeout") << int(ErrorCode::NetworkTimeout) << true
                                 << QStringLiteral("Cannot reach the server");
        QTest::newRow("5xx") << int(ErrorCode::ServerUnavailable) << true
                             << QStringLiteral("Cannot reach the server");
        QTest::newRow("signed out")
                << int(ErrorCode::NotSignedIn) << false << QStringLiteral("You are not signed in");
        QTest::newRow("expired") << int(ErrorCode::Unauthenticated) << false
                                 << QStringLiteral("Your sign-in has expired");
        QTest::newRow("too old") << int(ErrorCode::ClientTooOld) << false
                                 << QStringLiteral("This version of Reqdesk is too old");
        QTest::newRow("restore") << int(ErrorCode::EpochMismatch) << true
                                 << QStringLiteral("The server's data was restored");
        QTest::newRow("gave up") << int(ErrorCode::SyncNoProgress) << false
                                 << QStringLiteral("Sync stopped after several attempts");
        QTest::newRow("other") << int(ErrorCode::QueryFailed) << false
                               << QStringLiteral("Sync failed (detail here)");
    }

    void failureWords()
    {
        QFETCH(int, code);
        QFETCH(bool, willRetry);
        QFETCH(QString, start);
        const QString text
                = SyncLogModel::failureText(code, QStringLiteral("detail here"), willRetry);
        QVERIFY2(text.startsWith(start), qPrintable(text));
        QVERIFY2(text.endsWith(willRetry ? QStringLiteral("Trying again automatically.")
                                         : QStringLiteral("when the problem is solved.")),
                 qPrintable(text));
    }

    void roundWords()
    {
        Sync::RoundReport r;
        QCOMPARE(SyncLogModel::roundText(r),
                 QStringLiteral("Up to date: nothing to send or receive."));
        r.pushed = 1;
        r.pulled = 4;
        r.setAside = 2;
        const QString text = SyncLogModel::roundText(r);
        QVERIFY2(text.startsWith(QStringLiteral("Changes sent: 1, received: 4.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("set aside, not lost")), qPrintable(text));
    }
};

QTEST_MAIN(tst_SyncLogModel)
#include "tst_synclogmodel.moc"
