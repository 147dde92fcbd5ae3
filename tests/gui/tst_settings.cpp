#include "gui/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWithoutAFile()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.requisitionsSortColumn(), Store::SortColumn::Updated);
        QCOMPARE(settings.requisitionsSortOrder(), Qt::DescendingOrder);
        QCOMPARE(settings.currentPane(), 0);
        QVERIFY(settings.windowGeometry().isEmpty());
    }

    void roundTripsAndStoresEnumsByName()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(file);
            settings.setRequisitionsSortColumn(Store::SortColumn::PayMax);
            settings.setRequisitionsSortOrder(Qt::AscendingOrder);
            settings.setCurrentPane(2);
            settings.setRequisitionsHeader(QByteArray("\x01\x02", 2));
            settings.setLastFolder(QStringLiteral("/tmp/x"));
            settings.sync();
        }
        Settings again(file);
        QCOMPARE(again.requisitionsSortColumn(), Store::SortColumn::PayMax);
        QCOMPARE(again.requisitionsSortOrder(), Qt::AscendingOrder);
        QCOMPARE(again.currentPane(), 2);
        QCOMPARE(again.requisitionsHeader(), QByteArray("\x01\x02", 2));
        QCOMPARE(again.lastFolder(), QStringLiteral("/tmp/x"));

        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("Gui/Requisitions/sortColumn")).toString(),
                 QStringLiteral("pay_max"));
        QCOMPARE(raw.value(QStringLiteral("Gui/Requisitions/sortOrder")).toString(),
                 QStringLiteral("ascending"));
    }

    void savedViewsAndApplicationSortRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        SavedView open;
        open.name = QStringLiteral("Open in Lisbon");
        open.filter.text = QStringLiteral("platform");
        open.filter.statuses = {Core::RequisitionStatus::Open, Core::RequisitionStatus::OnHold};
        open.filter.levels = {QStringLiteral("IC3"), QStringLiteral("IC4")};
        open.filter.location = QStringLiteral("Lisbon");
        open.filter.payMin = 9000000;
        open.filter.currency = QStringLiteral("EUR");
        open.sort = Store::SortColumn::PayMin;
        open.order = Qt::AscendingOrder;
        SavedView all;
        all.name = QStringLiteral("Everything");
        {
            Settings settings(file);
            QVERIFY(settings.savedViews().isEmpty());
            QCOMPARE(settings.applicationsSortColumn(), Store::ApplicationSort::Applied);
            QCOMPARE(settings.applicationsSortOrder(), Qt::AscendingOrder);
            settings.setSavedViews({open, all});
            settings.setApplicationsSortColumn(Store::ApplicationSort::ExpectedSalary);
            settings.setApplicationsSortOrder(Qt::DescendingOrder);
            settings.sync();
        }
        Settings again(file);
        const QList<SavedView> views = again.savedViews();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0).name, open.name);
        QCOMPARE(views.at(0).filter.text, open.filter.text);
        QCOMPARE(views.at(0).filter.statuses, open.filter.statuses);
        QCOMPARE(views.at(0).filter.levels, open.filter.levels);
        QCOMPARE(views.at(0).filter.location, open.filter.location);
        QCOMPARE(views.at(0).filter.payMin, open.filter.payMin);
        QVERIFY(!views.at(0).filter.payMax);
        QCOMPARE(views.at(0).filter.currency, open.filter.currency);
        QCOMPARE(views.at(0).sort, Store::SortColumn::PayMin);
        QCOMPARE(views.at(0).order, Qt::AscendingOrder);
        QCOMPARE(views.at(1).name, all.name);
        QVERIFY(views.at(1).filter.isEmpty());
        QCOMPARE(again.applicationsSortColumn(), Store::ApplicationSort::ExpectedSalary);
        QCOMPARE(again.applicationsSortOrder(), Qt::DescendingOrder);

        // Fewer views replace the list; no stale entries stay behind.
        again.setSavedViews({all});
        QCOMPARE(again.savedViews().size(), 1);
        QCOMPARE(again.savedViews().at(0).name, all.name);
    }

    void preferencesRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(file);
            QCOMPARE(settings.language(), QStringLiteral("system"));
            QCOMPARE(settings.palette(), QStringLiteral("system"));
            QCOMPARE(settings.syncIntervalMinutes(), 5);
            QVERIFY(settings.syncServer().isEmpty());
            QVERIFY(settings.rememberSyncUser());
            settings.setSyncServer(QUrl(QStringLiteral("https://hr.example.com:8443")));
            settings.setSyncUser(QStringLiteral("ada"));
            settings.setRememberSyncUser(false);
            settings.setSyncIntervalMinutes(20);
            settings.setLanguage(QStringLiteral("de"));
            settings.setPalette(QStringLiteral("dark"));
            settings.sync();
        }
        Settings again(file);
        QCOMPARE(again.syncServer(), QUrl(QStringLiteral("https://hr.example.com:8443")));
        QCOMPARE(again.syncUser(), QStringLiteral("ada"));
        QVERIFY(!again.rememberSyncUser());
        QCOMPARE(again.syncIntervalMinutes(), 20);
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(again.palette(), QStringLiteral("dark"));
        // Stored by name under the keys other parts read (the palette by the appearance code).
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("appearance/palette")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(raw.value(QStringLiteral("Gui/language")).toString(), QStringLiteral("de"));
    }

    void unknownPreferenceValuesFallBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("appearance/palette"), QStringLiteral("neon"));
            raw.setValue(QStringLiteral("Gui/language"), QStringLiteral("xx"));
            raw.setValue(QStringLiteral("Sync/intervalMinutes"), 0);
        }
        Settings settings(file);
        QCOMPARE(settings.palette(), QStringLiteral("system"));
        QCOMPARE(settings.language(), QStringLiteral("system"));
        QCOMPARE(settings.syncIntervalMinutes(), 1);
    }

    void sortNamesRoundTrip()
    {
        for (auto column : {Store::SortColumn::Title,
                            Store::SortColumn::Company,
                            Store::SortColumn::Org,
                            Store::SortColumn::Level,
                            Store::SortColumn::Status,
                            Store::SortColumn::Updated,
                            Store::SortColumn::PayMin,
                            Store::SortColumn::PayMax}) {
            QCOMPARE(Settings::sortColumnFromName(Settings::sortColumnName(column)), column);
        }
        QVERIFY(!Settings::sortColumnFromName(u"bogus"));
    }

    void defaultFileFollowsReqdeskHome()
    {
        QTemporaryDir dir;
        qputenv("REQDESK_HOME", dir.path().toUtf8());
        Settings settings;
        QVERIFY(settings.fileName().startsWith(dir.path()));
    }
};

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
