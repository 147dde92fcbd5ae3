#include "store/requisitionrepository.h"
#include "core/wire/wirecodec.h"

#include "store/database.h"
#include "store/ftsquery.h"
#include "store/outboxrepository.h"
#include "store/recordjson.h"
#include "store/requisitionrecord.h"
#include "store/serverapply.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

const QString kEntity = QStringLiteral("requisition");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// The SQL of a sort column: `expr` orders (with the index's collation), `raw` is the value a
/// cursor keeps. Only these fixed strings ever reach SQL for sorting.
struct SortSql
{
    const char *expr;
    const char *raw;
    bool integer;
};

SortSql sortSql(SortColumn column)
{
    switch (column) {
    case SortColumn::Title:
        return {"r.title COLLATE NOCASE", "r.title", false};
    case SortColumn::Company:
        return {"r.company COLLATE NOCASE", "r.company", false};
    case SortColumn::Org:
        return {"r.org COLLATE NOCASE", "r.org", false};
    case SortColumn::Level:
        return {"r.level COLLATE NOCASE", "r.level", false};
    case SortColumn::Status:
        return {"r.status", "r.status", false};
    case SortColumn::Updated:
        return {"r.updated_at", "r.updated_at", false};
    case SortColumn::PayMin:
        return {"r.pay_min", "r.pay_min", true};
    case SortColumn::PayMax:
        return {"r.pay_max", "r.pay_max", true};
    }
    return {"r.updated_at", "r.updated_at", false};
}

/// A WHERE clause of fixed SQL with `?` placeholders and the values to bind, in order.
struct Where
{
    QStringList conditions;
    QVariantList binds;

    QString sql() const
    {
        return conditions.isEmpty()
                       ? QString()
                       : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

Where filterWhere(const RequisitionFilter &f)
{
    Where w;
    const QString match = FtsQuery::fromUserText(f.text);
    if (!match.isEmpty()) {
        w.conditions << QStringLiteral(
                "r.rid IN (SELECT rowid FROM requisition_fts WHERE requisition_fts MATCH ?)");
        w.binds << match;
    }
    if (!f.statuses.isEmpty()) {
        w.conditions << QStringLiteral("r.status IN (%1)").arg(placeholders(f.statuses.size()));
        for (RequisitionStatus s : f.statuses)
            w.binds << requisitionStatusName(s);
    }
    if (!f.levels.isEmpty()) {
        w.conditions << QStringLiteral("r.level COLLATE NOCASE IN (%1)")
                                .arg(placeholders(f.levels.size()));
        for (const QString &level : f.levels)
            w.binds << RequisitionRecord::text(level);
    }
    const QString location = RequisitionRecord::normalizeLocation(f.location);
    if (!location.isEmpty()) {
        // A range on the term index is an indexed prefix match; U+10FFFF sorts after every
        // character in UTF-8 byte order.
        w.conditions << QStringLiteral("r.id IN (SELECT requisition_id FROM location_terms"
                                       " WHERE term >= ? AND term < ?)");
        w.binds << location << QString(location + QString::fromUcs4(U"\U0010FFFF"));
    }
    if (!f.org.isEmpty()) {
        w.conditions << QStringLiteral("r.org COLLATE NOCASE = ?");
        w.binds << f.org;
    }
    if (!f.hiringManager.isEmpty()) {
        w.conditions << QStringLiteral("r.hiring_manager COLLATE NOCASE = ?");
        w.binds << f.hiringManager;
    }
    if (f.payMin || f.payMax || !f.currency.isEmpty()) {
        QStringList band{QStringLiteral("b.requisition_id = r.id")};
        if (!f.currency.isEmpty()) {
            band << QStringLiteral("b.currency = ?");
            w.binds << f.currency.toUpper();
        }
        if (f.payMin) {
            band << QStringLiteral("b.max_year >= ?");
            w.binds << *f.payMin;
        }
        if (f.payMax) {
            band << QStringLiteral("b.min_year <= ?");
            w.binds << *f.payMax;
        }
        w.conditions << QStringLiteral("EXISTS (SELECT 1 FROM pay_bands b WHERE %1)")
                                .arg(band.join(QStringLiteral(" AND ")));
    }
    return w;
}

QVariant cursorValue(const SortSql &sort, const QVariant &value)
{
    return sort.integer ? QVariant(value.toLongLong())
                        : QVariant(RequisitionRecord::text(value.toString()));
}

/// Keyset position relative to a cursor, written as `expr >= v AND (expr > v OR id > c)`:
/// SQLite turns that into an index seek for collated columns too, which a row value
/// `(expr, id) > (v, c)` with a COLLATE does not get (measured with EXPLAIN QUERY PLAN).
void addKeyset(Where &w, const SortSql &sort, bool forward, const PageCursor &cursor)
{
    const QLatin1String expr(sort.expr);
    const QLatin1String op(forward ? ">" : "<");
    w.conditions << QStringLiteral("%1 %2= ? AND (%1 %2 ? OR r.id %2 ?)").arg(expr, op);
    const QVariant value = cursorValue(sort, cursor.value);
    w.binds << value << value << idText(cursor.id);
}

QString orderBy(const SortSql &sort, Qt::SortOrder order)
{
    const QLatin1String dir(order == Qt::AscendingOrder ? "ASC" : "DESC");
    return QStringLiteral(" ORDER BY %1 %2, r.id %2").arg(QLatin1String(sort.expr), dir);
}

Status
execWith(QSqlQuery &query, const QString &sql, const QVariantList &binds, const QString &what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, what);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(query, what);
    return {};
}

Status bindAndExec(QSqlQuery &query, const QVariantList &values, const QString &what)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return sqlError(query, what);
    return {};
}

