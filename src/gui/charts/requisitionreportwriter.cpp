#include "gui/charts/requisitionreportwriter.h"

#include "core/rules/transparencychecker.h"
#include "gui/charts/paybandchartview.h"
#include "gui/charts/postingbands.h"
#include "gui/displaytext.h"
#include "gui/guilogging.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace Reqdesk::Gui {

namespace {

constexpr char kContext[] = "Reqdesk::Gui::RequisitionReportWriter";

// Headings marked for lupdate with QT_TRANSLATE_NOOP and translated where they are used.
QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void appendList(QString &html, const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return;
    html += u"<h3>" + esc(heading) + u"</h3><ul>";
    for (const QString &item : items)
        html += u"<li>" + esc(item) + u"</li>";
    html += u"</ul>";
}

} // namespace

RequisitionReportWriter::RequisitionReportWriter(Core::Requisition requisition,
                                                 QDate today,
                                                 const QLocale &locale)
    : m_requisition(std::move(requisition))
    , m_today(today)
    , m_locale(locale)
{}

QString RequisitionReportWriter::html() const
{
    const Core::Requisition &r = m_requisition;
    QString html = QStringLiteral("<html><body>");
    html += u"<h1>" + esc(r.title) + u"</h1>";
    QStringList meta;
    for (const QString &part : {r.company, r.org, r.team, r.level}) {
        if (!part.isEmpty())
            meta << esc(part);
    }
    meta << esc(DisplayText::status(r.status));
    html += u"<p>" + meta.join(QStringLiteral(" · ")) + u"</p>";
    QStringList people;
    if (!r.hiringTeam.hiringManager.isEmpty())
        people << esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                                  "Hiring manager: %1")
                              .arg(r.hiringTeam.hiringManager));
    if (!r.hiringTeam.recruiter.isEmpty())
        people << esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                                  "Recruiter: %1")
                              .arg(r.hiringTeam.recruiter));
    people << esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                              "Openings: %1 of %2")
                          .arg(r.openings)
                          .arg(r.headcount));
    html += u"<p>" + people.join(QStringLiteral("<br>")) + u"</p>";
    if (!r.locations.isEmpty()) {
        html += u"<h3>"
                + esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                                  "Locations"))
                + u"</h3><p>" + esc(r.locations.join(QStringLiteral("; "))) + u"</p>";
    }

    if (!r.bands.isEmpty()) {
        html += u"<h3>"
                + esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                                  "Pay bands"))
                + u"</h3>"
                + u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>";
        for (const char *heading :
             {QT_TRANSLATE_NOOP("Reqdesk::Gui::RequisitionReportWriter", "Level"),
              QT_TRANSLATE_NOOP("Reqdesk::Gui::RequisitionReportWriter", "Location"),
              QT_TRANSLATE_NOOP("Reqdesk::Gui::RequisitionReportWriter", "Minimum"),
              QT_TRANSLATE_NOOP("Reqdesk::Gui::RequisitionReportWriter", "Maximum"),
              QT_TRANSLATE_NOOP("Reqdesk::Gui::RequisitionReportWriter", "Midpoint"),
              QT_TRANSLATE_NOOP("Reqdesk::Gui::RequisitionReportWriter", "Period")})
            html += u"<th>" + esc(translated(heading)) + u"</th>";
        html += u"</tr>";
        for (const Core::PayBand &band : r.bands) {
            const auto money = [&](qint64 minor) -> QString {
                return u"<td align=\"right\">"
                       + esc(DisplayText::money(minor, band.currency, m_locale)) + u"</td>";
            };
            html += u"<tr><td>" + esc(band.level) + u"</td><td>" + esc(band.location) + u"</td>"
                    + money(band.minMinor) + money(band.maxMinor)
                    + (band.midMinor ? money(*band.midMinor) : QStringLiteral("<td></td>"))
                    + u"<td>" + esc(DisplayText::period(band.period)) + u"</td></tr>";
        }
        html += u"</table>";
    }

    const QList<Core::ComplianceFlag> flags = Core::TransparencyChecker::evaluate(r, m_today);
    html += u"<h3>"
            + esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                              "Pay-transparency hints"))
            + u"</h3>";
    if (flags.isEmpty()) {
        html += u"<p>"
                + esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                                  "No rule flagged this posting."))
                + u"</p>";
    } else {
        html += u"<ul>";
        for (const Core::ComplianceFlag &flag : flags) {
            html += u"<li><b>" + esc(flag.jurisdiction) + u"</b> (" + esc(flag.ruleId) + u"): "
                    + esc(flag.message) + u"</li>";
        }
        html += u"</ul>";
    }
    html += u"<p><i>"
            + esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                              "Hints, not legal advice. Checked on %1.")
                          .arg(m_locale.toString(m_today, QLocale::LongFormat)))
            + u"</i></p>";

    if (!r.sections.overview.isEmpty()) {
        html += u"<h3>"
                + esc(QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                                  "Overview"))
                + u"</h3>";
        for (const QString &para : r.sections.overview.split(u'\n', Qt::SkipEmptyParts))
            html += u"<p>" + esc(para) + u"</p>";
    }
    appendList(html,
               QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                           "Responsibilities"),
               r.sections.responsibilities);
    appendList(html,
               QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                           "Required qualifications"),
               r.sections.requiredQualifications);
    appendList(html,
               QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                           "Preferred qualifications"),
               r.sections.preferredQualifications);
    appendList(html,
               QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter",
                                           "Other requirements"),
               r.sections.otherRequirements);
    appendList(html,
               QCoreApplication::translate("Reqdesk::Gui::RequisitionReportWriter", "Benefits"),
               r.sections.benefits);
    if (!r.sourceUrl.isEmpty())
        html += u"<p>" + esc(r.sourceUrl) + u"</p>";
    return html + u"</body></html>";
}

