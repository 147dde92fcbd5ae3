#include "sync/tokenstore.h"

#include <QDir>
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

    void anotherProcessRotationIsSeen()
    {
        // The app and reqdesk-cli share a cache and its stored token; each refresh rotates it.
        // A token this process saved must be read back from the file, not from memory: the
        // other process may have replaced it since (a stale copy would end the sign-in).
        qputenv("REQDESK_TOKEN_STORE", "file");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString account = QStringLiteral("ada@http://127.0.0.1:2");
        TokenStore store(dir.path()); // (the file-mode warning came once, in the test before)
        QVERIFY(store.save(account, QStringLiteral("rdr_mine")));
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        {
            QFile other(dir.filePath(files.first())); // the other process's rotation
            QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
            other.write("rdr_theirs");
        }
        const auto loaded = store.load(account);
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE(**loaded, QStringLiteral("rdr_theirs"));
        // A save replaces the file whole (no temporary left behind).
        QVERIFY(store.save(account, QStringLiteral("rdr_next")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files);
        QCOMPARE(**store.load(account), QStringLiteral("rdr_next"));
        qunsetenv("REQDESK_TOKEN_STORE");
    }
};

QTEST_GUILESS_MAIN(tst_TokenStore)
#include "tst_tokenstore.moc"