Status writeRows(QSqlDatabase db, const Requisition &r, const QVariantList &values, bool exists)
{
    const QStringList &columns = RequisitionRecord::columns();
    QSqlQuery row(db);
    if (exists) {
        QStringList sets;
        for (qsizetype i = 1; i < columns.size(); ++i)
            sets << columns.at(i) + QStringLiteral(" = ?");
        row.prepare(QStringLiteral("UPDATE requisitions SET %1 WHERE id = ?")
                            .arg(sets.join(QStringLiteral(", "))));
        QVariantList binds = values.mid(1);
        binds << values.at(0);
        if (auto s = bindAndExec(row, binds, QStringLiteral("update requisition")); !s)
            return s;
    } else {
        row.prepare(QStringLiteral("INSERT INTO requisitions(%1) VALUES (%2)")
                            .arg(columns.join(QStringLiteral(", ")), placeholders(columns.size())));
        if (auto s = bindAndExec(row, values, QStringLiteral("insert requisition")); !s)
            return s;
    }
    const QString id = idText(r.id);
    if (exists) {
        for (const auto *table : {"pay_bands", "location_terms"}) {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM %1 WHERE requisition_id = ?")
                                .arg(QLatin1String(table)));
            del.addBindValue(id);
            if (!del.exec())
                return sqlError(del, QStringLiteral("replace requisition children"));
        }
    }
    QSqlQuery band(db);
    band.prepare(QStringLiteral("INSERT INTO pay_bands(%1) VALUES (%2)")
                         .arg(RequisitionRecord::bandColumns().join(QStringLiteral(", ")),
                              placeholders(RequisitionRecord::bandColumns().size())));
    for (const QVariantList &values : RequisitionRecord::bandRows(r)) {
        if (auto s = bindAndExec(band, values, QStringLiteral("insert pay band")); !s)
            return s;
    }
    QSqlQuery term(db);
    term.prepare(QStringLiteral("INSERT INTO location_terms(term, requisition_id) VALUES (?, ?)"));
    for (const QString &t : RequisitionRecord::locationTerms(r)) {
        if (auto s = bindAndExec(term, {t, id}, QStringLiteral("insert location term")); !s)
            return s;
    }
    return {};
}

