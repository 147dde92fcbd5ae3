// MainWindow's sync wiring (status bar, sign-in, preferences, refreshing panes after a round),
// kept apart from mainwindow.cpp so neither grows past a readable size.
#include "gui/mainwindow.h"

#include "gui/appearance.h"
#include "gui/applicationspane.h"
#include "gui/applicationtablemodel.h"
#include "gui/preferencesdialog.h"
#include "gui/requisitionspane.h"
#include "gui/requisitiontablemodel.h"
#include "gui/settings.h"
#include "gui/signindialog.h"
#include "gui/syncconnection.h"
#include "gui/syncpane.h"
#include "gui/syncstatuswidget.h"
#include "store/databaseclient.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace Reqdesk::Gui {

void MainWindow::setupSync(SyncConnection *connection, const QUrl &server)
{
    if (m_syncSetUp)
        return;
    m_syncSetUp = true;
    m_syncConnection = connection;
    m_syncServer = server;

    // The sync widgets replace the plain "Offline" label of a window without sync.
    statusBar()->removeWidget(m_connectionLabel);
    m_connectionLabel->hide();
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncStatus->setConnection(connection);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, [this] {
        setCurrentPane(SyncPaneIndex);
    });
    connect(m_syncStatus, &SyncStatusWidget::signInRequested, this, [this] { showSignIn(); });
    createSyncActions();
    if (!connection)
        return;
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, connection, &SyncConnection::syncNow);

    connection->setIntervalMinutes(m_settings->syncIntervalMinutes());
    // Every write the panes make goes through the client: each is a local edit to send soon.
    connect(m_client, &Store::DatabaseClient::saved, connection, &SyncConnection::localEdit);
    connect(m_client, &Store::DatabaseClient::imported, connection, &SyncConnection::localEdit);
    connect(m_client, &Store::DatabaseClient::stageMoved, connection, &SyncConnection::localEdit);
    connect(m_client, &Store::DatabaseClient::noteAdded, connection, &SyncConnection::localEdit);
    connect(m_client,
            &Store::DatabaseClient::requisitionEdited,
            connection,
            &SyncConnection::localEdit);
    connect(m_client, &Store::DatabaseClient::removed, connection, &SyncConnection::localEdit);
    connect(m_client,
            &Store::DatabaseClient::editsReleased,
            connection,
            &SyncConnection::localEdit);
    connect(m_client,
            &Store::DatabaseClient::conflictResolved,
            connection,
            &SyncConnection::localEdit);
    connect(m_client,
            &Store::DatabaseClient::conflictReopened,
            connection,
            &SyncConnection::localEdit);
    // Each round, whole, in the Sync & conflicts pane's log; a round may bring or close conflicts.
    connect(connection, &SyncConnection::roundFinished, m_sync, &SyncPane::recordRound);
    connect(connection, &SyncConnection::roundFinished, m_sync, &SyncPane::refresh);
    connect(connection, &SyncConnection::syncFailed, m_sync, &SyncPane::recordFailure);
    connect(connection, &SyncConnection::pendingCountChanged, this, &MainWindow::showPendingCount);
    connect(connection, &SyncConnection::changed, this, &MainWindow::applySyncChanges);
    connect(connection, &SyncConnection::syncFailed, this, [this](int, const QString &text, bool) {
        statusBar()->showMessage(text, 15000);
    });
    connect(connection,
            &SyncConnection::synced,
            this,
            [this](const QDateTime &, int pushed, int pulled) {
                if (pushed > 0 || pulled > 0)
                    statusBar()->showMessage(
                            tr("Synced: %1 sent, %2 received.").arg(pushed).arg(pulled), 8000);
            });

    // A first sync sets the search index aside until its last page: the statistics are read
    // again as each phase starts, so the requisitions pane can say why a search finds nothing.
    connect(connection,
            &SyncConnection::progress,
            this,
            [this](const QString &phase, qint64, qint64) {
                if (phase == m_syncPhase)
                    return;
                m_syncPhase = phase;
                refreshStatistics();
            });
    connect(connection, &SyncConnection::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_syncPhase.clear();
    });

    // The engine opens its own connection once the worker has migrated the cache.
    if (m_schemaVersion > 0)
        connection->start(server);
    else
        connect(
                this,
                &MainWindow::databaseOpened,
                connection,
                [connection, server] { connection->start(server); },
                Qt::SingleShotConnection);
}

SyncConnection *MainWindow::syncConnection() const
{
    return m_syncConnection;
}

