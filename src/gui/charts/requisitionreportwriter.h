#pragma once

#include "core/requisition.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Reqdesk::Gui {

/// A PDF report of one requisition (A4 portrait, QPdfWriter): title, company and organisation,
/// status and hiring team, locations, the pay bands as a table (money by QLocale), the
/// pay-transparency flags naming their rule, every posting section and the band chart drawn as
/// vectors by PayBandChartView. The text is laid out by QTextDocument and paginated.
class RequisitionReportWriter final
{
public:
    /// Reports on `requisition` as of `today`, with money and dates in `locale`.
    explicit RequisitionReportWriter(Core::Requisition requisition,
                                     QDate today = QDate::currentDate(),
                                     const QLocale &locale = QLocale());

    /// The report's text as HTML (everything but the chart). Pure: any thread.
    QString html() const;
    /// The whole report as PDF bytes. GUI thread only: the chart is a widget.
    Core::Result<QByteArray> render() const;
    /// render(), then writeFile().
    Core::Status write(const QString &path) const;
    /// Writes `bytes` to `path` atomically (QSaveFile); any thread, so a slow disk never holds
    /// the window.
    static Core::Status writeFile(const QString &path, const QByteArray &bytes);

private:
    Core::Requisition m_requisition;
    QDate m_today;
    QLocale m_locale;
};

} // namespace Reqdesk::Gui