RequisitionSummary summaryFrom(const QSqlQuery &q)
{
    RequisitionSummary s;
    s.id = QUuid::fromString(q.value(0).toString());
    s.title = q.value(1).toString();
    s.company = q.value(2).toString();
    s.org = q.value(3).toString();
    s.level = q.value(4).toString();
    s.status = requisitionStatusFromName(q.value(5).toString()).value_or(RequisitionStatus::Draft);
    s.firstLocation = q.value(6).toString();
    s.hiringManager = q.value(7).toString();
    s.payMin = q.value(8).toLongLong();
    s.payMax = q.value(9).toLongLong();
    s.payCurrency = q.value(10).toString();
    s.updatedAt = RecordJson::timeFromText(q.value(11).toString());
    return s;
}

} // namespace

RequisitionRepository::RequisitionRepository(Database &database)
    : m_database(database)
{}

Result<std::optional<Requisition>> RequisitionRepository::load(QSqlDatabase db, const QUuid &id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT id, title, company, org, team, level, locations, employment_type,"
            " workplace_type, status, status_reason, headcount, openings, hiring_manager,"
            " recruiter, coordinator, sections, external_id, source_url, employer_size, posted_on,"
            " closes_on, created_at, updated_at, version FROM requisitions WHERE id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("read requisition"));
    if (!q.next())
        return std::optional<Requisition>();
    Requisition r;
    r.id = QUuid::fromString(q.value(0).toString());
    r.title = q.value(1).toString();
    r.company = q.value(2).toString();
    r.org = q.value(3).toString();
    r.team = q.value(4).toString();
    r.level = q.value(5).toString();
    r.locations = RecordJson::stringListFromText(q.value(6).toString());
    r.employmentType = q.value(7).toString();
    r.workplaceType = q.value(8).toString();
    r.status = requisitionStatusFromName(q.value(9).toString()).value_or(RequisitionStatus::Draft);
    r.statusReason = q.value(10).toString();
    r.headcount = q.value(11).toInt();
    r.openings = q.value(12).toInt();
    r.hiringTeam.hiringManager = q.value(13).toString();
    r.hiringTeam.recruiter = q.value(14).toString();
    r.hiringTeam.coordinator = q.value(15).toString();
    r.sections = RecordJson::sectionsFromJson(
            QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object());
    r.externalId = q.value(17).toString();
    r.sourceUrl = q.value(18).toString();
    if (!q.value(19).isNull())
        r.employerSize = q.value(19).toInt();
    r.postedOn = QDate::fromString(q.value(20).toString(), Qt::ISODate);
    r.closesOn = QDate::fromString(q.value(21).toString(), Qt::ISODate);
    r.createdAt = RecordJson::timeFromText(q.value(22).toString());
    r.updatedAt = RecordJson::timeFromText(q.value(23).toString());
    r.version = q.value(24).toLongLong();

    QSqlQuery b(db);
    b.setForwardOnly(true);
    b.prepare(QStringLiteral(
            "SELECT id, job_family, level, location, currency, period, min_minor, max_minor,"
            " mid_minor, source_text, note FROM pay_bands WHERE requisition_id = ? ORDER BY ord"));
    b.addBindValue(idText(id));
    if (!b.exec())
        return sqlError(b, QStringLiteral("read pay bands"));
    while (b.next()) {
        PayBand band;
        if (!b.value(0).isNull())
            band.id = QUuid::fromString(b.value(0).toString());
        band.jobFamily = b.value(1).toString();
        band.level = b.value(2).toString();
        band.location = b.value(3).toString();
        band.currency = b.value(4).toString();
        band.period = periodFromName(b.value(5).toString()).value_or(Period::Year);
        band.minMinor = b.value(6).toLongLong();
        band.maxMinor = b.value(7).toLongLong();
        if (!b.value(8).isNull())
            band.midMinor = b.value(8).toLongLong();
        band.sourceText = b.value(9).toString();
        band.note = b.value(10).toString();
        r.bands.append(band);
    }
    return std::optional<Requisition>(r);
}

