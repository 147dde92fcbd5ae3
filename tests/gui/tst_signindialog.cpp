// The sign-in dialog without a server: server text to URL, the button enabled only when
// everything is typed, accessible names. Signing in for real: tst_syncconnection.
#include "gui/signindialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Reqdesk::Gui;

class tst_SignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void parseServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << QStringLiteral("https://hr.example.com/")
                               << QStringLiteral("https://hr.example.com");
        QTest::newRow("bare host gets TLS") << QStringLiteral("hr.example.com:8443")
                                            << QStringLiteral("https://hr.example.com:8443");
        QTest::newRow("loopback plain")
                << QStringLiteral("127.0.0.1:8420") << QStringLiteral("http://127.0.0.1:8420");
        QTest::newRow("localhost plain")
                << QStringLiteral(" localhost:8420 ") << QStringLiteral("http://localhost:8420");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("ftp refused") << QStringLiteral("ftp://files.example.com") << QString();
    }

    void parseServer()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        const QUrl parsed = SignInDialog::parseServer(text);
        QCOMPARE(parsed.isValid() ? parsed.toString() : QString(), url);
    }

    void buttonNeedsEveryField()
    {
        SignInDialog dialog(nullptr);
        dialog.show();
        QVERIFY(!dialog.signInButton()->isEnabled());
        dialog.setServer(QUrl(QStringLiteral("https://hr.example.com")));
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("ada"));
        QVERIFY(!dialog.signInButton()->isEnabled());
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("pw"));
        QVERIFY(dialog.signInButton()->isEnabled());
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        // Without a connection (--offline) it says so instead of trying.
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("--offline")));
        QVERIFY(dialog.isVisible());
    }

    void accessibleNames()
    {
        SignInDialog dialog(nullptr);
        for (QWidget *w : {static_cast<QWidget *>(dialog.serverEdit()),
                           static_cast<QWidget *>(dialog.userEdit()),
                           static_cast<QWidget *>(dialog.passwordEdit()),
                           static_cast<QWidget *>(dialog.rememberCheck()),
                           static_cast<QWidget *>(dialog.signInButton())})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
};

QTEST_MAIN(tst_SignInDialog)
#include "tst_signindialog.moc"
