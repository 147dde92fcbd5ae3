#pragma once

#include "gui/savedview.h"
#include "store/requisitionquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Reqdesk::Gui {

/// The search box and filter fields above the requisitions table. Emits filterChanged() once
/// typing pauses (about 150 ms), so each keystroke does not start a query. The Views menu lists
/// the saved views (apply in one click, save the current one, rename, delete); the pane owns
/// what a view holds and where it is stored.
class RequisitionFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequisitionFilterBar)

public:
    explicit RequisitionFilterBar(QWidget *parent = nullptr);
    ~RequisitionFilterBar() override;

    /// The filter the fields describe now.
    Store::RequisitionFilter filter() const;
    /// Puts the keyboard focus in the search box and selects its text (Edit > Find).
    void focusSearch();
    /// Fills every field from `filter` without emitting filterChanged() (a saved view).
    void setFilter(const Store::RequisitionFilter &filter);
    /// The views the Views menu lists, in order.
    void setSavedViews(const QList<SavedView> &views);
    QList<SavedView> savedViews() const { return m_views; }
    /// Ticks exactly these statuses in the status menu.
    void setStatuses(const QList<Core::RequisitionStatus> &statuses);
    /// The pause after typing before filterChanged(); 0 emits at once (tests).
    void setDebounceInterval(int milliseconds);
    /// Clears every field.
    void clear();

    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *statusButton() const { return m_statusButton; }
    QToolButton *viewsButton() const { return m_viewsButton; }
    QMenu *viewsMenu() const { return m_viewsMenu; }

signals:
    void filterChanged(const Reqdesk::Store::RequisitionFilter &filter);
    /// A saved view was chosen from the Views menu.
    void viewChosen(const QString &name);
    /// "Save current view…" was confirmed with `name`.
    void saveViewRequested(const QString &name);
    void renameViewRequested(const QString &from, const QString &to);
    void deleteViewRequested(const QString &name);

private:
    void rebuildViewsMenu();
    void schedule();
    void updateStatusButton();

    QLineEdit *m_search = nullptr;
    QToolButton *m_statusButton = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_org = nullptr;
    QLineEdit *m_hiringManager = nullptr;
    QSpinBox *m_payMin = nullptr;
    QSpinBox *m_payMax = nullptr;
    QComboBox *m_currency = nullptr;
    QTimer *m_debounce = nullptr;
    QToolButton *m_viewsButton = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QList<SavedView> m_views;
};

} // namespace Reqdesk::Gui
