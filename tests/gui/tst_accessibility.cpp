#include "gui/applicationspane.h"
#include "gui/importpreviewdialog.h"
#include "gui/mainwindow.h"
#include "gui/stagereasondialog.h"
#include "guitestsupport.h"
#include "pipelinetestdata.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextEdit>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

namespace {

// Controls a keyboard or screen-reader user operates.
bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w) || qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
           || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTextEdit *>(w)
           || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w)
           || qobject_cast<const QGraphicsView *>(w);
}

// Parts Qt builds inside its own controls (a combo's line edit, a table's corner button, a
// line edit's clear button, a tab bar's scroll arrows): named by the control that owns them.
bool isQtInternal(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QAbstractItemView *>(p)
            || qobject_cast<const QTabBar *>(p))
            return true;
    }
    return false;
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p; p = p->parentWidget())
        chain << QString::fromLatin1(p->metaObject()->className()) + QLatin1Char('#')
                         + p->objectName();
    return chain.join(QLatin1String(" < "));
}

// Every interactive widget under `root` without a name a screen reader can read.
QStringList unnamed(QWidget *root)
{
    QSet<const QWidget *> buddies;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().isEmpty())
            buddies.insert(label->buddy());
    }
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isInteractive(w) || isQtInternal(w))
            continue;
        bool named = !w->accessibleName().trimmed().isEmpty() || buddies.contains(w);
        // A button's own text is its accessible name (QAccessibleButton reads it).
        if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            named = named || !b->text().remove(QLatin1Char('&')).trimmed().isEmpty();
        // And what assistive technology would actually be told.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const bool announced = iface && !iface->text(QAccessible::Name).trimmed().isEmpty();
        if (!named || !announced)
            missing << describe(w);
    }
    return missing;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<Store::DatabaseClient> m_client;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        TestSupport::useHome(m_home);
        const QString path = m_home.filePath(QStringLiteral("cache.db"));
        TestSupport::seedPipeline(path, {Core::Stage::Applied, Core::Stage::Onsite});
        m_client = std::make_unique<Store::DatabaseClient>();
        m_window = std::make_unique<MainWindow>(m_client.get());
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->show();
        m_window->openDatabase(path);
        QVERIFY(opened.wait(30000));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_client.reset();
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<int>("pane");
        for (int pane = 0; pane < MainWindow::PaneCount; ++pane)
            QTest::newRow(qPrintable(MainWindow::paneName(pane))) << pane;
    }

    void everyControlHasAName()
    {
        QFETCH(int, pane);
        m_window->setCurrentPane(pane);
        QWidget *widget = m_window->paneWidget(pane);
        QVERIFY(widget);
        // The Applications pane in each of its views (the board and the charts make widgets of
        // their own).
        if (auto *applications = qobject_cast<ApplicationsPane *>(widget)) {
            for (auto mode : {ApplicationsPane::TableMode,
                              ApplicationsPane::BoardMode,
                              ApplicationsPane::ChartsMode})
                applications->setViewMode(mode);
        }
        const QStringList missing = unnamed(widget);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void windowChromeHasNames()
    {
        // Side bar, tool bar, status bar: everything outside the panes.
        QStringList missing = unnamed(m_window.get());
        const QWidget *stack = m_window->paneWidget(0)->parentWidget();
        missing.erase(std::remove_if(missing.begin(),
                                     missing.end(),
                                     [stack](const QString &d) {
                                         return d.contains(QString::fromLatin1(
                                                 stack->metaObject()->className()));
                                     }),
                      missing.end());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void dialogsHaveNames()
    {
        ImportPreviewDialog preview;
        QStringList missing = unnamed(&preview);
        StageReasonDialog reason(QStringLiteral("Move Ada Lane to Rejected."), true);
        missing << unnamed(&reason);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void applicationsTabOrder()
    {
        // Reading order: scope, stage filter, search, the three views, Move to…, then the view
        // shown.
        m_window->setCurrentPane(MainWindow::ApplicationsPaneIndex);
        auto *pane = m_window->applicationsPane();
        pane->setViewMode(ApplicationsPane::TableMode);
        QStringList chain;
        QWidget *w = pane->findChild<QWidget *>(QStringLiteral("scopeCombo"));
        QVERIFY(w);
        for (int guard = 0; guard < 8 && w; ++guard) {
            chain << w->objectName();
            do {
                w = w->nextInFocusChain();
            } while (w && w != pane && !(w->focusPolicy() & Qt::TabFocus && w->isVisible()));
        }
        QCOMPARE(chain,
                 (QStringList{QStringLiteral("scopeCombo"),
                              QStringLiteral("stageFilterCombo"),
                              QStringLiteral("applicationSearchEdit"),
                              QStringLiteral("tableModeButton"),
                              QStringLiteral("boardModeButton"),
                              QStringLiteral("chartsModeButton"),
                              QStringLiteral("moveToButton"),
                              QStringLiteral("applicationsTable")}));
    }

    void chartsTabOrder()
    {
        // The charts take no focus; their figures tables do, after the two export buttons.
        m_window->setCurrentPane(MainWindow::ApplicationsPaneIndex);
        auto *pane = m_window->applicationsPane();
        pane->setViewMode(ApplicationsPane::ChartsMode);
        QStringList chain;
        QWidget *w = pane->findChild<QWidget *>(QStringLiteral("exportFunnelButton"));
        QVERIFY(w);
        for (int guard = 0; guard < 4 && w; ++guard) {
            chain << w->objectName();
            do {
                w = w->nextInFocusChain();
            } while (w && w != pane && !(w->focusPolicy() & Qt::TabFocus && w->isVisible()));
        }
        QCOMPARE(chain,
                 (QStringList{QStringLiteral("exportFunnelButton"),
                              QStringLiteral("exportTimeInStageButton"),
                              QStringLiteral("funnelTable"),
                              QStringLiteral("timeInStageTable")}));
        pane->setViewMode(ApplicationsPane::TableMode);
    }

    void iconsAreScalableSvg()
    {
        // SVG icons draw sharp at any device pixel ratio: a 2× pixmap is really 2× wide.
        for (const char *name :
             {"reqdesk", "requisitions", "paybands", "applications", "sync", "import", "export"}) {
            const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
            QVERIFY2(QFile::exists(path), qPrintable(path));
            const QIcon icon(path);
            QVERIFY(!icon.isNull());
            QCOMPARE(icon.pixmap(QSize(24, 24), 2.0).size(), QSize(48, 48));
        }
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