void MainWindow::createSyncActions()
{
    auto *signIn = new QAction(tr("Sign &in…"), this);
    signIn->setObjectName(QStringLiteral("signInAction"));
    signIn->setStatusTip(tr("Sign in to a Reqdesk server to sync this cache"));
    connect(signIn, &QAction::triggered, this, [this] { showSignIn(); });
    auto *signOut = new QAction(tr("Sign &out"), this);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setStatusTip(tr("Stop syncing and forget the sign-in; local data stays"));
    connect(signOut, &QAction::triggered, this, [this] {
        if (m_syncConnection)
            m_syncConnection->signOut();
    });
    auto *syncNow = new QAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Sync now"), this);
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    syncNow->setStatusTip(tr("Send waiting edits and receive the server's changes now"));
    connect(syncNow, &QAction::triggered, this, [this] {
        if (m_syncConnection)
            m_syncConnection->syncNow();
    });
    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (const QKeySequence comma(Qt::CTRL | Qt::Key_Comma); !keys.contains(comma))
        keys << comma;
    preferences->setShortcuts(keys);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    if (auto *file = menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        QAction *quit = findChild<QAction *>(QStringLiteral("quitAction"));
        file->insertAction(quit, signIn);
        file->insertAction(quit, signOut);
        file->insertSeparator(quit);
    }
    auto *help = menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    auto *syncMenu = new QMenu(tr("&Sync"), this);
    syncMenu->setObjectName(QStringLiteral("syncMenu"));
    syncMenu->addAction(syncNow);
    auto *tools = new QMenu(tr("&Tools"), this);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(preferences);
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, syncMenu);
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, tools);
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        toolBar->addSeparator();
        toolBar->addAction(syncNow);
    }

    const auto update = [this, signIn, signOut, syncNow] {
        const auto state
                = m_syncConnection ? m_syncConnection->state() : SyncConnection::State::Stopped;
        const bool signedIn = state != SyncConnection::State::Stopped
                              && state != SyncConnection::State::SignedOut;
        signIn->setEnabled(m_syncConnection && state != SyncConnection::State::Stopped);
        signOut->setEnabled(signedIn);
        syncNow->setEnabled(signedIn);
    };
    update();
    if (m_syncConnection)
        connect(m_syncConnection, &SyncConnection::stateChanged, this, update);
}

void MainWindow::showSignIn(const QUrl &server)
{
    if (!m_syncConnection) {
        statusBar()->showMessage(tr("Sync is off in this session (started with --offline)."), 8000);
        return;
    }
    if (SignInDialog *open = signInDialog()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Above the preferences when they asked for it, so neither blocks the other.
    QWidget *parent = preferencesDialog() ? static_cast<QWidget *>(preferencesDialog()) : this;
    auto *dialog = new SignInDialog(m_syncConnection, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QUrl url = server;
    if (!url.isValid() || url.isEmpty())
        url = m_syncConnection->server();
    if (!url.isValid() || url.isEmpty())
        url = m_syncServer;
    if (!url.isValid() || url.isEmpty())
        url = m_settings->syncServer();
    dialog->setServer(url);
    dialog->setRemember(m_settings->rememberSyncUser());
    if (m_settings->rememberSyncUser())
        dialog->setUser(m_syncConnection->user().isEmpty() ? m_settings->syncUser()
                                                           : m_syncConnection->user());
    connect(dialog,
            &SignInDialog::signedIn,
            this,
            [this, dialog](const QString &user, const QUrl &at) {
                m_settings->setRememberSyncUser(dialog->remember());
                m_settings->setSyncUser(dialog->remember() ? user : QString());
                m_settings->setSyncServer(at);
                m_settings->sync();
                statusBar()->showMessage(tr("Signed in as %1.").arg(user), 5000);
            });
    dialog->open();
}

void MainWindow::showPreferences()
{
    if (PreferencesDialog *open = preferencesDialog()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(*m_settings, m_syncConnection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, [this] {
        if (m_syncConnection)
            m_syncConnection->setIntervalMinutes(m_settings->syncIntervalMinutes());
        Appearance::instance()->applyName(m_settings->palette());
        emit preferencesApplied();
    });
    connect(dialog, &PreferencesDialog::signInRequested, this, [this](const QString &text) {
        showSignIn(SignInDialog::parseServer(text));
    });
    dialog->open();
}

SignInDialog *MainWindow::signInDialog() const
{
    return findChild<SignInDialog *>();
}

PreferencesDialog *MainWindow::preferencesDialog() const
{
    return findChild<PreferencesDialog *>();
}

void MainWindow::shutdownSync()
{
    if (m_syncConnection)
        m_syncConnection->shutdown();
}

void MainWindow::applySyncChanges(const QStringList &ids)
{
    bool requisitions = false;
    bool applications = false;
    bool history = false;
    for (const QString &id : ids) {
        const qsizetype colon = id.indexOf(u':');
        const QStringView entity = QStringView(id).left(colon);
        if (id == u"*") {
            requisitions = applications = history = true; // everything may have changed
        } else if (entity == u"requisition") {
            requisitions = true;
            applications = true; // titles are joined into the application rows
        } else if (entity == u"application" || entity == u"candidate") {
            applications = true; // candidate names are joined into the application rows
        } else if (entity == u"stage_event" || entity == u"note") {
            history = true;
        }
    }
    if (requisitions) {
        // One query again for the whole round, keeping the row the user was on.
        const QModelIndex index = m_requisitions->tableView()->currentIndex();
        m_requisitions->reload(index.isValid() ? m_requisitions->model()->idAt(index.row())
                                               : QUuid());
    }
    if (applications) {
        // The window is read again (removed rows go, changed ones update) without a reset: the
        // selection and the scroll position stay where the rows still are. It also reads the
        // selected application's history again.
        m_applications->refreshApplications();
    } else if (history) {
        m_applications->refreshHistory();
    }
    refreshStatistics();
}

} // namespace Reqdesk::Gui
