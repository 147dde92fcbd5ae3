#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Reqdesk::Store {
class DatabaseClient;
}

namespace Reqdesk::Gui {

class RefusedEditsModel;

/// The Sync pane's "Refused edits" tab: edits the server would not take (no permission, an
/// invalid value, too large…) stay on this computer, set aside so the rest of the queue moves;
/// here the user sees each with the server's reason, tries the chosen ones again (after the
/// cause is fixed: a role granted, a record restored), or exports the records they belong to.
/// Nothing is dropped from here. Reads and writes through the DatabaseClient only.
class RefusedEditsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefusedEditsView)

public:
    /// `client` must outlive the view.
    explicit RefusedEditsView(Store::DatabaseClient *client, QWidget *parent = nullptr);

    /// Reads the refused edits (again); a read in flight is followed by one more.
    void refresh();
    /// Puts the selected edits (all when none is selected) back in the upload queue.
    void retrySelected();
    /// Writes the records of the refused edits, as they are here, to `path` as JSON.
    void exportRecords(const QString &path);

    /// Edits listed.
    int count() const;
    QTableView *view() const { return m_view; }
    RefusedEditsModel *model() const { return m_model; }

Q_SIGNALS:
    /// The number of refused edits changed (for the tab's title).
    void countChanged(int count);
    /// `count` edits went back to the upload queue: time to sync.
    void released(int count);
    /// A line for the pane's message label.
    void message(const QString &text);

private:
    void chooseExportFile();
    void updateState();

    Store::DatabaseClient *m_client;
    RefusedEditsModel *m_model;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QPushButton *m_retry;
    QPushButton *m_export;
    int m_loadRequest = 0;
    bool m_loadAgain = false;
    int m_titlesRequest = 0;
    int m_releaseRequest = 0;
    int m_exportRequest = 0;
};

} // namespace Reqdesk::Gui
