// The Preferences dialog over a Settings file: fields show the stored values, OK writes them,
// a new language is noted as applying at the next start, and every control has a name.
#include "gui/preferencesdialog.h"
#include "gui/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Gui;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsAndWritesTheSettings()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setSyncServer(QUrl(QStringLiteral("https://hr.example.com")));
        settings.setSyncIntervalMinutes(15);
        settings.setPalette(QStringLiteral("dark"));

        PreferencesDialog dialog(settings, nullptr);
        dialog.show();
        QCOMPARE(dialog.serverEdit()->text(), QStringLiteral("https://hr.example.com"));
        QCOMPARE(dialog.intervalSpin()->value(), 15);
        QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(dialog.paletteCombo()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(dialog.languageCombo()->count(), 4);
        QCOMPARE(dialog.languageCombo()->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(dialog.languageCombo()->itemText(3), QStringLiteral("Français"));
        // --offline: no account to manage.
        QVERIFY(!dialog.signInButton()->isEnabled());
        QVERIFY(!dialog.signOutButton()->isEnabled());

        QVERIFY(dialog.languageNote()->isHidden());
        dialog.languageCombo()->setCurrentIndex(
                dialog.languageCombo()->findData(QStringLiteral("fr")));
        QVERIFY(!dialog.languageNote()->isHidden());
        QVERIFY(dialog.languageNote()->text().contains(QStringLiteral("starts again")));

        dialog.serverEdit()->setText(QStringLiteral("127.0.0.1:8420"));
        dialog.intervalSpin()->setValue(30);
        dialog.paletteCombo()->setCurrentIndex(
                dialog.paletteCombo()->findData(QStringLiteral("light")));
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(applied.size(), 1);

        Settings again(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(again.syncServer(), QUrl(QStringLiteral("http://127.0.0.1:8420")));
        QCOMPARE(again.syncIntervalMinutes(), 30);
        QCOMPARE(again.language(), QStringLiteral("fr"));
        QCOMPARE(again.palette(), QStringLiteral("light"));
    }

    void everyControlHasAnAccessibleName()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        PreferencesDialog dialog(settings, nullptr);
        const QList<QWidget *> controls{dialog.serverEdit(),
                                        dialog.signInButton(),
                                        dialog.signOutButton(),
                                        dialog.intervalSpin(),
                                        dialog.languageCombo(),
                                        dialog.paletteCombo()};
        for (QWidget *w : controls)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
