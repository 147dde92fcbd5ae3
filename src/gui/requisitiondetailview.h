#pragma once

#include "core/requisition.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace Reqdesk::Gui {

/// The whole posting of one requisition: heading, pay bands as a table (money by QLocale),
/// compliance flags naming their rule (Core::TransparencyChecker), locations and every section.
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
    QTextBrowser *browser() const { return m_browser; }

    /// The posting as HTML (sections, locations, flags); used by the browser and by tests.
    static QString postingHtml(const Core::Requisition &requisition, QDate today);

private:
    QUuid m_id;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QTableWidget *m_bands = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace Reqdesk::Gui
