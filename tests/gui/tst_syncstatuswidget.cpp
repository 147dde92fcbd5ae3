// The sync status widgets without a server: relative times, phases and errors in words, the
// progress bar, the signed-out and offline-mode indicators.
#include "core/error.h"
#include "gui/syncconnection.h"
#include "gui/syncstatuswidget.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_SyncStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("just now");
        QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 min ago");
        QTest::newRow("3 min") << qint64(3 * 60 + 20) << QStringLiteral("3 min ago");
        QTest::newRow("2 h") << qint64(2 * 3600 + 5) << QStringLiteral("2 h ago");
    }

    void relativeTime()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 3, 10), QTime(15, 0), Qt::UTC);
        QCOMPARE(SyncStatusWidget::relativeTime(now.addSecs(-secondsAgo), now), text);
    }

    void olderTimesShowADate()
    {
        const QDateTime now(QDate(2026, 3, 10), QTime(15, 0), Qt::UTC);
        const QString text = SyncStatusWidget::relativeTime(now.addDays(-5), now);
        QVERIFY2(text.startsWith(QStringLiteral("on ")), qPrintable(text));
    }

    void errorsInWords_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("contains");
        QTest::newRow("network") << int(Core::ErrorCode::NetworkError)
                                 << QStringLiteral("Cannot reach the server");
        QTest::newRow("timeout") << int(Core::ErrorCode::NetworkTimeout)
                                 << QStringLiteral("Cannot reach the server");
        QTest::newRow("busy") << int(Core::ErrorCode::ServerUnavailable) << QStringLiteral("busy");
        QTest::newRow("signed out")
                << int(Core::ErrorCode::NotSignedIn) << QStringLiteral("not signed in");
        QTest::newRow("too old") << int(Core::ErrorCode::ClientTooOld)
                                 << QStringLiteral("newer version");
        QTest::newRow("disabled") << int(Core::ErrorCode::AccountDisabled)
                                  << QStringLiteral("administrator");
        QTest::newRow("unknown") << 9999 << QStringLiteral("edits are kept");
    }

    void errorsInWords()
    {
        QFETCH(int, code);
        QFETCH(QString, contains);
        const QString text = SyncConnection::describeError(code);
        QVERIFY2(text.contains(contains), qPrintable(text));
        // No codes or jargon a recruiter would have to look up.
        QVERIFY(!text.contains(QStringLiteral("HTTP")));
        QVERIFY(!text.contains(QStringLiteral("_")));
    }

    void phases()
    {
        QCOMPARE(SyncStatusWidget::phaseText(QStringLiteral("push")),
                 QStringLiteral("Sending edits"));
        QCOMPARE(SyncStatusWidget::phaseText(QStringLiteral("snapshot")),
                 QStringLiteral("Loading all records"));
    }

    void withoutAConnectionSaysOfflineMode()
    {
        SyncStatusWidget widget;
        widget.setConnection(nullptr);
        QCOMPARE(widget.connectionButton()->text(), QStringLiteral("Offline mode"));
        QVERIFY(!widget.connectionButton()->accessibleName().isEmpty());
        QVERIFY(!widget.progressBar()->accessibleName().isEmpty());
        QVERIFY(widget.progressBar()->isHidden());
        QVERIFY(widget.conflictsButton()->isHidden());
    }

    void progressShowsPhaseAndCounts()
    {
        QTemporaryDir dir;
        SyncConnection connection(dir.filePath(QStringLiteral("c.sqlite")));
        SyncStatusWidget widget;
        widget.setConnection(&connection);
        QCOMPARE(widget.connectionButton()->text(), QStringLiteral("Offline")); // not started
        emit connection.busyChanged(true);
        QVERIFY(!widget.progressBar()->isHidden());
        emit connection.progress(QStringLiteral("snapshot"), 500, 2000);
        QCOMPARE(widget.progressBar()->maximum(), 2000);
        QCOMPARE(widget.progressBar()->value(), 500);
        QCOMPARE(widget.progressBar()->format(),
                 QStringLiteral("Loading all records 500 of 2,000"));
        emit connection.busyChanged(false);
        QVERIFY(widget.progressBar()->isHidden());

        emit connection.conflictsCountChanged(3);
        QVERIFY(!widget.conflictsButton()->isHidden());
        QCOMPARE(widget.conflictsButton()->text(), QStringLiteral("3 conflicts"));
        QSignalSpy requested(&widget, &SyncStatusWidget::conflictsRequested);
        widget.conflictsButton()->click();
        QCOMPARE(requested.size(), 1);
        emit connection.conflictsCountChanged(0);
        QVERIFY(widget.conflictsButton()->isHidden());
    }
};

QTEST_MAIN(tst_SyncStatusWidget)
#include "tst_syncstatuswidget.moc"