Status RequisitionRepository::saveInTransaction(QSqlDatabase db,
                                                const Requisition &input,
                                                WriteOrigin origin)
{
    if (input.id.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a requisition needs an id"));
    auto existing = load(db, input.id);
    if (!existing)
        return existing.error();
    Requisition r = input;
    if (origin == WriteOrigin::LocalEdit) {
        // A local edit never changes the server version; it stays the base of the edit.
        r.version = existing->has_value() ? (*existing)->version : 0;
    }
    if (auto s = writeRows(db, r, RequisitionRecord::rowValues(r), existing->has_value()); !s)
        return s;

    if (origin == WriteOrigin::LocalEdit) {
        const QJsonObject after = WireCodec::toJson(r);
        OutboxEntry entry;
        entry.entity = kEntity;
        entry.entityId = r.id;
        if (existing->has_value()) {
            const QJsonObject before = WireCodec::toJson(**existing);
            entry.op = OutboxOp::Update;
            entry.changes = RecordJson::changedFields(before, after);
            entry.baseVersion = (*existing)->version;
            if (entry.changes.isEmpty())
                return {}; // nothing a user changed: nothing to upload
            // The row held the last server copy: it stays as the edit's base.
            if (auto s = SyncStateRepository::keepBaseCopy(
                        db, BaseCopy{kEntity, r.id, entry.baseVersion, before});
                !s)
                return s;
        } else {
            entry.op = OutboxOp::Insert;
            entry.changes = RecordJson::insertFields(after);
            // Created again after a deletion seen here (an undone delete): the insert names the
            // deletion's version so the server restores the record instead of reporting an
            // edit_delete conflict, unless someone else wrote it since (docs/sync-protocol.md).
            auto deleted = SyncStateRepository::takeTombstone(db, kEntity, r.id);
            if (!deleted)
                return deleted.error();
            entry.baseVersion = deleted->value_or(0);
        }
        return OutboxRepository::append(db, entry);
    }
    if (auto s = SyncStateRepository::removeTombstone(db, kEntity, r.id); !s)
        return s;
    // The row is the server copy now, so it is the base; a copy kept for edits goes.
    return SyncStateRepository::removeBaseCopy(db, kEntity, r.id);
}

Status RequisitionRepository::save(const Requisition &requisition, WriteOrigin origin)
{
    return saveAll({requisition}, origin);
}

Status RequisitionRepository::saveAll(const QList<Requisition> &requisitions, WriteOrigin origin)
{
    Transaction tx(m_database.connection());
    if (auto s = tx.begin(); !s)
        return s;
    for (const Requisition &r : requisitions) {
        if (auto s = saveInTransaction(m_database.connection(), r, origin); !s)
            return s;
    }
    return tx.commit();
}

Result<ApplyOutcome> RequisitionRepository::applyServerCopy(const Requisition &server)
{
    return Internal::applyServerCopy(
            m_database.connection(), kEntity, server, [](QSqlDatabase db, const Requisition &r) {
                return saveInTransaction(db, r, WriteOrigin::Sync);
            });
}

Result<Requisition> RequisitionRepository::find(const QUuid &id) const
{
    auto found = load(m_database.connection(), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no requisition %1").arg(idText(id)));
    return **found;
}

Status RequisitionRepository::remove(const QUuid &id, WriteOrigin origin)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto existing = load(db, id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no requisition %1").arg(idText(id)));
    const qint64 version = (*existing)->version;
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM requisitions WHERE id = ?"));
    del.addBindValue(idText(id));
    if (!del.exec())
        return sqlError(del, QStringLiteral("delete requisition"));
    if (auto s = SyncStateRepository::putTombstone(db, kEntity, id, version); !s)
        return s;
    if (origin == WriteOrigin::LocalEdit) {
        OutboxEntry entry;
        entry.entity = kEntity;
        entry.entityId = id;
        entry.op = OutboxOp::Delete;
        entry.baseVersion = version;
        if (auto s = SyncStateRepository::keepBaseCopy(
                    db, BaseCopy{kEntity, id, version, WireCodec::toJson(**existing)});
            !s)
            return s;
        if (auto s = OutboxRepository::append(db, entry); !s)
            return s;
    } else if (auto s = SyncStateRepository::removeBaseCopy(db, kEntity, id); !s) {
        return s;
    }
    return tx.commit();
}

Result<qint64> RequisitionRepository::count(const RequisitionFilter &filter) const
{
    const Where w = filterWhere(filter);
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q,
                          QStringLiteral("SELECT count(*) FROM requisitions r") + w.sql(),
                          w.binds,
                          QStringLiteral("count requisitions"));
        !s)
        return s.error();
    if (!q.next())
        return sqlError(q, QStringLiteral("count requisitions"));
    return q.value(0).toLongLong();
}

