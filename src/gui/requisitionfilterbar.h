#pragma once

#include "store/requisitionquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Reqdesk::Gui {

/// The search box and filter fields above the requisitions table. Emits filterChanged() once
/// typing pauses (about 150 ms), so each keystroke does not start a query.
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
    /// Ticks exactly these statuses in the status menu.
    void setStatuses(const QList<Core::RequisitionStatus> &statuses);
    /// The pause after typing before filterChanged(); 0 emits at once (tests).
    void setDebounceInterval(int milliseconds);
    /// Clears every field.
    void clear();

    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *statusButton() const { return m_statusButton; }

signals:
    void filterChanged(const Reqdesk::Store::RequisitionFilter &filter);

private:
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
};

} // namespace Reqdesk::Gui
