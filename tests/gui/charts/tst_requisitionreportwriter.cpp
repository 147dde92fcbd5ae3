#include "chartfixtures.h"
#include "core/requisition.h"
#include "gui/charts/requisitionreportwriter.h"
#include "gui/displaytext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {

// The seed posting's facts (PRODUCT.md) as a requisition, with a little prose of our own.
Core::Requisition seedRequisition()
{
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = QStringLiteral("Software Engineer 2");
    r.company = QStringLiteral("Microsoft");
    r.org = QStringLiteral("Cloud Platform");
    r.status = Core::RequisitionStatus::Open;
    r.locations = {QStringLiteral("Redmond, WA"), QStringLiteral("New York, NY")};
    r.hiringTeam.hiringManager = QStringLiteral("Dana Whitfield");
    r.sections.overview = QStringLiteral("Build services that many teams rely on.");
    r.sections.responsibilities = {QStringLiteral("Design and ship backend features"),
                                   QStringLiteral("Review code with the team")};
    r.bands = Testing::seedPosting().bands;
    return r;
}

// A PDF text string as QPdfWriter writes the document info: a UTF-16BE byte order mark, then
// big-endian code units, with '(', ')' and '\\' bytes escaped.
QByteArray pdfTextString(const QString &text)
{
    QByteArray bytes("\xfe\xff");
    for (const QChar c : text) {
        for (const char part : {char(c.unicode() >> 8), char(c.unicode() & 0xff)}) {
            if (part == '(' || part == ')' || part == '\\')
                bytes.append('\\');
            bytes.append(part);
        }
    }
    return bytes;
}

// Counts the page objects of a PDF (/Type /Page, not /Pages).
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

} // namespace

class tst_RequisitionReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void htmlHasEverySection()
    {
        const Core::Requisition r = seedRequisition();
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        const QString html = RequisitionReportWriter(r, QDate(2026, 11, 28), locale).html();
        QVERIFY(html.contains(QStringLiteral("<h1>Software Engineer 2</h1>")));
        QVERIFY(html.contains(QStringLiteral("Cloud Platform")));
        QVERIFY(html.contains(QStringLiteral("Redmond, WA; New York, NY")));
        QVERIFY(html.contains(QStringLiteral("Hiring manager: Dana Whitfield")));
        // Money through QLocale, one row per band.
        QVERIFY(html.contains(DisplayText::money(10060000, QStringLiteral("USD"), locale)));
        QVERIFY(html.contains(DisplayText::money(25800000, QStringLiteral("USD"), locale)));
        QCOMPARE(html.count(QStringLiteral("<tr><td>")), 4);
        QVERIFY(html.contains(QStringLiteral("Pay-transparency hints")));
        QVERIFY(html.contains(QStringLiteral("Design and ship backend features")));
    }

    void escapesText()
    {
        Core::Requisition r = seedRequisition();
        r.title = QStringLiteral("<script>alert(1)</script> & co");
        const QString html = RequisitionReportWriter(r).html();
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }

    void writesAPdfWithTitleAndChart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const Core::Requisition r = seedRequisition();
        const Core::Status status = RequisitionReportWriter(r).write(path);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.size() > 1000);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        // The document title is the requisition's, in the (uncompressed) document info.
        QVERIFY(pdf.contains("/Title"));
        QVERIFY(pdf.contains(pdfTextString(QStringLiteral("Software Engineer 2"))));
        // A text layer: embedded fonts, and at least one page.
        QVERIFY(pdf.contains("/Font"));
        QVERIFY(pageCount(pdf) >= 1);
    }

    void withoutBandsThereIsNoChartButStillAReport()
    {
        Core::Requisition r = seedRequisition();
        r.bands.clear();
        const auto bytes = RequisitionReportWriter(r).render();
        QVERIFY(bytes.ok());
        QVERIFY(bytes->startsWith("%PDF-"));
        QCOMPARE(pageCount(*bytes), 1);
    }

    void unwritablePathIsAnError()
    {
        const Core::Status status = RequisitionReportWriter::writeFile(
                QStringLiteral("/nonexistent-folder/x/report.pdf"), QByteArray("%PDF-1.4"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Core::ErrorCode::IoError);
    }
};

QTEST_MAIN(tst_RequisitionReportWriter)
#include "tst_requisitionreportwriter.moc"
