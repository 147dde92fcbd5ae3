#pragma once

#include "gui/syncconnection.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Reqdesk::Gui {

/// The sync part of the status bar: online / offline / signed-out indicator, "Last sync 3 min
/// ago" (kept fresh by a timer), a progress bar while a round runs (phase, done of total) and a
/// conflicts badge. Reads everything from a SyncConnection's signals; without one it says the
/// app works offline.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    /// Follows `connection` (may be null: sync is off, e.g. `--offline`).
    void setConnection(SyncConnection *connection);

    /// "just now", "3 min ago", "2 h ago", "yesterday", or the date: `at` seen from `now`.
    static QString relativeTime(const QDateTime &at, const QDateTime &now);
    /// A sync phase ("meta", "push", "pull", "snapshot") in words.
    static QString phaseText(const QString &phase);

    QToolButton *connectionButton() const { return m_connection; }
    QLabel *lastSyncLabel() const { return m_lastSync; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *conflictsButton() const { return m_conflicts; }

signals:
    /// The indicator was clicked while signed out.
    void signInRequested();
    /// The indicator was clicked while signed in: sync now.
    void syncRequested();
    /// The conflicts badge was clicked.
    void conflictsRequested();

private:
    void updateState();
    void updateLastSync();
    void updateConflicts(qint64 count);
    void onProgress(const QString &phase, qint64 done, qint64 total);
    void onBusy(bool busy);

    QPointer<SyncConnection> m_syncConnection;
    QToolButton *m_connection = nullptr;
    QLabel *m_lastSync = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_conflicts = nullptr;
    QTimer m_clock;
};

} // namespace Reqdesk::Gui