QPair<QString, QVariantList> RequisitionRepository::pageStatement(const RequisitionQuery &query)
{
    const SortSql sort = sortSql(query.sort);
    Where w = filterWhere(query.filter);
    if (query.after)
        addKeyset(w, sort, query.order == Qt::AscendingOrder, *query.after);
    const int limit = std::max(1, query.limit);
    const QString sql = QStringLiteral("SELECT r.id, r.title, r.company, r.org, r.level, r.status,"
                                       " r.first_location, r.hiring_manager, r.pay_min, r.pay_max,"
                                       " r.pay_currency, r.updated_at, %1 FROM requisitions r")
                                .arg(QLatin1String(sort.raw))
                        + w.sql() + orderBy(sort, query.order) + QStringLiteral(" LIMIT ?");
    QVariantList binds = w.binds;
    binds << limit + 1; // one extra row says whether there is a next page
    return {sql, binds};
}

Result<RequisitionPage> RequisitionRepository::page(const RequisitionQuery &query) const
{
    const int limit = std::max(1, query.limit);
    const auto [sql, binds] = pageStatement(query);
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q, sql, binds, QStringLiteral("page requisitions")); !s)
        return s.error();
    RequisitionPage page;
    QVariant lastValue;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = PageCursor{lastValue, page.rows.constLast().id};
            break;
        }
        page.rows.append(summaryFrom(q));
        lastValue = q.value(12);
    }
    return page;
}

Result<qint64> RequisitionRepository::rowOf(const RequisitionQuery &query, const QUuid &id) const
{
    const SortSql sort = sortSql(query.sort);
    Where w = filterWhere(query.filter);
    w.conditions << QStringLiteral("r.id = ?");
    w.binds << idText(id);
    QSqlQuery q(m_database.connection());
    if (auto s
        = execWith(q,
                   QStringLiteral("SELECT %1 FROM requisitions r").arg(QLatin1String(sort.raw))
                           + w.sql(),
                   w.binds,
                   QStringLiteral("find row"));
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("requisition %1 is not in the list").arg(idText(id)));
    const PageCursor at{q.value(0), id};
    Where before = filterWhere(query.filter);
    addKeyset(before, sort, query.order != Qt::AscendingOrder, at);
    QSqlQuery c(m_database.connection());
    if (auto s = execWith(c,
                          QStringLiteral("SELECT count(*) FROM requisitions r") + before.sql(),
                          before.binds,
                          QStringLiteral("count rows before"));
        !s)
        return s.error();
    if (!c.next())
        return sqlError(c, QStringLiteral("count rows before"));
    return c.value(0).toLongLong();
}

Result<std::optional<PageCursor>> RequisitionRepository::cursorAtRow(const RequisitionQuery &query,
                                                                     qint64 row) const
{
    if (row <= 0)
        return std::optional<PageCursor>();
    const SortSql sort = sortSql(query.sort);
    const Where w = filterWhere(query.filter);
    const QString sql
            = QStringLiteral("SELECT %1, r.id FROM requisitions r").arg(QLatin1String(sort.raw))
              + w.sql() + orderBy(sort, query.order) + QStringLiteral(" LIMIT 1 OFFSET ?");
    QVariantList binds = w.binds;
    binds << row - 1;
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q, sql, binds, QStringLiteral("seek row")); !s)
        return s.error();
    if (!q.next())
        return std::optional<PageCursor>();
    return std::optional<PageCursor>(
            PageCursor{q.value(0), QUuid::fromString(q.value(1).toString())});
}

