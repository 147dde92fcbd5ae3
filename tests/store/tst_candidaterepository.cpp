#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/syncstaterepository.h"
#include "storetestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reqdesk;
using namespace Reqdesk::Store;

class tst_CandidateRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void saveFindRemove()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db.ok());
        CandidateRepository repo(**db);
        OutboxRepository outbox(**db);
        auto c = TestData::candidate(1, 1);
        c.version = 4;
        QVERIFY(repo.save(c, WriteOrigin::Sync).ok());
        QCOMPARE(*repo.find(c.id), c);
        QCOMPARE(*outbox.pendingCount(), 0);

        auto edited = c;
        edited.tags << QStringLiteral("priority");
        edited.phones << QStringLiteral("+44 20 7946 0000");
        QVERIFY(repo.save(edited, WriteOrigin::LocalEdit).ok());
        auto pending = *outbox.pending();
        QCOMPARE(pending.size(), 1);
        QStringList keys = pending.first().changes.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("phones"), QStringLiteral("tags")}));
        QCOMPARE(pending.first().baseVersion, 4);

        QVERIFY(repo.remove(c.id, WriteOrigin::LocalEdit).ok());
        QCOMPARE(repo.find(c.id).error().code, Core::ErrorCode::NotFound);
        QCOMPARE(outbox.pending()->last().op, OutboxOp::Delete);
        QVERIFY(SyncStateRepository(**db)
                        .tombstone(QStringLiteral("candidate"), c.id)
                        ->has_value());
    }

    void pagesByName()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("p.db")));
        QVERIFY(db.ok());
        CandidateRepository repo(**db);
        QList<Core::Candidate> all;
        for (int i = 0; i < 47; ++i)
            all << TestData::candidate(3, i);
        QVERIFY(repo.saveAll(all, WriteOrigin::Sync).ok());
        for (const QString &prefix : {QString(), QStringLiteral("ben"), QStringLiteral("B%")}) {
            QList<Core::Candidate> want;
            for (const auto &c : all) {
                if (c.name.startsWith(prefix, Qt::CaseInsensitive))
                    want << c;
            }
            std::sort(want.begin(), want.end(), [](const auto &a, const auto &b) {
                const int c = a.name.toLower().toUtf8().compare(b.name.toLower().toUtf8());
                return c != 0 ? c < 0
                              : a.id.toString(QUuid::WithoutBraces)
                                        < b.id.toString(QUuid::WithoutBraces);
            });
            QList<Core::Candidate> got;
            std::optional<PageCursor> after;
            for (int guard = 0; guard < 100; ++guard) {
                auto page = repo.page(prefix, after, 6);
                QVERIFY(page.ok());
                got << page->rows;
                if (!page->next)
                    break;
                after = page->next;
            }
            QCOMPARE(got, want);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CandidateRepository)
#include "tst_candidaterepository.moc"
