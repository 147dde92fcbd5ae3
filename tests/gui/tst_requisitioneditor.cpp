#include "core/rules/requisitionlifecycle.h"
#include "gui/displaytext.h"
#include "gui/requisitioneditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Core::RequisitionStatus;

namespace {

// A small open requisition written for these tests: one seat, two USD yearly bands.
Core::Requisition openRequisition()
{
    Core::Requisition r;
    r.id = QUuid::createUuid();
    r.title = QStringLiteral("Platform Engineer");
    r.org = QStringLiteral("Infrastructure");
    r.level = QStringLiteral("IC3");
    r.status = RequisitionStatus::Open;
    r.headcount = 1;
    r.openings = 1;
    r.locations = {QStringLiteral("Lisbon"), QStringLiteral("Remote (EU)")};
    for (const auto &[level, min, max] :
         {std::tuple{"IC3", 9000000, 12000000}, std::tuple{"IC4", 11000000, 15000000}}) {
        Core::PayBand b;
        b.id = QUuid::createUuid();
        b.level = QString::fromLatin1(level);
        b.location = QStringLiteral("Lisbon");
        b.currency = QStringLiteral("USD");
        b.minMinor = min;
        b.maxMinor = max;
        b.midMinor = (min + max) / 2;
        b.sourceText = QStringLiteral("The range for this role is …");
        r.bands << b;
    }
    return r;
}

} // namespace

