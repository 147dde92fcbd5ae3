#include "gui/syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <climits>

namespace Reqdesk::Gui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    // Fixed sizes: the status bar must not jump as texts change during a round.
    m_progress->setFixedWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();

    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_lastSync->setAccessibleName(tr("Last sync"));

    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("conflictsButton"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setToolTip(tr("Show the conflicts to resolve (Sync & conflicts pane)"));
    m_conflicts->hide();
    // A badge that stands out in light and dark palettes alike.
    m_conflicts->setStyleSheet(
            QStringLiteral("QToolButton { color: white; background: #c0392b; border-radius: 8px; "
                           "padding: 1px 8px; font-weight: bold; }"));
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);

    m_connection = new QToolButton(this);
    m_connection->setObjectName(QStringLiteral("connectionButton"));
    m_connection->setAutoRaise(true);
    m_connection->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_connection, &QToolButton::clicked, this, [this] {
        if (!m_syncConnection)
            return;
        if (m_syncConnection->state() == SyncConnection::State::SignedOut)
            emit signInRequested();
        else
            emit syncRequested();
    });

    const QFontMetrics metrics = fontMetrics();
    int widest = 0;
    for (const QString &text : {tr("Offline mode"),
                                tr("Not signed in"),
                                tr("Connecting…"),
                                tr("Online"),
                                tr("Offline"),
                                tr("Sync error")})
        widest = qMax(widest, metrics.horizontalAdvance(text));
    m_connection->setMinimumWidth(widest + 16);
    m_lastSync->setMinimumWidth(
            metrics.horizontalAdvance(tr("Last sync %1").arg(tr("%n min ago", nullptr, 59))));
    layout->addWidget(m_progress);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_connection);

    // "3 min ago" must not stay "just now" for an hour.
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &SyncStatusWidget::updateLastSync);
    m_clock.start();
    updateState();
    updateLastSync();
}

SyncStatusWidget::~SyncStatusWidget() = default;

void SyncStatusWidget::setConnection(SyncConnection *connection)
{
    if (m_syncConnection)
        disconnect(m_syncConnection, nullptr, this, nullptr);
    m_syncConnection = connection;
    if (m_syncConnection) {
        // The session read at start brings the last sync of an earlier run with it.
        connect(m_syncConnection, &SyncConnection::stateChanged, this, [this] {
            updateState();
            updateLastSync();
        });
        connect(m_syncConnection, &SyncConnection::signedIn, this, &SyncStatusWidget::updateState);
        connect(m_syncConnection,
                &SyncConnection::syncFailed,
                this,
                &SyncStatusWidget::updateState);
        connect(m_syncConnection, &SyncConnection::synced, this, [this] {
            updateState();
            updateLastSync();
        });
        connect(m_syncConnection, &SyncConnection::progress, this, &SyncStatusWidget::onProgress);
        connect(m_syncConnection, &SyncConnection::busyChanged, this, &SyncStatusWidget::onBusy);
        connect(m_syncConnection,
                &SyncConnection::conflictsCountChanged,
                this,
                &SyncStatusWidget::updateConflicts);
        updateConflicts(m_syncConnection->conflictsCount());
    }
    updateState();
    updateLastSync();
}

void SyncStatusWidget::updateState()
{
    QString text;
    QString tip;
    if (!m_syncConnection) {
        text = tr("Offline mode");
        tip = tr("Started without sync: everything stays in the local cache.");
    } else {
        switch (m_syncConnection->state()) {
        case SyncConnection::State::Stopped:
            text = tr("Offline");
            tip = tr("Sync has not started.");
            break;
        case SyncConnection::State::SignedOut:
            text = tr("Not signed in");
            tip = tr("Click to sign in. Your edits are kept and sync once you are signed in.");
            break;
        case SyncConnection::State::Connecting:
            text = tr("Connecting…");
            tip = tr("Signed in as %1 on %2.")
                          .arg(m_syncConnection->user(),
                               m_syncConnection->server().toDisplayString());
            break;
        case SyncConnection::State::Online:
            text = tr("Online");
            tip = tr("Signed in as %1 on %2. Click to sync now.")
                          .arg(m_syncConnection->user(),
                               m_syncConnection->server().toDisplayString());
            break;
        case SyncConnection::State::Offline:
            text = tr("Offline");
            tip = m_syncConnection->lastError();
            break;
        case SyncConnection::State::Failed:
            text = tr("Sync error");
            tip = m_syncConnection->lastError();
            break;
        }
    }
    m_connection->setText(text);
    m_connection->setToolTip(tip);
    m_connection->setAccessibleName(tr("Sync status: %1").arg(text));
    m_connection->setAccessibleDescription(tip);
}

void SyncStatusWidget::updateLastSync()
{
    const QDateTime at = m_syncConnection ? m_syncConnection->lastSync() : QDateTime();
    if (!m_syncConnection) {
        m_lastSync->clear();
        return;
    }
    m_lastSync->setText(
            at.isValid() ? tr("Last sync %1").arg(relativeTime(at, QDateTime::currentDateTimeUtc()))
                         : tr("Never synced"));
    m_lastSync->setToolTip(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat)
                                        : QString());
}

void SyncStatusWidget::updateConflicts(qint64 count)
{
    m_conflicts->setVisible(count > 0);
    // Two forms spelled out: without an English catalogue "%n conflict(s)" would show as is.
    m_conflicts->setText(count == 1 ? tr("1 conflict")
                                    : tr("%1 conflicts").arg(QLocale().toString(count)));
    m_conflicts->setAccessibleName(tr("Conflicts to resolve: %1").arg(count));
}

void SyncStatusWidget::onProgress(const QString &phase, qint64 done, qint64 total)
{
    m_progress->show();
    const QString what = phaseText(phase);
    if (total > 0) {
        // QProgressBar counts in int: scale large totals down.
        const int scale = total > INT_MAX ? int(total / INT_MAX + 1) : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(qMin(done, total) / scale));
        m_progress->setFormat(
                tr("%1 %2 of %3").arg(what, QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(what);
    }
    m_progress->setAccessibleDescription(m_progress->format());
}

void SyncStatusWidget::onBusy(bool busy)
{
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Syncing…"));
    }
}

QString SyncStatusWidget::relativeTime(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (at.toLocalTime().date().addDays(1) == now.toLocalTime().date())
        return tr("yesterday");
    return tr("on %1").arg(QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat));
}

QString SyncStatusWidget::phaseText(const QString &phase)
{
    if (phase == u"meta")
        return tr("Contacting the server");
    if (phase == u"push")
        return tr("Sending edits");
    if (phase == u"pull")
        return tr("Receiving changes");
    if (phase == u"snapshot")
        return tr("Loading all records");
    return tr("Syncing");
}

} // namespace Reqdesk::Gui
