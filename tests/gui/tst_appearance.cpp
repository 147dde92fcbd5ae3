#include "gui/appearance.h"
#include "gui/charts/funnelchartview.h"
#include "gui/charts/paybandchartview.h"
#include "gui/charts/timeinstagechartview.h"
#include "gui/settings.h"
#include "guitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QMenu>
#include <QStyle>

using namespace Reqdesk;
using namespace Reqdesk::Gui;
using Mode = Appearance::Mode;

namespace {

int windowLightness()
{
    return QApplication::palette().color(QPalette::Window).lightness();
}

} // namespace

class tst_Appearance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    int m_systemLightness = 0;

private slots:
    void initTestCase()
    {
        TestSupport::useHome(m_home);
        m_systemLightness = windowLightness();
        Appearance::instance(); // remembers the platform's look before anything changes it
    }

    void cleanup() { Appearance::instance()->apply(Mode::System); }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode"); // -1: not a mode
        QTest::newRow("system") << QStringLiteral("system") << int(Mode::System);
        QTest::newRow("light") << QStringLiteral("light") << int(Mode::Light);
        QTest::newRow("dark") << QStringLiteral("dark") << int(Mode::Dark);
        QTest::newRow("case and spaces") << QStringLiteral(" Dark ") << int(Mode::Dark);
        QTest::newRow("unknown") << QStringLiteral("blue") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        const auto parsed = Appearance::modeFromName(name);
        QCOMPARE(parsed.has_value(), mode >= 0);
        if (parsed) {
            QCOMPARE(int(*parsed), mode);
            QCOMPARE(Appearance::modeName(*parsed), name.trimmed().toLower());
        }
    }

    void palettes()
    {
        QVERIFY(Appearance::isDarkPalette(Appearance::darkPalette()));
        QVERIFY(!Appearance::isDarkPalette(Appearance::lightPalette()));
        // Text must stand out from its background in both.
        for (const QPalette &p : {Appearance::darkPalette(), Appearance::lightPalette()}) {
            QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness())
                    > 120);
            QVERIFY(qAbs(p.color(QPalette::ToolTipText).lightness()
                         - p.color(QPalette::ToolTipBase).lightness())
                    > 100);
        }
    }

    void switchingChangesTheApplicationPalette()
    {
        Appearance *appearance = Appearance::instance();
        QSignalSpy changed(appearance, &Appearance::changed);
        appearance->apply(Mode::Dark);
        QVERIFY(windowLightness() < 128);
        QVERIFY(appearance->isDark());
        QCOMPARE(appearance->mode(), Mode::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toBool(), true);

        appearance->apply(Mode::Light);
        QVERIFY(windowLightness() >= 128);
        QVERIFY(!appearance->isDark());

        // System: the platform's palette again (the offscreen platform's is light).
        appearance->apply(Mode::Dark);
        appearance->apply(Mode::System);
        QCOMPARE(windowLightness(), m_systemLightness);
        QCOMPARE(appearance->isDark(), m_systemLightness < 128);

        QVERIFY(!appearance->applyName(QStringLiteral("purple")));
        QCOMPARE(appearance->mode(), Mode::System);
        QVERIFY(appearance->applyName(QStringLiteral("dark")));
        QVERIFY(windowLightness() < 128);
    }

    void chartsFollowThePalette()
    {
        FunnelChartView funnel;
        TimeInStageChartView time;
        PayBandChartView bands;
        QCOMPARE(funnel.chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(bands.chart()->theme(), QChart::ChartThemeLight);
        Appearance::instance()->apply(Mode::Dark);
        QTRY_COMPARE(funnel.chart()->theme(), QChart::ChartThemeDark);
        QTRY_COMPARE(time.chart()->theme(), QChart::ChartThemeDark);
        QTRY_COMPARE(bands.chart()->theme(), QChart::ChartThemeDark);
        QTRY_VERIFY(bands.exportBackground().lightness() < 128);
        Appearance::instance()->apply(Mode::Light);
        QTRY_COMPARE(funnel.chart()->theme(), QChart::ChartThemeLight);
        QTRY_COMPARE(bands.chart()->theme(), QChart::ChartThemeLight);
        // A chart made while the palette is dark starts dark.
        Appearance::instance()->apply(Mode::Dark);
        FunnelChartView later;
        QTRY_COMPARE(later.chart()->theme(), QChart::ChartThemeDark);
    }

    void menuAppliesAndStores()
    {
        QWidget parent;
        QMenu *menu = Appearance::instance()->createMenu(&parent);
        QCOMPARE(menu->actions().size(), 3);
        auto action = [menu](const char *name) {
            return menu->findChild<QAction *>(QLatin1String("appearance_") + QLatin1String(name));
        };
        QVERIFY(action("system")->isChecked());
        action("dark")->trigger();
        QVERIFY(windowLightness() < 128);
        QCOMPARE(Settings().palette(), QStringLiteral("dark"));
        QVERIFY(action("dark")->isChecked());
        // Applied elsewhere (a preferences dialog): the menu follows.
        Appearance::instance()->apply(Mode::Light);
        QVERIFY(action("light")->isChecked());
        QVERIFY(!action("dark")->isChecked());
        action("system")->trigger();
        QCOMPARE(Settings().palette(), QStringLiteral("system"));
    }

    void settingsAccessors()
    {
        Settings settings(m_home.filePath(QStringLiteral("palette.ini")));
        QCOMPARE(settings.palette(), QStringLiteral("system"));
        settings.setPalette(QStringLiteral("Light"));
        QCOMPARE(settings.palette(), QStringLiteral("light"));
        settings.setPalette(QStringLiteral("neon"));
        QCOMPARE(settings.palette(), QStringLiteral("system"));
        settings.setPalette(QStringLiteral("dark"));
        settings.sync();
        QCOMPARE(Settings(m_home.filePath(QStringLiteral("palette.ini"))).palette(),
                 QStringLiteral("dark"));
    }
};

QTEST_MAIN(tst_Appearance)
#include "tst_appearance.moc"
