#include "gui/cacherebuild.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Reqdesk;

namespace {

/// Runs `act` on the next modal message box that opens (checked every 20 ms, for at most 10 s).
void onNextMessageBox(std::function<void(QMessageBox *)> act)
{
    auto *timer = new QTimer(qApp);
    auto *waited = new int(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, waited, act] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete waited;
            act(box);
        } else if (++*waited > 500) {
            timer->stop();
            timer->deleteLater();
            delete waited;
        }
    });
    timer->start(20);
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class tst_CacheRebuild : public QObject
{
    Q_OBJECT

private slots:
    void damagedCacheIsRebuiltWhenTheUserAgrees()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        qint64 rowsPage = 0;
        int pageSize = 0;
        {
            auto db = Store::Database::open(path);
            QVERIFY(db);
            Core::Requisition r;
            r.id = QUuid::createUuid();
            r.title = QStringLiteral("Unsent");
            r.company = QStringLiteral("Acme");
            QVERIFY(Store::RequisitionRepository(**db).save(r, Store::WriteOrigin::LocalEdit));
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master"
                                          " WHERE name = 'requisitions'"))
                    && q.next());
            rowsPage = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
        }
        // Damage the requisitions' page; the header, the schema and the outbox stay readable.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((rowsPage - 1) * pageSize));
            f.write(QByteArray(pageSize, '\x33'));
        }
        const auto refused = Store::Database::open(path);
        QVERIFY(!refused);
        const Core::Error error = refused.error();

        QString question;
        onNextMessageBox([&](QMessageBox *box) {
            question = box->text() + u'\n' + box->informativeText();
            QAbstractButton *rebuild = buttonNamed(box, QStringLiteral("Rebuild the Cache"));
            QVERIFY(rebuild);
            rebuild->click();
        });
        QVERIFY(Gui::CacheRebuild::offer(nullptr, path, error, QStringLiteral("damaged")));
        QVERIFY(question.contains(QDir::toNativeSeparators(path)));
        QVERIFY(question.contains(QStringLiteral("unsent edits")));

        QString outcome;
        onNextMessageBox([&](QMessageBox *box) {
            outcome = box->text();
            box->accept();
        });
        QVERIFY(Gui::CacheRebuild::run(nullptr, path));
        QVERIFY2(outcome.contains(QStringLiteral("1 unsent edit")), qPrintable(outcome));
        auto rebuilt = Store::Database::open(path);
        QVERIFY(rebuilt);
        QCOMPARE(*Store::OutboxRepository(**rebuilt).pendingCount(), 1);
    }

    void quitLeavesTheFileAlone()
    {
        const Core::Error error{Core::ErrorCode::DatabaseCorrupt, QStringLiteral("damaged"), 0};
        onNextMessageBox([](QMessageBox *box) {
            QAbstractButton *quit = buttonNamed(box, QStringLiteral("Quit"));
            QVERIFY(quit);
            quit->click();
        });
        QVERIFY(!Gui::CacheRebuild::offer(
                nullptr, QStringLiteral("/nowhere.db"), error, QString()));
    }

    void newerSchemaIsNotOffered()
    {
        const Core::Error error{Core::ErrorCode::SchemaTooNew, QStringLiteral("version 9"), 0};
        bool offered = true;
        onNextMessageBox([&](QMessageBox *box) {
            offered = buttonNamed(box, QStringLiteral("Rebuild the Cache")) != nullptr;
            box->accept();
        });
        QVERIFY(!Gui::CacheRebuild::offer(
                nullptr, QStringLiteral("/nowhere.db"), error, QString()));
        QVERIFY(!offered);
    }
};

QTEST_MAIN(tst_CacheRebuild)
#include "tst_cacherebuild.moc"
