#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/recordjson.h"
#include "store/requisitionrecord.h"
#include "store/requisitionrepository.h"
#include "store/syncstaterepository.h"
#include "storetestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Reqdesk;
using namespace Reqdesk::Store;
using Core::Requisition;
using Core::RequisitionStatus;

namespace {

constexpr quint64 kSeed = 42;
constexpr int kRows = 400;

/// Folds text the way FTS5's unicode61 tokenizer with remove_diacritics does (close enough for
/// the test data): decompose, drop marks, lower-case.
QString fold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (!c.isMark())
            out += c.toLower();
    }
    return out;
}

QStringList words(const QString &text)
{
    QStringList list;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            list << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        list << current;
    return list;
}

/// Brute-force equivalent of FtsQuery + MATCH: every user word is a phrase of its tokens, the
/// last token of the last word a prefix, phrases ANDed, each phrase inside one column.
bool textMatches(const Requisition &r, const QString &query)
{
    QList<QStringList> phrases;
    for (const QString &w :
         query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (std::none_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        const QStringList tokens = words(w);
        phrases << tokens;
    }
    if (phrases.isEmpty())
        return true;
    const QList<QStringList> columns = {words(r.title),
                                        words(r.org),
                                        words(RequisitionRecord::locationsText(r)),
                                        words(RequisitionRecord::bodyText(r.sections))};
    for (qsizetype p = 0; p < phrases.size(); ++p) {
        const QStringList &phrase = phrases.at(p);
        if (phrase.isEmpty())
            return false; // a word whose only letters the tokenizer drops matches nothing
        const bool prefixLast = p == phrases.size() - 1;
        bool found = false;
        for (const QStringList &col : columns) {
            for (qsizetype i = 0; !found && i + phrase.size() <= col.size(); ++i) {
                bool all = true;
                for (qsizetype k = 0; all && k < phrase.size(); ++k) {
                    const bool last = prefixLast && k == phrase.size() - 1;
                    all = last ? col.at(i + k).startsWith(phrase.at(k))
                               : col.at(i + k) == phrase.at(k);
                }
                found = all;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

QString asciiLower(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

bool matches(const Requisition &r, const RequisitionFilter &f)
{
    if (!textMatches(r, f.text))
        return false;
    if (!f.statuses.isEmpty() && !f.statuses.contains(r.status))
        return false;
    if (!f.levels.isEmpty()) {
        bool any = false;
        for (const QString &l : f.levels)
            any = any || asciiLower(l) == asciiLower(r.level);
        if (!any)
            return false;
    }
    const QString loc = RequisitionRecord::normalizeLocation(f.location);
    if (!loc.isEmpty()) {
        const QStringList terms = RequisitionRecord::locationTerms(r);
        if (std::none_of(terms.cbegin(), terms.cend(), [&](const QString &t) {
                return t.startsWith(loc);
            }))
            return false;
    }
    if (!f.org.isEmpty() && asciiLower(f.org) != asciiLower(r.org))
        return false;
    if (!f.hiringManager.isEmpty()
        && asciiLower(f.hiringManager) != asciiLower(r.hiringTeam.hiringManager))
        return false;
    if (f.payMin || f.payMax || !f.currency.isEmpty()) {
        bool any = false;
        for (const Core::PayBand &b : r.bands) {
            if (!f.currency.isEmpty() && b.currency != f.currency)
                continue;
            if (f.payMin && RequisitionRecord::perYear(b.maxMinor, b.period) < *f.payMin)
                continue;
            if (f.payMax && RequisitionRecord::perYear(b.minMinor, b.period) > *f.payMax)
                continue;
            any = true;
        }
        if (!any)
            return false;
    }
    return true;
}

QVariant sortKey(const Requisition &r, SortColumn column)
{
    const QVariantList row = RequisitionRecord::rowValues(r);
    const auto at = [&](const char *name) {
        return row.at(RequisitionRecord::columns().indexOf(QLatin1String(name)));
    };
    switch (column) {
    case SortColumn::Title:
        return asciiLower(r.title);
    case SortColumn::Company:
        return asciiLower(r.company);
    case SortColumn::Org:
        return asciiLower(r.org);
    case SortColumn::Level:
        return asciiLower(r.level);
    case SortColumn::Status:
        return Core::requisitionStatusName(r.status);
    case SortColumn::Updated:
        return RecordJson::timeText(r.updatedAt);
    case SortColumn::PayMin:
        return at("pay_min");
    case SortColumn::PayMax:
        return at("pay_max");
    }
    return {};
}

QList<QUuid> expected(const QList<Requisition> &all,
                      const RequisitionFilter &f,
                      SortColumn column,
                      Qt::SortOrder order)
{
    QList<Requisition> rows;
    for (const Requisition &r : all) {
        if (matches(r, f))
            rows << r;
    }
    std::sort(rows.begin(), rows.end(), [&](const Requisition &a, const Requisition &b) {
        const QVariant ka = sortKey(a, column);
        const QVariant kb = sortKey(b, column);
        int c = 0;
        if (column == SortColumn::PayMin || column == SortColumn::PayMax)
            c = ka.toLongLong() < kb.toLongLong() ? -1
                                                  : (ka.toLongLong() > kb.toLongLong() ? 1 : 0);
        else
            c = ka.toString().toUtf8().compare(kb.toString().toUtf8());
        if (c == 0)
            c = a.id.toString(QUuid::WithoutBraces).compare(b.id.toString(QUuid::WithoutBraces));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<QUuid> ids;
    for (const Requisition &r : rows)
        ids << r.id;
    return ids;
}

qint64 tableCount(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class tst_RequisitionRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // the paging data set (Sync writes)
    QList<Requisition> m_all;
    int m_fileCounter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_fileCounter)));
        if (!db)
            qFatal("open failed");
        return std::move(*db);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = freshDb();
        for (int i = 0; i < kRows; ++i)
            m_all << TestData::requisition(kSeed, i);
        RequisitionRepository repo(*m_db);
        QVERIFY(repo.saveAll(m_all, WriteOrigin::Sync).ok());
    }

    void roundTrip()
    {
        RequisitionRepository repo(*m_db);
        for (int i = 0; i < 20; ++i) {
            auto found = repo.find(m_all.at(i).id);
            QVERIFY(found.ok());
            QCOMPARE(*found, m_all.at(i));
        }
        auto missing = repo.find(QUuid::createUuid());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Core::ErrorCode::NotFound);
    }

    void syncWritesNoOutboxButBaseCopy()
    {
        OutboxRepository outbox(*m_db);
        QCOMPARE(*outbox.pendingCount(), 0);
        SyncStateRepository state(*m_db);
        auto base = state.baseCopy(QStringLiteral("requisition"), m_all.first().id);
        QVERIFY(base.ok() && base->has_value());
        QCOMPARE((*base)->version, m_all.first().version);
        QCOMPARE((*base)->data.value(QStringLiteral("title")).toString(), m_all.first().title);
    }

    void findSamePosting()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        Requisition stored = TestData::requisition(9, 1);
        stored.externalId.clear();
        QVERIFY(repo.save(stored, WriteOrigin::LocalEdit).ok());

        Requisition again = stored; // the same posting imported again gets a new id
        again.id = QUuid::createUuid();
        for (Core::PayBand &band : again.bands)
            band.id = QUuid::createUuid();
        again.title = again.title.toUpper();
        auto same = repo.findSamePosting(again);
        QVERIFY(same.ok());
        QCOMPARE(same->value_or(QUuid()), stored.id);

        Requisition otherPay = again;
        if (!otherPay.bands.isEmpty())
            otherPay.bands.first().maxMinor += 100;
        else
            otherPay.sections.overview += QStringLiteral(" (changed)");
        QVERIFY(!repo.findSamePosting(otherPay)->has_value());

        Requisition otherBoardJob = again;
        otherBoardJob.externalId = QStringLiteral("gh-4471");
        QVERIFY(!repo.findSamePosting(otherBoardJob)->has_value());
        otherBoardJob.id = QUuid::createUuid();
        QVERIFY(repo.save(otherBoardJob, WriteOrigin::LocalEdit).ok());
        Requisition sameBoardJob = otherBoardJob;
        sameBoardJob.id = QUuid::createUuid();
        sameBoardJob.sections.overview = QStringLiteral("edited on the board since");
        QCOMPARE(repo.findSamePosting(sameBoardJob)->value_or(QUuid()), otherBoardJob.id);
    }

    void localInsertWritesOutbox()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        Requisition r = TestData::requisition(7, 1);
        r.version = 0;
        QVERIFY(repo.save(r, WriteOrigin::LocalEdit).ok());
        OutboxRepository outbox(*db);
        auto pending = outbox.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        const OutboxEntry e = pending->first();
        QCOMPARE(e.op, OutboxOp::Insert);
        QCOMPARE(e.entity, QStringLiteral("requisition"));
        QCOMPARE(e.entityId, r.id);
        QCOMPARE(e.baseVersion, 0);
        QVERIFY(!e.mutationId.isNull());
        QCOMPARE(e.changes.value(QStringLiteral("title")).toString(), r.title);
        QCOMPARE(e.changes.value(QStringLiteral("status")).toString(),
                 Core::requisitionStatusName(r.status));
        QVERIFY(e.changes.contains(QStringLiteral("hiring_team")));
        QVERIFY(e.changes.contains(QStringLiteral("bands")));
        QVERIFY(!e.changes.contains(QStringLiteral("version")));
    }

    void localUpdateWritesChangedFieldsOnly()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        Requisition r = TestData::requisition(8, 1);
        r.version = 17;
        r.status = RequisitionStatus::Open;
        QVERIFY(repo.save(r, WriteOrigin::Sync).ok());
        Requisition edited = r;
        edited.title = QStringLiteral("Renamed role");
        edited.status = RequisitionStatus::OnHold;
        edited.statusReason = QStringLiteral("budget review");
        edited.version = 99; // a caller's stale copy must not move the base version
        QVERIFY(repo.save(edited, WriteOrigin::LocalEdit).ok());
        OutboxRepository outbox(*db);
        auto pending = outbox.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        const OutboxEntry e = pending->first();
        QCOMPARE(e.op, OutboxOp::Update);
        QCOMPARE(e.baseVersion, 17);
        QStringList keys = e.changes.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("status"),
                              QStringLiteral("status_reason"),
                              QStringLiteral("title")}));
        QCOMPARE(e.changes.value(QStringLiteral("status")).toString(), QStringLiteral("on_hold"));
        auto stored = repo.find(r.id);
        QCOMPARE(stored->version, 17);
        QCOMPARE(stored->title, QStringLiteral("Renamed role"));

        // Saving the same content again is not an edit.
        QVERIFY(repo.save(*stored, WriteOrigin::LocalEdit).ok());
        QCOMPARE(*outbox.pendingCount(), 1);

        // Band edits travel as the band list, amounts in minor units.
        Requisition banded = *stored;
        if (banded.bands.isEmpty())
            banded.bands << Core::PayBand{};
        banded.bands[0].currency = QStringLiteral("USD");
        banded.bands[0].minMinor = 12345600;
        QVERIFY(repo.save(banded, WriteOrigin::LocalEdit).ok());
        pending = outbox.pending();
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(1).changes.keys(), QStringList{QStringLiteral("bands")});
        QCOMPARE(pending->at(1)
                         .changes.value(QStringLiteral("bands"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("min_minor"))
                         .toInteger(),
                 12345600);
        QVERIFY(pending->at(0).seq < pending->at(1).seq);
    }

    void removeLeavesTombstoneAndOutbox()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        Requisition r = TestData::requisition(9, 3);
        r.bands << Core::PayBand{QUuid(),
                                 QString(),
                                 QStringLiteral("IC2"),
                                 QStringLiteral("Oslo"),
                                 QStringLiteral("NOK"),
                                 Core::Period::Year,
                                 100,
                                 200,
                                 std::nullopt,
                                 QString(),
                                 QString()};
        QVERIFY(repo.save(r, WriteOrigin::Sync).ok());
        QVERIFY(tableCount(*db, QStringLiteral("pay_bands")) > 0);
        QVERIFY(repo.remove(r.id, WriteOrigin::LocalEdit).ok());
        QCOMPARE(repo.find(r.id).error().code, Core::ErrorCode::NotFound);
        QCOMPARE(tableCount(*db, QStringLiteral("pay_bands")), 0);
        QCOMPARE(tableCount(*db, QStringLiteral("location_terms")), 0);
        RequisitionFilter f;
        f.text = r.title;
        QCOMPARE(*repo.count(f), 0);
        SyncStateRepository state(*db);
        QCOMPARE(state.tombstone(QStringLiteral("requisition"), r.id)->value_or(-1), r.version);
        auto pending = OutboxRepository(*db).pending();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().op, OutboxOp::Delete);
        QCOMPARE(pending->first().baseVersion, r.version);
        QCOMPARE(repo.remove(r.id, WriteOrigin::LocalEdit).error().code, Core::ErrorCode::NotFound);

        // Saved again (an undone delete): an insert from the deletion's version, no tombstone.
        QVERIFY(repo.save(r, WriteOrigin::LocalEdit).ok());
        QCOMPARE(repo.find(r.id)->title, r.title);
        QVERIFY(!state.tombstone(QStringLiteral("requisition"), r.id)->has_value());
        pending = OutboxRepository(*db).pending();
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(1).op, OutboxOp::Insert);
        QCOMPARE(pending->at(1).baseVersion, r.version);
    }

    void failedWriteLeavesNothingHalfSaved()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        // A band location the trigger refuses stands in for any constraint failure mid-save.
        QVERIFY(db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON pay_bands"
                                        " WHEN new.location = 'FAIL' BEGIN SELECT RAISE(ABORT, "
                                        "'refused'); END"))
                        .ok());
        Requisition good = TestData::requisition(10, 1);
        Requisition bad = TestData::requisition(10, 2);
        bad.bands << Core::PayBand{QUuid(),
                                   QString(),
                                   QString(),
                                   QStringLiteral("FAIL"),
                                   QStringLiteral("USD"),
                                   Core::Period::Year,
                                   1,
                                   2,
                                   std::nullopt,
                                   QString(),
                                   QString()};
        const auto status = repo.saveAll({good, bad}, WriteOrigin::LocalEdit);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Core::ErrorCode::ConstraintViolated);
        for (const auto *table :
             {"requisitions", "pay_bands", "location_terms", "outbox", "base_copies"})
            QCOMPARE(tableCount(*db, QLatin1String(table)), 0);
        RequisitionFilter f;
        f.text = good.title;
        QCOMPARE(*repo.count(f), 0);

        // An update that fails keeps the old row and queues nothing.
        QVERIFY(repo.save(good, WriteOrigin::LocalEdit).ok());
        Requisition edited = *repo.find(good.id);
        const Requisition before = edited;
        edited.title = QStringLiteral("Should not stick");
        edited.bands << bad.bands.last();
        QVERIFY(!repo.save(edited, WriteOrigin::LocalEdit).ok());
        QCOMPARE(*repo.find(good.id), before);
        QCOMPARE(*OutboxRepository(*db).pendingCount(), 1);
        f.text = QStringLiteral("stick");
        QCOMPARE(*repo.count(f), 0);
    }

    void filtersAndPaging_data()
    {
        QTest::addColumn<RequisitionFilter>("filter");
        const auto add = [](const char *name, RequisitionFilter f) {
            QTest::newRow(name) << f;
        };
        add("all", {});
        RequisitionFilter f;
        f.text = QStringLiteral("engineer");
        add("text prefix", f);
        f = {};
        f.text = QStringLiteral("senior eng");
        add("two words", f);
        f = {};
        f.text = QStringLiteral("zurich");
        add("diacritics", f);
        f = {};
        f.statuses = {RequisitionStatus::Open, RequisitionStatus::OnHold};
        add("statuses", f);
        f = {};
        f.levels = {QStringLiteral("ic3"), QStringLiteral("IC5")};
        add("levels", f);
        f = {};
        f.location = QStringLiteral("san fran");
        add("location prefix", f);
        f = {};
        f.location = QStringLiteral("FRANCISCO");
        add("location word", f);
        f = {};
        f.location = QStringLiteral("zür");
        add("location unicode", f);
        f = {};
        f.org = QStringLiteral("engineering");
        add("org", f);
        f = {};
        f.hiringManager = QStringLiteral("ada moreno");
        add("hiring manager", f);
        f = {};
        f.payMin = 150000 * 100;
        f.currency = QStringLiteral("USD");
        add("pay min", f);
        f = {};
        f.payMin = 100000 * 100;
        f.payMax = 120000 * 100;
        f.currency = QStringLiteral("USD");
        add("pay range", f);
        f = {};
        f.currency = QStringLiteral("EUR");
        add("currency", f);
        f = {};
        f.text = QStringLiteral("engineer");
        f.statuses = {RequisitionStatus::Open, RequisitionStatus::Draft, RequisitionStatus::Filled};
        f.location = QStringLiteral("new");
        f.payMin = 90000 * 100;
        add("combined", f);
        f = {};
        f.text = QStringLiteral("no such word anywhere");
        add("nothing", f);
    }

    void filtersAndPaging()
    {
        QFETCH(RequisitionFilter, filter);
        RequisitionRepository repo(*m_db);
        for (int s = 0; s <= int(SortColumn::PayMax); ++s) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const SortColumn column = SortColumn(s);
                const QList<QUuid> want = expected(m_all, filter, column, order);
                RequisitionQuery query;
                query.filter = filter;
                query.sort = column;
                query.order = order;
                query.limit = 13;
                QList<QUuid> got;
                for (int guard = 0; guard < 1000; ++guard) {
                    auto page = repo.page(query);
                    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));
                    QVERIFY(page->rows.size() <= query.limit);
                    for (const RequisitionSummary &row : page->rows)
                        got << row.id;
                    if (!page->next)
                        break;
                    QCOMPARE(page->rows.size(), query.limit);
                    query.after = page->next;
                }
                QCOMPARE(got, want);
                QCOMPARE(*repo.count(filter), qint64(want.size()));

                // Jumping to a row gives the same rows as walking there.
                query.after.reset();
                if (want.size() > 20) {
                    const qint64 row = want.size() / 2;
                    auto cursor = repo.cursorAtRow(query, row);
                    QVERIFY(cursor.ok() && cursor->has_value());
                    query.after = *cursor;
                    auto page = repo.page(query);
                    QCOMPARE(page->rows.first().id, want.at(row));
                    QCOMPARE(*repo.rowOf(query, want.at(row)), row);
                    query.after.reset();
                    auto anchors = repo.anchors(query, 10);
                    QVERIFY(anchors.ok());
                    QCOMPARE(anchors->size(), want.size() / 10);
                    query.after = anchors->at(1);
                    QCOMPARE(repo.page(query)->rows.first().id, want.at(20));
                }
            }
        }
    }

    void pagesSeekTheSortIndex()
    {
        // Every sort column has a (column, id) index: the first page reads it in order (no sort
        // step) and a later page starts with an index seek, not a scan from the top.
        for (int s = 0; s <= int(SortColumn::PayMax); ++s) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                RequisitionQuery query;
                query.sort = SortColumn(s);
                query.order = order;
                for (const bool withCursor : {false, true}) {
                    if (withCursor)
                        query.after = PageCursor{s >= int(SortColumn::PayMin)
                                                         ? QVariant(100)
                                                         : QVariant(QStringLiteral("m")),
                                                 QUuid::createUuid()};
                    const auto [sql, binds] = RequisitionRepository::pageStatement(query);
                    QSqlQuery q(m_db->connection());
                    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
                    for (const QVariant &v : binds)
                        q.addBindValue(v);
                    QVERIFY(q.exec());
                    QString plan;
                    while (q.next())
                        plan += q.value(3).toString() + QLatin1Char('\n');
                    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
                    QVERIFY2(plan.contains(QStringLiteral("INDEX requisitions_")),
                             qPrintable(plan));
                    if (withCursor)
                        QVERIFY2(plan.contains(QStringLiteral("SEARCH r")), qPrintable(plan));
                }
            }
        }
    }

    void summaryFields()
    {
        RequisitionRepository repo(*m_db);
        RequisitionQuery query;
        query.limit = kRows;
        auto page = repo.page(query);
        QVERIFY(page.ok());
        for (const RequisitionSummary &s : page->rows) {
            const auto it = std::find_if(m_all.cbegin(), m_all.cend(), [&](const Requisition &r) {
                return r.id == s.id;
            });
            QVERIFY(it != m_all.cend());
            QCOMPARE(s.title, it->title);
            QCOMPARE(s.status, it->status);
            QCOMPARE(s.hiringManager, it->hiringTeam.hiringManager);
            QCOMPARE(s.updatedAt, it->updatedAt);
            QCOMPARE(s.firstLocation, it->locations.value(0));
            QCOMPARE(s.payCurrency, it->bands.isEmpty() ? QString() : it->bands.first().currency);
        }
    }

    void awkwardSearchText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"\"",
                              "\"senior",
                              "AND",
                              "OR engineer",
                              "NOT engineer",
                              "engineer NEAR",
                              "NEAR(engineer",
                              "*",
                              "eng*",
                              "-",
                              "title:engineer",
                              "(",
                              ")",
                              "^data",
                              "a\"b",
                              "''",
                              "zürich",
                              "ZURICH",
                              "São",
                              "401(k)",
                              "日本",
                              "c++",
                              "engineer AND",
                              "\"\"\"",
                              "{title}: x",
                              "senior   staff"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }

    void awkwardSearchText()
    {
        QFETCH(QString, text);
        RequisitionRepository repo(*m_db);
        RequisitionFilter f;
        f.text = text;
        auto count = repo.count(f);
        QVERIFY2(count.ok(), qPrintable(count.ok() ? QString() : count.error().message()));
        QCOMPARE(*count, qint64(expected(m_all, f, SortColumn::Title, Qt::AscendingOrder).size()));
        RequisitionQuery q;
        q.filter = f;
        QVERIFY(repo.page(q).ok());
    }

    void applyServerCopy()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        Requisition r = TestData::requisition(12, 1);
        r.version = 10;
        const auto first = repo.applyServerCopy(r);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));
        QCOMPARE(*first, ApplyOutcome::Applied);
        QCOMPARE(*repo.find(r.id), r);
        QCOMPARE(*repo.applyServerCopy(r), ApplyOutcome::SkippedOlder); // a replay
        Requisition older = r;
        older.version = 9;
        older.title = QStringLiteral("Stale");
        QCOMPARE(*repo.applyServerCopy(older), ApplyOutcome::SkippedOlder);
        QCOMPARE(repo.find(r.id)->title, r.title);

        // Pending local edit: local values stay, the base copy moves to the server's version.
        Requisition local = r;
        local.title = QStringLiteral("Local title");
        QVERIFY(repo.save(local, WriteOrigin::LocalEdit).ok());
        Requisition newer = r;
        newer.version = 12;
        newer.org = QStringLiteral("Server org");
        QCOMPARE(*repo.applyServerCopy(newer), ApplyOutcome::BaseOnly);
        QCOMPARE(repo.find(r.id)->title, QStringLiteral("Local title"));
        auto base = SyncStateRepository(*db).baseCopy(QStringLiteral("requisition"), r.id);
        QCOMPARE((*base)->version, 12);
        QCOMPARE((*base)->data.value(QStringLiteral("org")).toString(),
                 QStringLiteral("Server org"));

        // Deleted by the server at version 20: an older copy arriving later does not resurrect it.
        Requisition other = TestData::requisition(12, 2);
        other.version = 15;
        QCOMPARE(*repo.applyServerCopy(other), ApplyOutcome::Applied);
        QVERIFY(repo.remove(other.id, WriteOrigin::Sync).ok());
        QCOMPARE(*repo.applyServerCopy(other), ApplyOutcome::SkippedDeleted);
        QCOMPARE(repo.find(other.id).error().code, Core::ErrorCode::NotFound);
    }

    void ftsFollowsUpdates()
    {
        auto db = freshDb();
        RequisitionRepository repo(*db);
        Requisition r = TestData::requisition(11, 1);
        r.title = QStringLiteral("Quokka wrangler");
        QVERIFY(repo.save(r, WriteOrigin::Sync).ok());
        RequisitionFilter f;
        f.text = QStringLiteral("quokka");
        QCOMPARE(*repo.count(f), 1);
        r.title = QStringLiteral("Wombat wrangler");
        QVERIFY(repo.save(r, WriteOrigin::Sync).ok());
        QCOMPARE(*repo.count(f), 0);
        f.text = QStringLiteral("wombat");
        QCOMPARE(*repo.count(f), 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO requisition_fts(requisition_fts) VALUES ('integrity-check')")));
    }
};

QTEST_GUILESS_MAIN(tst_RequisitionRepository)
#include "tst_requisitionrepository.moc"
