#pragma once

#include "core/requisition.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;
class QToolButton;
class QTextBrowser;

namespace Reqdesk::Gui {

/// The whole posting of one requisition: heading, pay bands as a table (money by QLocale),
/// compliance flags naming their rule (Core::TransparencyChecker), locations and every section;
/// with Edit, Status (only the moves the core lifecycle allows) and Delete buttons.
class RequisitionDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequisitionDetailView)

public:
    enum BandColumn {
        LevelColumn,
        LocationColumn,
        MinColumn,
        MaxColumn,
        MidColumn,
        PeriodColumn,
        NoteColumn,
        BandColumnCount
    };

    explicit RequisitionDetailView(QWidget *parent = nullptr);
    ~RequisitionDetailView() override;

    /// Shows `requisition`, checked against the rules in effect on `today`.
    void setRequisition(const Core::Requisition &requisition, QDate today = QDate::currentDate());
    /// Shows the empty state.
    void clear();
    /// The requisition shown; a null id when none.
    QUuid requisitionId() const { return m_id; }

    QTableWidget *bandsTable() const { return m_bands; }
    QPushButton *editButton() const { return m_editButton; }
    QToolButton *statusButton() const { return m_statusButton; }
    /// The legal status moves of the shown requisition, one action each (data: status as int).
    QMenu *statusMenu() const { return m_statusMenu; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QTextBrowser *browser() const { return m_browser; }

    /// The posting as HTML (sections, locations, flags); used by the browser and by tests.
    static QString postingHtml(const Core::Requisition &requisition, QDate today);

signals:
    /// The user asked to edit the shown requisition.
    void editRequested();
    /// The user chose a status move from the Status menu.
    void statusChangeRequested(Reqdesk::Core::RequisitionStatus to);
    /// The user asked to delete the shown requisition.
    void deleteRequested();

private:
    void setActionsEnabled(bool enabled);
    void clearStatusMenu();

    QUuid m_id;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QTableWidget *m_bands = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_editButton = nullptr;
    QToolButton *m_statusButton = nullptr;
    QMenu *m_statusMenu = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace Reqdesk::Gui
