#include "gui/requisitiondetailview.h"

#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {
Core::Requisition posting()
{
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = QStringLiteral("Data Engineer <II>");
    r.company = QStringLiteral("Contoso");
    r.status = Core::RequisitionStatus::Open;
    r.locations = {QStringLiteral("New York, NY")};
    r.sections.overview = QStringLiteral("Build pipelines.");
    r.sections.responsibilities
            = {QStringLiteral("Own the warehouse"), QStringLiteral("Review designs")};
    r.sections.requiredQualifications = {QStringLiteral("SQL")};
    Core::PayBand band;
    band.id = QUuid::createUuid();
    band.level = QStringLiteral("L4");
    band.location = QStringLiteral("New York City");
    band.currency = QStringLiteral("USD");
    band.minMinor = 12000000;
    band.maxMinor = 0; // "and up": open-ended, which New York City's rule flags
    band.sourceText = QStringLiteral("$120,000 and up");
    r.bands = {band};
    return r;
}
} // namespace

class tst_RequisitionDetailView : public QObject
{
    Q_OBJECT

private slots:
    void rendersThePostingAndItsFlags()
    {
        RequisitionDetailView view;
        view.setRequisition(posting(), QDate(2026, 6, 1));
        QCOMPARE(view.bandsTable()->rowCount(), 1);
        QCOMPARE(view.bandsTable()->item(0, RequisitionDetailView::LocationColumn)->text(),
                 QStringLiteral("New York City"));
        QVERIFY(view.bandsTable()
                        ->item(0, RequisitionDetailView::MinColumn)
                        ->text()
                        .contains(QStringLiteral("120")));
        QCOMPARE(view.bandsTable()->item(0, RequisitionDetailView::PeriodColumn)->text(),
                 QStringLiteral("per year"));

        const QString text = view.browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Pay-transparency hints")));
        QVERIFY(text.contains(QStringLiteral("us-nyc-pay-range")));
        QVERIFY(text.contains(QStringLiteral("Own the warehouse")));
        QVERIFY(text.contains(QStringLiteral("Required qualifications")));
        // Posting text is escaped, never interpreted as markup.
        const QString html = RequisitionDetailView::postingHtml(posting(), QDate(2026, 6, 1));
        QVERIFY(!html.contains(QStringLiteral("<II>")));
        QCOMPARE(view.requisitionId().isNull(), false);

        view.clear();
        QVERIFY(view.requisitionId().isNull());
        QCOMPARE(view.bandsTable()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_RequisitionDetailView)
#include "tst_requisitiondetailview.moc"
