#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

class MainWindow;

/// Start-up and memory measurements of the real app (`reqdesk --exit-when-ready`,
/// `--exercise-panes`, for the P6 and P7 benchmarks). Prints one JSON object per line on
/// stdout: "ready" when the first page of requisitions is in the model and painted, "settled"
/// when every request the start made is answered, and after --exercise-panes "exercised" with
/// VmRSS/VmHWM once every pane was shown and the requisitions table scrolled to its end.
/// Times are milliseconds since `started` (main()'s first line). Then emits finished().
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    /// What to do once the window is ready.
    enum class Mode { ExitWhenReady, ExercisePanes };

    /// `window` and `client` must outlive the probe.
    StartupProbe(MainWindow *window,
                 Store::DatabaseClient *client,
                 Mode mode,
                 const QElapsedTimer &started,
                 QObject *parent = nullptr);

    /// Watches the window; call before the database is opened.
    void start();

signals:
    /// The measurements are printed; `exitCode` is 0 unless something failed.
    void finished(int exitCode);

private:
    void onFirstPage();
    void checkSettled();
    void exercise();
    void fail(const QString &text);
    /// Runs the event loop until `done` or `timeoutMs`; false on timeout.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    void print(const char *event, int extraRows = -1);

    MainWindow *m_window;
    Store::DatabaseClient *m_client;
    Mode m_mode;
    QElapsedTimer m_started;
    bool m_ready = false;
    bool m_settled = false;
    bool m_countKnown = false;
    bool m_applicationsLoaded = false;
    bool m_statistics = false;
    bool m_detailShown = false;
    bool m_done = false;
    int m_stalledSteps = 0;
    int m_scrollSteps = 0;
};

} // namespace Reqdesk::Gui
