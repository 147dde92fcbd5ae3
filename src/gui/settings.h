#pragma once

#include "gui/savedview.h"
#include "store/applicationquery.h"
#include "store/requisitionquery.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace Reqdesk::Gui {

/// The app's settings with typed accessors; every key is named here once. Stored as an INI file
/// in Core::Paths::dataDir() (so REQDESK_HOME keeps tests and portable installs apart); GUI-only
/// state lives under "Gui/", enums are stored by name.
class Settings final
{
public:
    /// Settings of the current data folder.
    Settings();
    /// Settings in `fileName` (tests).
    explicit Settings(const QString &fileName);

    /// Where the settings live.
    QString fileName() const;

    /// QMainWindow::saveGeometry() of the main window.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    /// QMainWindow::saveState() (tool bars, docks).
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Index of the pane shown last.
    int currentPane() const;
    void setCurrentPane(int pane);

    /// QSplitter::saveState() of the requisitions pane (list | detail).
    QByteArray requisitionsSplitter() const;
    void setRequisitionsSplitter(const QByteArray &state);
    /// QHeaderView::saveState() of the requisitions table: column order, widths, hidden columns.
    QByteArray requisitionsHeader() const;
    void setRequisitionsHeader(const QByteArray &state);
    /// The requisitions table's sort column (stored by name).
    Store::SortColumn requisitionsSortColumn() const;
    void setRequisitionsSortColumn(Store::SortColumn column);
    /// The requisitions table's sort order (stored by name).
    Qt::SortOrder requisitionsSortOrder() const;
    void setRequisitionsSortOrder(Qt::SortOrder order);

    /// The saved requisitions views, in menu order (filters by field, enums by name).
    QList<SavedView> savedViews() const;
    void setSavedViews(const QList<SavedView> &views);

    /// The applications table's sort column and order (stored by name).
    Store::ApplicationSort applicationsSortColumn() const;
    void setApplicationsSortColumn(Store::ApplicationSort column);
    Qt::SortOrder applicationsSortOrder() const;
    void setApplicationsSortOrder(Qt::SortOrder order);

    /// Folder of the last import or export dialog.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    /// The palette chosen under View > Appearance or in Preferences: "system" (the default and
    /// the answer for anything unknown), "light" or "dark".
    QString palette() const;
    void setPalette(const QString &name);
    /// The sync server the sign-in dialog offers (Preferences); empty when none was set.
    QUrl syncServer() const;
    void setSyncServer(const QUrl &server);
    /// The user name remembered for the next sign-in; empty when not remembered.
    QString syncUser() const;
    void setSyncUser(const QString &user);
    /// Whether the sign-in dialog remembers the user name (default true).
    bool rememberSyncUser() const;
    void setRememberSyncUser(bool remember);
    /// Minutes between background sync rounds (1–1440, default 5).
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);
    /// The interface language: "system" (default), "en", "de" or "fr"; applied at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    /// Writes pending changes to disk.
    void sync();

    /// Stable names of the sort columns ("title", "pay_min"...).
    static QString sortColumnName(Store::SortColumn column);
    static std::optional<Store::SortColumn> sortColumnFromName(QStringView name);

private:
    mutable QSettings m_settings; ///< mutable: reading an array moves QSettings' group cursor
};

} // namespace Reqdesk::Gui