Result<QList<PageCursor>> RequisitionRepository::anchors(const RequisitionQuery &query,
                                                         qint64 stride) const
{
    if (stride <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("anchor stride must be positive"));
    const SortSql sort = sortSql(query.sort);
    const Where w = filterWhere(query.filter);
    const QLatin1String dir(query.order == Qt::AscendingOrder ? "ASC" : "DESC");
    const QString sql = QStringLiteral("SELECT v, id FROM (SELECT %1 AS v, r.id AS id, row_number()"
                                       " OVER (ORDER BY %2 %3, r.id %3) AS rn FROM requisitions r")
                                .arg(QLatin1String(sort.raw), QLatin1String(sort.expr), dir)
                        + w.sql() + QStringLiteral(") WHERE rn % ? = 0 ORDER BY rn");
    QVariantList binds = w.binds;
    binds << stride;
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q, sql, binds, QStringLiteral("anchor rows")); !s)
        return s.error();
    QList<PageCursor> list;
    while (q.next())
        list.append(PageCursor{q.value(0), QUuid::fromString(q.value(1).toString())});
    return list;
}

Status RequisitionRepository::forEach(const std::function<bool(const Requisition &)> &visit) const
{
    constexpr int kBatch = 500;
    QSqlDatabase db = m_database.connection();
    QString after = QStringLiteral(""); // not a null QString: that would bind NULL
    for (;;) {
        // Ids first, then whole records: a batch never holds a read cursor open across visits.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM requisitions WHERE id > ? ORDER BY id LIMIT ?"));
        q.addBindValue(after);
        q.addBindValue(kBatch);
        if (!q.exec())
            return sqlError(q, QStringLiteral("list requisitions"));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        for (const QString &id : std::as_const(ids)) {
            auto loaded = load(db, QUuid::fromString(id));
            if (!loaded)
                return loaded.error();
            if (loaded->has_value() && !visit(**loaded))
                return {};
        }
        if (ids.size() < kBatch)
            return {};
        after = ids.last();
    }
}

namespace {

// Bands compared by what a person reads in the posting, not by their generated ids.
bool sameBands(const QList<PayBand> &a, const QList<PayBand> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const PayBand &x = a.at(i);
        const PayBand &y = b.at(i);
        if (x.level != y.level || x.location != y.location || x.currency != y.currency
            || x.period != y.period || x.minMinor != y.minMinor || x.maxMinor != y.maxMinor)
            return false;
    }
    return true;
}

} // namespace

Result<std::optional<QUuid>> RequisitionRepository::findSamePosting(const Requisition &r) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The title index narrows it to a handful of rows; the rest is compared in full.
    q.prepare(QStringLiteral("SELECT id, external_id FROM requisitions"
                             " WHERE title = ? COLLATE NOCASE AND company = ? COLLATE NOCASE"));
    q.addBindValue(r.title);
    q.addBindValue(r.company);
    if (!q.exec())
        return sqlError(q, QStringLiteral("find same posting"));
    QList<QPair<QUuid, QString>> candidates;
    while (q.next())
        candidates.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString()});
    q.finish();
    for (const auto &[id, externalId] : std::as_const(candidates)) {
        if (!r.externalId.isEmpty() || !externalId.isEmpty()) {
            if (r.externalId == externalId)
                return std::optional<QUuid>(id);
            continue;
        }
        auto stored = load(db, id);
        if (!stored)
            return stored.error();
        if (stored->has_value() && sameBands((*stored)->bands, r.bands)
            && (*stored)->sections == r.sections)
            return std::optional<QUuid>(id);
    }
    return std::optional<QUuid>();
}

} // namespace Reqdesk::Store