Core::Result<QByteArray> RequisitionReportWriter::render() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(m_requisition.title);
    writer.setCreator(QStringLiteral("Reqdesk"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return Core::makeError(Core::ErrorCode::IoError, QStringLiteral("PDF writer failed"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());

    // Laid out against the writer, so point sizes come out right at its resolution.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(QSizeF(page.size()));
    document.setHtml(html());
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -qreal(i) * page.height());
        document.drawContents(&painter,
                              QRectF(0, qreal(i) * page.height(), page.width(), page.height()));
        painter.restore();
    }

    if (!m_requisition.bands.isEmpty()) {
        // The chart is a widget that never reaches the screen: "shown" off screen so its layout
        // runs at the export size (a hidden view keeps a tiny default geometry), then painted
        // as vectors through the same path as the chart export.
        PayBandChartView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(960, 600);
        view.show();
        view.setBands({PostingBands{m_requisition.id, m_requisition.title, m_requisition.bands}});
        const QSizeF size = view.exportSize();
        const qreal factor = page.width() / size.width();
        const qreal height = size.height() * factor;
        const QRectF last = document.documentLayout()->blockBoundingRect(document.lastBlock());
        qreal top = last.bottom() - qreal(pages - 1) * page.height() + page.height() * 0.03;
        if (top + height > page.height()) {
            writer.newPage();
            top = 0;
        }
        painter.save();
        painter.translate(0, top);
        painter.scale(factor, factor);
        view.renderChart(&painter, QRectF(QPointF(), size));
        painter.restore();
    }
    if (!painter.end())
        return Core::makeError(Core::ErrorCode::IoError, QStringLiteral("PDF writer failed"));
    qCDebug(lcGuiCharts) << "report of" << m_requisition.id << bytes.size() << "bytes";
    return bytes;
}

Core::Status RequisitionReportWriter::write(const QString &path) const
{
    auto bytes = render();
    if (!bytes)
        return bytes.error();
    return writeFile(path, *bytes);
}

Core::Status RequisitionReportWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::makeError(Core::ErrorCode::IoError, path + u": " + file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Core::makeError(Core::ErrorCode::IoError, path + u": " + file.errorString());
    return {};
}

} // namespace Reqdesk::Gui