class tst_RequisitionEditor : public QObject
{
    Q_OBJECT

private slots:
    void amountsRoundTripThroughTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en whole") << "en_US"
                                  << "USD" << qint64(10060000) << "100,600";
        QTest::newRow("en cents") << "en_US"
                                  << "USD" << qint64(5250) << "52.50";
        QTest::newRow("de whole") << "de_DE"
                                  << "EUR" << qint64(4280000) << "42.800";
        QTest::newRow("de cents") << "de_DE"
                                  << "EUR" << qint64(123456) << "1.234,56";
        QTest::newRow("yen") << "ja_JP"
                             << "JPY" << qint64(8000000) << "8,000,000";
    }

    void amountsRoundTripThroughTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, shown);
        const QLocale l(locale);
        QCOMPARE(RequisitionEditor::formatAmount(minor, currency, l), shown);
        QCOMPARE(RequisitionEditor::parseAmount(shown, currency, l), std::optional<qint64>(minor));
    }

    void badAmountsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "about 100k";
        QTest::newRow("negative") << "-100";
        QTest::newRow("too many decimals") << "10.555";
        QTest::newRow("two dots") << "1.2.3";
    }

    void badAmountsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!RequisitionEditor::parseAmount(
                         text, QStringLiteral("USD"), QLocale(QLocale::English))
                         .has_value());
    }

    void offersOnlyLegalStatuses_data()
    {
        QTest::addColumn<int>("from");
        for (RequisitionStatus s : Core::RequisitionLifecycle::allStatuses())
            QTest::newRow(qPrintable(Core::requisitionStatusName(s))) << int(s);
    }

    void offersOnlyLegalStatuses()
    {
        QFETCH(int, from);
        Core::Requisition r = openRequisition();
        r.status = RequisitionStatus(from);
        RequisitionEditor editor(r, false);
        const QList<RequisitionStatus> expected
                = QList<RequisitionStatus>{r.status}
                  + Core::RequisitionLifecycle::legalTargets(r.status);
        QCOMPARE(editor.offeredStatuses(), expected);
        for (RequisitionStatus s : Core::RequisitionLifecycle::allStatuses()) {
            if (s != r.status && !Core::RequisitionLifecycle::isLegal(r.status, s))
                QVERIFY(!editor.setStatus(s));
        }
    }

    void aNewRequisitionStartsAsDraft()
    {
        Core::Requisition r;
        r.id = QUuid::createUuid();
        RequisitionEditor editor(r, true);
        QCOMPARE(editor.offeredStatuses(), QList<RequisitionStatus>{RequisitionStatus::Draft});
        QCOMPARE(editor.windowTitle(), QStringLiteral("New requisition"));
        QString problem;
        QVERIFY(!editor.edited(&problem));
        QCOMPARE(problem, QStringLiteral("The title cannot be empty."));
    }

    void editsFieldsAndKeepsWhatTheFormDoesNotShow()
    {
        const Core::Requisition r = openRequisition();
        RequisitionEditor editor(r, false, nullptr, QLocale(QLocale::English));
        editor.titleEdit()->setText(QStringLiteral("  Senior Platform Engineer "));
        editor.hiringManagerEdit()->setText(QStringLiteral("Rui Costa"));
        editor.setBandText(1, RequisitionEditor::MaxColumn, QStringLiteral("160,000"));
        editor.setBandText(1, RequisitionEditor::PeriodColumn, QStringLiteral("year"));
        const auto edited = editor.edited();
        QVERIFY(edited);
        QCOMPARE(edited->title, QStringLiteral("Senior Platform Engineer"));
        QCOMPARE(edited->hiringTeam.hiringManager, QStringLiteral("Rui Costa"));
        QCOMPARE(edited->locations, r.locations);
        QCOMPARE(edited->bands.size(), 2);
        QCOMPARE(edited->bands.at(1).maxMinor, qint64(16000000));
        // Same band: its id, midpoint and source sentence survive the form.
        QCOMPARE(edited->bands.at(1).id, r.bands.at(1).id);
        QCOMPARE(edited->bands.at(1).midMinor, r.bands.at(1).midMinor);
        QCOMPARE(edited->bands.at(1).sourceText, r.bands.at(1).sourceText);
        QCOMPARE(edited->bands.at(0), r.bands.at(0));
    }

    void minimumAboveMaximumIsRefusedWithAMessage()
    {
        RequisitionEditor editor(openRequisition(), false, nullptr, QLocale(QLocale::English));
        editor.show();
        editor.setBandText(0, RequisitionEditor::MinColumn, QStringLiteral("130,000"));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.QDialog::result(), int(QDialog::Rejected));
        QVERIFY(editor.message().startsWith(QStringLiteral("Band 1: the minimum (")));
        QVERIFY(editor.message().contains(QStringLiteral("is above the maximum")));
        QVERIFY(editor.messageLabel()->isVisible());
    }

    void invalidBandsAreNamed_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("letters") << int(RequisitionEditor::MaxColumn) << "lots"
                                 << "Band 1: the maximum “lots” is not an amount in USD.";
        QTest::newRow("blank") << int(RequisitionEditor::MinColumn) << ""
                               << "Band 1: the minimum is missing.";
        QTest::newRow("currency") << int(RequisitionEditor::CurrencyColumn) << "dollars"
                                  << "Band 1: “dollars” is not a currency code (three letters, "
                                     "like USD).";
    }

    void invalidBandsAreNamed()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QString, message);
        RequisitionEditor editor(openRequisition(), false, nullptr, QLocale(QLocale::English));
        editor.setBandText(0, RequisitionEditor::BandColumn(column), text);
        QString problem;
        QVERIFY(!editor.edited(&problem));
        QCOMPARE(problem, message);
    }

    void statusMovesFollowTheLifecycle()
    {
        RequisitionEditor editor(openRequisition(), false);
        QVERIFY(editor.setStatus(RequisitionStatus::OnHold));
        QString problem;
        QVERIFY(!editor.edited(&problem));
        QCOMPARE(problem, QStringLiteral("Moving from Open to On hold needs a reason."));
        QVERIFY(editor.statusReasonEdit()->isEnabled());
        editor.statusReasonEdit()->setText(QStringLiteral("Budget review"));
        auto edited = editor.edited();
        QVERIFY(edited);
        QCOMPARE(edited->status, RequisitionStatus::OnHold);
        QCOMPARE(edited->statusReason, QStringLiteral("Budget review"));

        // Filled needs every seat taken.
        QVERIFY(editor.setStatus(RequisitionStatus::Filled));
        QVERIFY(!editor.edited(&problem));
        QVERIFY(problem.startsWith(QStringLiteral("A requisition is filled only when")));
        editor.openingsSpin()->setValue(0);
        edited = editor.edited();
        QVERIFY(edited);
        QCOMPARE(edited->status, RequisitionStatus::Filled);
    }

    void addAndRemoveBands()
    {
        RequisitionEditor editor(openRequisition(), false, nullptr, QLocale(QLocale::English));
        editor.show();
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addBandButton")),
                          Qt::LeftButton);
        QCOMPARE(editor.bandsTable()->rowCount(), 3);
        // A new band takes the currency of the one above.
        QCOMPARE(editor.bandsTable()->item(2, RequisitionEditor::CurrencyColumn)->text(),
                 QStringLiteral("USD"));
        QString problem;
        QVERIFY(!editor.edited(&problem));
        QCOMPARE(problem, QStringLiteral("Band 3: the minimum is missing."));
        editor.setBandText(2, RequisitionEditor::LevelColumn, QStringLiteral("IC5"));
        editor.setBandText(2, RequisitionEditor::MinColumn, QStringLiteral("140,000"));
        editor.setBandText(2, RequisitionEditor::MaxColumn, QStringLiteral("190,000.50"));
        auto edited = editor.edited();
        QVERIFY(edited);
        QCOMPARE(edited->bands.size(), 3);
        QCOMPARE(edited->bands.at(2).maxMinor, qint64(19000050));
        QVERIFY(!edited->bands.at(2).id.isNull());

        editor.bandsTable()->selectRow(0);
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("removeBandButton")),
                          Qt::LeftButton);
        edited = editor.edited();
        QVERIFY(edited);
        QCOMPARE(edited->bands.size(), 2);
        QCOMPARE(edited->bands.at(0).level, QStringLiteral("IC4"));
    }
};

QTEST_MAIN(tst_RequisitionEditor)
#include "tst_requisitioneditor.moc"
