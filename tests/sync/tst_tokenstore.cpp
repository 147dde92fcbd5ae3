#include "sync/tokenstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Reqdesk::Sync::TokenStore;

class tst_TokenStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountNamesServerAndUser()
    {
        QCOMPARE(TokenStore::account(QUrl(QStringLiteral("https://hr.example.org:8443/x?y=1")),
                                     QStringLiteral("grace"),
                                     QStringLiteral("2c7e")),
                 QStringLiteral("grace@https://hr.example.org:8443#2c7e"));
    }

    void fileFallbackIsOwnerOnly()
    {
        qputenv("REQDESK_TOKEN_STORE", "file");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString account = QStringLiteral("grace@http://127.0.0.1:1");
        {
            TokenStore store(dir.path());
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("REQDESK_TOKEN_STORE=file")));
            const auto saved = store.save(account, QStringLiteral("rdr_secret-one"));
            QVERIFY(saved);
            QCOMPARE(*saved, TokenStore::Backend::File);
            QVERIFY(store.save(account, QStringLiteral("rdr_secret-two"))); // rotation replaces
        }
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        // The account does not show in the file name, and only the owner may read the file.
        QVERIFY(!files.first().contains(QStringLiteral("grace")));
        const QFile file(dir.filePath(files.first()));
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        TokenStore again(dir.path());
        const auto loaded = again.load(account);
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE(**loaded, QStringLiteral("rdr_secret-two"));
        QVERIFY(again.remove(account));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        const auto gone = again.load(account);
        QVERIFY(gone && !gone->has_value());
        qunsetenv("REQDESK_TOKEN_STORE");
    }
};

QTEST_GUILESS_MAIN(tst_TokenStore)
#include "tst_tokenstore.moc"
