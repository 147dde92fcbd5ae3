#include "chartfixtures.h"
#include "gui/charts/paybandchartmodel.h"
#include "gui/charts/paybandchartview.h"
#include "gui/charts/paybandspane.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class TestPayBandsPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void seedInTableAndChart()
    {
        PayBandsPane pane;
        pane.resize(1400, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.setBands({Testing::seedPosting()});
        QCOMPARE(pane.chartView()->barCount(), 4);
        QAbstractItemModel *table = pane.table()->model();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->index(2, PayBandChartModel::MinColumn).data().toString(),
                 QStringLiteral("$119,800"));
        QCOMPARE(table->index(2, PayBandChartModel::MaxColumn).data().toString(),
                 QStringLiteral("$234,700"));
        // Chart and table sit side by side in a splitter.
        auto *splitter = pane.findChild<QSplitter *>();
        QVERIFY(splitter);
        QCOMPARE(splitter->orientation(), Qt::Horizontal);
        QCOMPARE(splitter->indexOf(pane.chartView()), 0);
        QCOMPARE(splitter->indexOf(pane.table()), 1);
        // A screenshot to look at by eye (REQDESK_PANE_PNG names the file).
        const QString look = qEnvironmentVariable("REQDESK_PANE_PNG");
        if (!look.isEmpty()) {
            pane.setOverlay(Core::Money{15000000, QStringLiteral("USD"), Core::Period::Year});
            QVERIFY(pane.grab().save(look));
        }
    }

    void overlayFromApiAndInput()
    {
        PayBandsPane pane;
        pane.show();
        pane.setBands({Testing::seedPosting()});
        pane.setOverlay(Core::Money{15000000, QStringLiteral("USD"), Core::Period::Year});
        QAbstractItemModel *table = pane.table()->model();
        QCOMPARE(table->index(0, PayBandChartModel::CompaRatioColumn).data().toString(),
                 QStringLiteral("1.00"));
        QCOMPARE(table->index(0, PayBandChartModel::RangePenetrationColumn).data().toString(),
                 QStringLiteral("50.2%"));

        // The user types a monthly figure: 12,500 a month is 150,000 a year.
        QSignalSpy edited(&pane, &PayBandsPane::overlayEdited);
        QLineEdit *amount = nullptr;
        for (QLineEdit *e : pane.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QStringLiteral("Salary to compare"))
                amount = e;
        }
        QVERIFY(amount);
        QComboBox *period = nullptr;
        for (QComboBox *c : pane.findChildren<QComboBox *>()) {
            if (c->accessibleName() == QStringLiteral("Period of the salary to compare"))
                period = c;
        }
        QVERIFY(period);
        period->setCurrentIndex(period->findData(int(Core::Period::Month)));
        amount->setText(QStringLiteral("12,500"));
        emit amount->editingFinished();
        QVERIFY(pane.overlay());
        QCOMPARE(pane.overlay()->minor, 1250000);
        QCOMPARE(pane.overlay()->period, Core::Period::Month);
        QVERIFY(!edited.isEmpty());
        QCOMPARE(table->index(0, PayBandChartModel::CompaRatioColumn).data().toString(),
                 QStringLiteral("1.00"));

        pane.setOverlay(std::nullopt);
        QCOMPARE(table->index(0, PayBandChartModel::CompaRatioColumn).data().toString(),
                 QStringLiteral("n/a"));
    }

    void modeSelector()
    {
        PostingBands other = Testing::seedPosting();
        other.title = QStringLiteral("Software Engineer 2, Azure");
        PayBandsPane pane;
        pane.show();
        pane.setBands({Testing::seedPosting(), other});
        QComboBox *mode = nullptr;
        for (QComboBox *c : pane.findChildren<QComboBox *>()) {
            if (c->accessibleName() == QStringLiteral("Chart arrangement"))
                mode = c;
        }
        QVERIFY(mode);
        QCOMPARE(mode->count(), 3);
        mode->setCurrentIndex(1);
        QCOMPARE(pane.chartView()->barCount(), 8);
        QCOMPARE(pane.model()->rowCount(), 8);
        mode->setCurrentIndex(2);
        QCOMPARE(pane.chartView()->mode(), PayBandChartMode::LevelAcrossLocations);
        QCOMPARE(pane.chartView()->barCount(), 4); // IC3 in both postings
    }

    void everyControlHasAnAccessibleName()
    {
        PayBandsPane pane;
        pane.show();
        pane.setBands({Testing::seedPosting()});
        const auto widgets = pane.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QLineEdit *>(w) || qobject_cast<QTableView *>(w)) {
                // Parts of a combo box, line edit or table (clear and corner buttons) take the
                // owner's name.
                const QWidget *owner = w->parentWidget();
                while (owner && owner != &pane && !qobject_cast<const QComboBox *>(owner)
                       && !qobject_cast<const QLineEdit *>(owner)
                       && !qobject_cast<const QAbstractItemView *>(owner))
                    owner = owner->parentWidget();
                if (owner != &pane)
                    continue;
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            }
        }
    }

    void exportsThroughPane()
    {
        PayBandsPane pane;
        pane.resize(1400, 700);
        pane.show();
        pane.setBands({Testing::seedPosting()});
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bands.pdf"));
        QVERIFY(pane.exportChart(pdf, PayBandChartExporter::Format::Pdf).ok());
        QVERIFY(QFile::exists(pdf));
    }
};

QTEST_MAIN(TestPayBandsPane)
#include "tst_paybandspane.moc"
