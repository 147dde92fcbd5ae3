#pragma once

#include <QObject>
#include <QStringList>

namespace Reqdesk::Gui {

class MainWindow;

/// Renders every pane of a MainWindow to DIR/<pane>.png once the data is in (the first page and
/// the detail of its first row), then reports finished(). Used by `reqdesk --screenshot DIR`
/// for tests and the docs.
class PaneScreenshots final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneScreenshots)

public:
    PaneScreenshots(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    /// Waits for the data, then renders. Call before the database is opened.
    void start();
    /// The files written so far.
    QStringList files() const { return m_files; }

signals:
    /// All panes written (ok) or a failure, with a message.
    void finished(bool ok, const QString &message);

private:
    void render();

    MainWindow *m_window;
    QString m_directory;
    QStringList m_files;
    bool m_done = false;
};

} // namespace Reqdesk::Gui
