// The desktop app's sync against a real reqdesk-server process: sign-in through the
// SignInDialog's widgets, an edit made in the window sent by the debounced round (pending 1,
// then 0), the last-sync text, a conflict held by the server shown on the badge (which opens
// the Sync pane), and the offline indicator once the server is gone.

#include "core/requisition.h"
#include "gui/importpreviewdialog.h"
#include "gui/mainwindow.h"
#include "gui/signindialog.h"
#include "gui/syncconnection.h"
#include "gui/syncstatuswidget.h"
#include "guitestsupport.h"
#include "store/database.h"
#include "store/requisitionrepository.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>

#include "e2esupport.h"

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using namespace ReqdeskTest;

namespace {

QString seedFile()
{
    return QStringLiteral(REQDESK_SEED_DIR "/posting-software-engineer-2.txt");
}

} // namespace

class tst_SyncConnection final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<Store::DatabaseClient> m_client;
    std::unique_ptr<SyncConnection> m_sync;
    std::unique_ptr<MainWindow> m_window;

    QString cachePath() const { return m_dir.filePath(QStringLiteral("home/cache.sqlite")); }
    QUrl serverUrl() const { return m_server.url(QString()).adjusted(QUrl::StripTrailingSlash); }
    QString pendingText() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("pendingLabel"))->text();
    }
    SyncStatusWidget *status() const { return m_window->syncStatus(); }

    // The window on an empty cache with sync set up but not signed in.
    void openWindow()
    {
        qputenv("REQDESK_HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
        QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
        m_client = std::make_unique<Store::DatabaseClient>();
        m_sync = std::make_unique<SyncConnection>(cachePath());
        m_sync->setDebounceMs(500); // long enough to see "1 edit" before the round
        m_window = std::make_unique<MainWindow>(m_client.get());
        m_window->setupSync(m_sync.get());
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->show();
        m_window->openDatabase(cachePath());
        QTRY_COMPARE(opened.size(), 1);
    }

    // A second client, on the test thread, signed in as bob.
    std::unique_ptr<Sync::SyncEngine> bob()
    {
        return signedInEngine(
                m_dir.filePath(QStringLiteral("bob.db")), serverUrl(), QStringLiteral("bob"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("REQDESK_TOKEN_STORE", "file");
        const QStringList store{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server"))};
        for (const QString &user : {QStringLiteral("ada"), QStringLiteral("bob")}) {
            QCOMPARE(addUser(store, user), 0);
        }
        QVERIFY(m_server.startWith(store));
        openWindow();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_sync.reset(); // waits for the sync thread
        m_client.reset();
        m_server.stop();
    }

    void startsSignedOut()
    {
        QTRY_COMPARE(m_sync->state(), SyncConnection::State::SignedOut);
        QCOMPARE(status()->connectionButton()->text(), QStringLiteral("Not signed in"));
        QCOMPARE(status()->lastSyncLabel()->text(), QStringLiteral("Never synced"));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("syncNowAction"))->isEnabled());
        QVERIFY(!status()->conflictsButton()->isVisible());
    }

    void signInThroughTheDialog()
    {
        m_window->showSignIn(serverUrl());
        QPointer<SignInDialog> dialog = m_window->signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->server(), serverUrl());
        QVERIFY(!dialog->signInButton()->isEnabled()); // no user, no password yet
        QVERIFY(!dialog->serverEdit()->accessibleName().isEmpty());
        QVERIFY(!dialog->passwordEdit()->accessibleName().isEmpty());

        // A wrong password: said in words, the dialog stays, the password is cleared.
        QTest::keyClicks(dialog->userEdit(), QStringLiteral("ada"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("not-the-password"));
        QVERIFY(dialog->signInButton()->isEnabled());
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->messageLabel()->text().contains(QStringLiteral("not correct")));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QCOMPARE(m_sync->state(), SyncConnection::State::SignedOut);

        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("secret-ada-pw"));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_sync->user(), QStringLiteral("ada"));
        // The first round runs at once: online, and the last sync is shown.
        QTRY_COMPARE(m_sync->state(), SyncConnection::State::Online);
        QCOMPARE(status()->connectionButton()->text(), QStringLiteral("Online"));
        QTRY_COMPARE(status()->lastSyncLabel()->text(), QStringLiteral("Last sync just now"));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("syncNowAction"))->isEnabled());
    }

    void anEditIsSentByTheDebouncedRound()
    {
        QSignalSpy synced(m_sync.get(), &SyncConnection::synced);
        QSignalSpy progress(m_sync.get(), &SyncConnection::progress);
        QSignalSpy busy(m_sync.get(), &SyncConnection::busyChanged);
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importFiles({seedFile()});
        QTRY_VERIFY(m_window->previewDialog() && m_window->previewDialog()->isVisible());
        QTest::mouseClick(m_window->previewDialog()->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        // Pending 1 (the store's count after the import), then none once the round sent it.
        QTRY_VERIFY2(pendingText().startsWith(QStringLiteral("1 ")), qPrintable(pendingText()));
        QTRY_VERIFY(!synced.isEmpty());
        QTRY_COMPARE(pendingText(), QStringLiteral("All edits synced"));
        QCOMPARE(m_sync->pendingCount(), 0);
        // The round was reported: busy on then off (the bar shows and hides), phases with counts.
        QVERIFY(busy.size() >= 2);
        QCOMPARE(busy.first().first().toBool(), true);
        QCOMPARE(busy.last().first().toBool(), false);
        QStringList phases;
        for (const QList<QVariant> &args : std::as_const(progress))
            phases << args.first().toString();
        QVERIFY2(phases.contains(QStringLiteral("push")), qPrintable(phases.join(u',')));
        QTRY_VERIFY(status()->progressBar()->isHidden());

        // The server has it: another client receives it.
        auto other = bob();
        QVERIFY(other);
        const auto round = other->syncOnce();
        QVERIFY2(round, qPrintable(round ? QString() : round.error().message()));
        const auto page = Store::RequisitionRepository(*other->database()).page({});
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.first().title, QStringLiteral("Software Engineer 2"));
    }

    void aConflictShowsOnTheBadge()
    {
        auto other = bob();
        QVERIFY(other);
        QVERIFY(other->syncOnce());
        const auto page = Store::RequisitionRepository(*other->database()).page({});
        QVERIFY(page && page->rows.size() == 1);
        auto found0 = Store::RequisitionRepository(*other->database()).find(page->rows.first().id);
        QVERIFY(found0);
        Core::Requisition onBob = *found0;
        onBob.title = QStringLiteral("Software Engineer II");
        QVERIFY(Store::RequisitionRepository(*other->database())
                        .save(onBob, Store::WriteOrigin::LocalEdit));
        QVERIFY(other->syncOnce());

        // The same field edited in the app, through the window's client, before it pulled.
        std::optional<Core::Requisition> mine;
        const auto connection = connect(m_client.get(),
                                        &Store::DatabaseClient::found,
                                        this,
                                        [&mine](int, const Core::Requisition &r) { mine = r; });
        m_client->find(onBob.id);
        QTRY_VERIFY(mine.has_value());
        disconnect(connection);
        mine->title = QStringLiteral("Software Engineer (Platform)");
        m_client->save({*mine}, Store::WriteOrigin::LocalEdit);

        QTRY_COMPARE(m_sync->conflictsCount(), 1);
        QToolButton *badge = status()->conflictsButton();
        QTRY_VERIFY(badge->isVisible());
        QCOMPARE(badge->text(), QStringLiteral("1 conflict"));
        QVERIFY(badge->accessibleName().contains(u'1'));
        m_window->setCurrentPane(MainWindow::RequisitionsPaneIndex);
        QTest::mouseClick(badge, Qt::LeftButton);
        QCOMPARE(m_window->currentPane(), int(MainWindow::SyncPaneIndex));
    }

    void offlineOnceTheServerIsGone()
    {
        QSignalSpy failed(m_sync.get(), &SyncConnection::syncFailed);
        m_server.stop();
        m_window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
        QTRY_VERIFY(!failed.isEmpty());
        QTRY_COMPARE(m_sync->state(), SyncConnection::State::Offline);
        QCOMPARE(status()->connectionButton()->text(), QStringLiteral("Offline"));
        QCOMPARE(status()->connectionButton()->toolTip(),
                 QStringLiteral("Cannot reach the server; your edits are kept and will sync "
                                "when it is back."));
        // The last good round is still shown.
        QVERIFY(status()->lastSyncLabel()->text().startsWith(QStringLiteral("Last sync")));
    }

    void aRestartShowsTheLastSyncOfTheEarlierRun()
    {
        // A second connection on the same cache, not started by a window: its session read
        // brings the stored last-sync time, shown before any round of its own.
        SyncConnection again(cachePath());
        SyncStatusWidget widget;
        widget.setConnection(&again);
        again.start();
        QTRY_VERIFY(again.state() != SyncConnection::State::Stopped);
        QVERIFY(again.lastSync().isValid());
        QVERIFY2(widget.lastSyncLabel()->text().startsWith(QStringLiteral("Last sync")),
                 qPrintable(widget.lastSyncLabel()->text()));
        again.shutdown();
        QVERIFY(again.waitForStopped(10000));
    }

    void shutsDownWithoutWaiting()
    {
        QSignalSpy stopped(m_sync.get(), &SyncConnection::stopped);
        m_window->close(); // closeEvent asks the thread to end and returns
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(m_sync->state(), SyncConnection::State::Stopped);
    }
};

QTEST_MAIN(tst_SyncConnection)
#include "tst_syncconnection.moc"
