#include "gui/requisitionfilterbar.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_RequisitionFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void typingEmitsOnceWhenItPauses()
    {
        RequisitionFilterBar bar;
        QSignalSpy changed(&bar, &RequisitionFilterBar::filterChanged);
        QTest::keyClicks(bar.searchEdit(), QStringLiteral("site reliability"));
        QCOMPARE(changed.size(), 0); // nothing while keys arrive
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Store::RequisitionFilter>().text,
                 QStringLiteral("site reliability"));
    }

    void fieldsMakeTheFilter()
    {
        RequisitionFilterBar bar;
        bar.setDebounceInterval(0);
        QVERIFY(bar.filter().isEmpty());
        bar.setStatuses({Core::RequisitionStatus::Open, Core::RequisitionStatus::OnHold});
        QCOMPARE(bar.statusButton()->text(), QStringLiteral("Open, On hold"));
        bar.findChild<QComboBox *>(QStringLiteral("levelCombo"))
                ->setCurrentText(QStringLiteral(" IC3, ic4 ,"));
        bar.findChild<QLineEdit *>(QStringLiteral("locationEdit"))
                ->setText(QStringLiteral("  new york "));
        bar.findChild<QLineEdit *>(QStringLiteral("orgEdit"))->setText(QStringLiteral("Devices"));
        const QList<QSpinBox *> pay = bar.findChildren<QSpinBox *>();
        QCOMPARE(pay.size(), 2);
        pay.at(0)->setValue(100000);

        const Store::RequisitionFilter f = bar.filter();
        QCOMPARE(f.statuses,
                 (QList<Core::RequisitionStatus>{Core::RequisitionStatus::Open,
                                                 Core::RequisitionStatus::OnHold}));
        QCOMPARE(f.levels, (QStringList{QStringLiteral("IC3"), QStringLiteral("ic4")}));
        QCOMPARE(f.location, QStringLiteral("new york"));
        QCOMPARE(f.org, QStringLiteral("Devices"));
        QCOMPARE(f.payMin, std::optional<qint64>(10000000)); // USD cents per year
        QVERIFY(!f.payMax);
        QCOMPARE(f.currency, QStringLiteral("USD"));

        bar.clear();
        QVERIFY(bar.filter().isEmpty());
        QCOMPARE(bar.statusButton()->text(), QStringLiteral("Any status"));
    }

    void statusMenuTicksEmitTheFilter()
    {
        RequisitionFilterBar bar;
        bar.setDebounceInterval(0);
        QSignalSpy changed(&bar, &RequisitionFilterBar::filterChanged);
        bar.statusButton()->menu()->actions().at(0)->trigger();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Store::RequisitionFilter>().statuses,
                 QList<Core::RequisitionStatus>{Core::RequisitionStatus::Draft});
    }
};

QTEST_MAIN(tst_RequisitionFilterBar)
#include "tst_requisitionfilterbar.moc"
