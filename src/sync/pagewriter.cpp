#include "sync/pagewriter.h"

#include "core/wire/wirecodec.h"
#include "store/database.h"
#include "store/recordjson.h"
#include "store/requisitionrecord.h"
#include "store/sqlerror.h"
#include "store/sqlitestatement.h"
#include "store/syncstaterepository.h"
#include "sync/pullapplier.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace Reqdesk::Sync {

using Core::WireCodec;
using Store::RecordJson;
using Store::RequisitionRecord;
using Store::SyncStateRepository;

namespace {

const auto kLenient = Core::Strictness::Lenient;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

/// The rows `sql` returns for the page's ids (one `?` for their JSON array, after `prefix`
/// binds), keyed by the first column.
Core::Result<QHash<QString, QVariantList>>
lookup(QSqlDatabase db, const QString &sql, const QVariantList &prefix, const QString &idsJson)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Store::sqlError(q, QStringLiteral("look up a page"));
    for (const QVariant &value : prefix)
        q.addBindValue(value);
    q.addBindValue(idsJson);
    if (!q.exec())
        return Store::sqlError(q, QStringLiteral("look up a page"));
    QHash<QString, QVariantList> rows;
    while (q.next()) {
        QVariantList values;
        for (int i = 1; i < q.record().count(); ++i)
            values << q.value(i);
        rows.insert(q.value(0).toString(), values);
    }
    return rows;
}

/// Statements prepared once per page with SQLite's API (Store::SqliteStatement: values bound
/// by type as UTF-8, none of Qt SQL's per-value overhead); each exec binds positionally.
class Statements final
{
public:
    explicit Statements(sqlite3 *db)
        : m_db(db)
    {}

    Core::Status run(const QString &key, const QString &sql, const QVariantList &values)
    {
        auto found = m_statements.find(key);
        if (found == m_statements.end()) {
            found = m_statements.emplace(key, std::make_unique<Store::SqliteStatement>()).first;
            if (auto s = found->second->prepare(m_db, sql, key); !s) {
                m_statements.erase(found);
                return s;
            }
        }
        return found->second->exec(values);
    }

private:
    sqlite3 *m_db;
    std::map<QString, std::unique_ptr<Store::SqliteStatement>> m_statements;
};

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(RecordJson::timeText(t)) : QVariant();
}

void appendMoney(QVariantList &values, const std::optional<Core::Money> &m)
{
    values << (m ? QVariant(m->minor) : QVariant())
           << (m ? QVariant(RequisitionRecord::text(m->currency)) : QVariant())
           << (m ? QVariant(Core::periodName(m->period)) : QVariant());
}

// The rows below are exactly what the repositories write for a server copy of a record the
// cache does not hold (RequisitionRepository::saveInTransaction, CandidateRepository's
// saveOne, ApplicationRepository's writeServerCopy, addEvent and addNote with
// WriteOrigin::Sync); the comparison test (tst_pagewriter) keeps them so.

/// The pay bands of a requisition whose row is written.
Core::Status writeBands(Statements &sql, const Core::Requisition &r)
{
    static const QString insert
            = QStringLiteral("INSERT INTO pay_bands(%1) VALUES (%2)")
                      .arg(RequisitionRecord::bandColumns().join(QStringLiteral(", ")),
                           placeholders(RequisitionRecord::bandColumns().size()));
    for (const QVariantList &band : RequisitionRecord::bandRows(r)) {
        if (auto s = sql.run(QStringLiteral("insert pay band"), insert, band); !s)
            return s;
    }
    return {};
}

/// The location terms of a requisition whose row is written.
Core::Status writeTerms(Statements &sql, const Core::Requisition &r)
{
    const QString id = idText(r.id);
    for (const QString &term : RequisitionRecord::locationTerms(r)) {
        if (auto s = sql.run(QStringLiteral("insert location term"),
                             QStringLiteral("INSERT INTO location_terms(term, requisition_id)"
                                            " VALUES (?, ?)"),
                             {term, id});
            !s)
            return s;
    }
    return {};
}

/// Bands and location terms of a requisition whose row is written.
Core::Status writeChildren(Statements &sql, const Core::Requisition &r)
{
    if (auto s = writeBands(sql, r); !s)
        return s;
    return writeTerms(sql, r);
}

/// True when the FTS index follows requisitions by trigger (false while a snapshot into an
/// empty cache has set the triggers aside: Store::DeferredIndexes).
Core::Result<bool> ftsTriggers(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger'"
                               " AND name = 'requisitions_fts_insert')"))
        || !q.next())
        return Store::sqlError(q, QStringLiteral("look for the FTS triggers"));
    return q.value(0).toBool();
}

/// The requisition rows of a page, then bands and location terms row by row. With the FTS
/// triggers in place the rows go in one statement: the trigger then fills the index for the
/// whole page, and FTS5 writes its pending terms once (it flushes them at every statement
/// savepoint, which a statement per row would open 500 times). Without them (a snapshot into
/// an empty cache, indexed once at its end) a statement per row costs less than building and
/// parsing the page's JSON.
Core::Status
insertRequisitions(Statements &sql, const QList<Core::Requisition> &page, bool withFtsTriggers)
{
    const QStringList &columns = RequisitionRecord::columns();
    if (withFtsTriggers) {
        QJsonArray rows;
        for (const Core::Requisition &r : page) {
            QJsonArray values;
            for (const QVariant &value : RequisitionRecord::rowValues(r))
                values.append(QJsonValue::fromVariant(value));
            rows.append(values);
        }
        QStringList extract;
        for (qsizetype i = 0; i < columns.size(); ++i)
            extract << QStringLiteral("value ->> %1").arg(i);
        // json_each walks the array in order, so rids are given in page order as row by row.
        if (auto s
            = sql.run(QStringLiteral("insert requisitions"),
                      QStringLiteral("INSERT INTO requisitions(%1) SELECT %2 FROM json_each(?)"
                                     " ORDER BY key")
                              .arg(columns.join(QStringLiteral(", ")),
                                   extract.join(QStringLiteral(", "))),
                      {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
            !s)
            return s;
    } else {
        const QString insert
                = QStringLiteral("INSERT INTO requisitions(%1) VALUES (%2)")
                          .arg(columns.join(QStringLiteral(", ")), placeholders(columns.size()));
        for (const Core::Requisition &r : page) {
            if (auto s = sql.run(QStringLiteral("insert requisition"),
                                 insert,
                                 RequisitionRecord::rowValues(r));
                !s)
                return s;
        }
    }
    for (const Core::Requisition &r : page) {
        if (auto s = writeChildren(sql, r); !s)
            return s;
    }
    return {};
}

/// Two stored values are the same when both are NULL or neither is and their texts match
/// (SQLite gives integers back as integers, the records bind some as text).
bool sameValue(const QVariant &before, const QVariant &after)
{
    if (before.isNull() || after.isNull())
        return before.isNull() == after.isNull();
    return before.toString() == after.toString();
}

/// A requisition the cache holds at an older version, as RequisitionRepository writes a server
/// copy over it (its row, then its bands and location terms anew), except that only what
/// differs is written: the UPDATE sets only the columns whose values differ from `stored` (the
/// cached values of columns() from the second on), so indexes over unchanged columns are not
/// touched; bands equal to `storedBands` (the cached rows of bandColumns()) stay, and so do
/// the location terms when the bands and the locations are unchanged (the terms derive from
/// those alone). The rows end the same as the repository's; a changed record touches fewer
/// pages (a round's cost then depends less on the size of the cache, P3). The four full-text
/// columns go together or not at all: when one of them changed the FTS trigger re-indexes the
/// posting as before; an unchanged posting needs no re-indexing (same index either way,
/// without tokenising the text twice).
Core::Status updateRequisition(Statements &sql,
                               const Core::Requisition &r,
                               const QVariantList &stored,
                               const QList<QVariantList> &storedBands)
{
    const QStringList &columns = RequisitionRecord::columns();
    const QVariantList values = RequisitionRecord::rowValues(r);
    const QStringList ftsColumns = {QStringLiteral("title"),
                                    QStringLiteral("org"),
                                    QStringLiteral("locations_text"),
                                    QStringLiteral("body_text")};
    const auto differs = [&](qsizetype i) {
        return !sameValue(stored.value(i - 1), values.at(i));
    };
    bool ftsChanged = false;
    for (const QString &column : ftsColumns)
        ftsChanged = ftsChanged || differs(columns.indexOf(column));
    QStringList sets;
    QVariantList binds;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        const bool fts = ftsColumns.contains(columns.at(i));
        if ((fts && !ftsChanged) || (!fts && !differs(i)))
            continue;
        sets << columns.at(i) + QStringLiteral(" = ?");
        binds << values.at(i);
    }
    if (!sets.isEmpty()) {
        binds << values.at(0);
        const QString list = sets.join(QStringLiteral(", "));
        if (auto s = sql.run(QStringLiteral("update requisition ") + list,
                             QStringLiteral("UPDATE requisitions SET %1 WHERE id = ?").arg(list),
                             binds);
            !s)
            return s;
    }
    const QList<QVariantList> bands = RequisitionRecord::bandRows(r);
    bool bandsSame = bands.size() == storedBands.size();
    for (qsizetype i = 0; bandsSame && i < bands.size(); ++i) {
        const QVariantList &band = bands.at(i);
        bandsSame = band.size() == storedBands.at(i).size();
        for (qsizetype k = 0; bandsSame && k < band.size(); ++k)
            bandsSame = sameValue(storedBands.at(i).at(k), band.at(k));
    }
    const bool termsSame = bandsSame && !differs(columns.indexOf(QStringLiteral("locations")));
    const auto clear = [&](const char *table) {
        return sql.run(
                QStringLiteral("clear ") + QLatin1String(table),
                QStringLiteral("DELETE FROM %1 WHERE requisition_id = ?").arg(QLatin1String(table)),
                {values.at(0)});
    };
    if (!bandsSame) {
        if (auto s = clear("pay_bands"); !s)
            return s;
        if (auto s = writeBands(sql, r); !s)
            return s;
    }
    if (!termsSame) {
        if (auto s = clear("location_terms"); !s)
            return s;
        if (auto s = writeTerms(sql, r); !s)
            return s;
    }
    return {};
}

Core::Status insertCandidate(Statements &sql, const Core::Candidate &c)
{
    if (auto s
        = sql.run(QStringLiteral("insert candidate"),
                  QStringLiteral("INSERT INTO candidates(id, name, emails, phones, links, source,"
                                 " tags, created_at, updated_at, version)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                                 " emails = excluded.emails, phones = excluded.phones,"
                                 " links = excluded.links, source = excluded.source,"
                                 " tags = excluded.tags, created_at = excluded.created_at,"
                                 " updated_at = excluded.updated_at, version = excluded.version"),
                  {idText(c.id),
                   RequisitionRecord::text(c.name),
                   RecordJson::stringListToText(c.emails),
                   RecordJson::stringListToText(c.phones),
                   RecordJson::stringListToText(c.links),
                   RequisitionRecord::text(c.source),
                   RecordJson::stringListToText(c.tags),
                   timeOrNull(c.createdAt),
                   RequisitionRecord::text(RecordJson::timeText(c.updatedAt)),
                   c.version});
        !s)
        return s;
    return {};
}

Core::Status insertApplication(Statements &sql, const Core::Application &a)
{
    QVariantList values{idText(a.id),
                        idText(a.candidateId),
                        idText(a.requisitionId),
                        Core::stageName(a.stage),
                        RequisitionRecord::text(a.exitReason)};
    appendMoney(values, a.expectedSalary);
    appendMoney(values, a.offer);
    values << RequisitionRecord::text(RecordJson::timeText(a.appliedAt))
           << timeOrNull(a.stageChangedAt)
           << RequisitionRecord::text(RecordJson::timeText(a.updatedAt)) << a.version;
    if (auto s
        = sql.run(QStringLiteral("insert application"),
                  QStringLiteral(
                          "INSERT INTO applications(id, candidate_id, requisition_id,"
                          " stage, exit_reason, expected_salary_minor,"
                          " expected_salary_currency, expected_salary_period, offer_minor,"
                          " offer_currency, offer_period, applied_at, stage_changed_at,"
                          " updated_at, version)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT(id) DO UPDATE SET candidate_id = excluded.candidate_id,"
                          " requisition_id = excluded.requisition_id, stage = excluded.stage,"
                          " exit_reason = excluded.exit_reason,"
                          " expected_salary_minor = excluded.expected_salary_minor,"
                          " expected_salary_currency = excluded.expected_salary_currency,"
                          " expected_salary_period = excluded.expected_salary_period,"
                          " offer_minor = excluded.offer_minor,"
                          " offer_currency = excluded.offer_currency,"
                          " offer_period = excluded.offer_period,"
                          " applied_at = excluded.applied_at,"
                          " stage_changed_at = excluded.stage_changed_at,"
                          " updated_at = excluded.updated_at, version = excluded.version"),
                  values);
        !s)
        return s;
    return {};
}

Core::Status insertEvent(Statements &sql, const Core::StageEvent &e)
{
    return sql.run(QStringLiteral("insert stage event"),
                   QStringLiteral("INSERT INTO stage_events(id, application_id, from_stage,"
                                  " to_stage, at, by_user, reason, version)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {idText(e.id),
                    idText(e.applicationId),
                    e.from ? QVariant(Core::stageName(*e.from)) : QVariant(),
                    Core::stageName(e.to),
                    RequisitionRecord::text(RecordJson::timeText(e.at)),
                    RequisitionRecord::text(e.by),
                    RequisitionRecord::text(e.reason),
                    e.version});
}

Core::Status insertNote(Statements &sql, const Core::Note &n)
{
    return sql.run(QStringLiteral("insert note"),
                   QStringLiteral("INSERT INTO notes(id, application_id, author, at, text,"
                                  " version) VALUES (?, ?, ?, ?, ?, ?)"),
                   {idText(n.id),
                    idText(n.applicationId),
                    RequisitionRecord::text(n.author),
                    RequisitionRecord::text(RecordJson::timeText(n.at)),
                    RequisitionRecord::text(n.text),
                    n.version});
}

} // namespace

PageWriter::PageWriter(Store::Database &database, RoundReport &report, QSet<QString> &changed)
    : m_database(database)
    , m_report(report)
    , m_changed(changed)
{}

Core::Status PageWriter::applyPage(const QString &entity, const QJsonArray &records)
{
    const QString table = SyncStateRepository::tableOf(entity);
    PullApplier applier(m_database, m_report, m_changed);
    const QString upsert = QStringLiteral("upsert");
    if (table.isEmpty() || records.isEmpty()) {
        // Conflicts (and anything unknown) keep the general path.
        for (const QJsonValue &record : records) {
            if (auto s = applier.apply(entity, upsert, record.toObject()); !s)
                return s;
        }
        return {};
    }
    QSqlDatabase db = m_database.connection();
    QJsonArray ids;
    for (const QJsonValue &record : records) {
        const QUuid id
                = QUuid::fromString(record.toObject().value(QStringLiteral("id")).toString());
        if (!id.isNull())
            ids.append(idText(id));
    }
    const QString idsJson = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    const QString inPage = QStringLiteral(" IN (SELECT value FROM json_each(?))");
    // The table name comes from tableOf's fixed list, never from the wire.
    const bool isRequisition = entity == QLatin1String("requisition");
    // For requisitions every stored column comes along: an update writes only what differs.
    const QString storedColumns
            = isRequisition
                      ? QStringLiteral(", ")
                                + RequisitionRecord::columns().mid(1).join(QStringLiteral(", "))
                      : QString();
    auto stored = lookup(
            db,
            QStringLiteral("SELECT id, version%1 FROM %2 WHERE id").arg(storedColumns, table)
                    + inPage,
            {},
            idsJson);
    if (!stored)
        return stored.error();
    auto deleted = lookup(db,
                          QStringLiteral("SELECT entity_id FROM tombstones WHERE entity = ?"
                                         " AND entity_id")
                                  + inPage,
                          {entity},
                          idsJson);
    if (!deleted)
        return deleted.error();
    auto edited = lookup(db,
                         QStringLiteral("SELECT DISTINCT entity_id FROM outbox WHERE entity = ?"
                                        " AND entity_id")
                                 + inPage,
                         {entity},
                         idsJson);
    if (!edited)
        return edited.error();
    // The bands of the requisitions the cache holds: unchanged ones are not written again.
    QHash<QString, QList<QVariantList>> storedBands;
    if (isRequisition && !stored->isEmpty()) {
        QJsonArray known;
        for (auto it = stored->cbegin(); it != stored->cend(); ++it)
            known.append(it.key());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT %1 FROM pay_bands WHERE requisition_id%2"
                                      " ORDER BY requisition_id, ord")
                               .arg(RequisitionRecord::bandColumns().join(QStringLiteral(", ")),
                                    inPage)))
            return Store::sqlError(q, QStringLiteral("look up bands"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(known).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return Store::sqlError(q, QStringLiteral("look up bands"));
        const int count = int(RequisitionRecord::bandColumns().size());
        while (q.next()) {
            QVariantList band;
            band.reserve(count);
            for (int i = 0; i < count; ++i)
                band << q.value(i);
            storedBands[q.value(0).toString()].append(band);
        }
    }

    Statements sql(m_database.handle());
    QSet<QString> seen;
    // Records with a tombstone or local edits take the full rules (PullApplier), after the
    // others (a repeat of a record inside the page then meets its first copy, as row by row).
    QList<QJsonObject> general;
    QList<Core::Requisition> newRequisitions;
    QJsonArray appliedIds;
    const bool appendOnly
            = entity == QLatin1String("stage_event") || entity == QLatin1String("note");
    for (const QJsonValue &value : records) {
        const QJsonObject row = value.toObject();
        const QUuid id = QUuid::fromString(row.value(QStringLiteral("id")).toString());
        const QString key = idText(id);
        const auto storedRow = stored->constFind(key);
        const bool known = storedRow != stored->constEnd();
        if (id.isNull() || deleted->contains(key) || edited->contains(key) || seen.contains(key)
            || (known && appendOnly)) {
            general.append(row);
            continue;
        }
        seen.insert(key);
        const qint64 storedVersion = known ? storedRow->value(0).toLongLong() : 0;
        bool handled = false;
        bool applied = false;
        Core::Status status;
        // As in PullApplier: records decode first (an undecodable one is an error even when
        // it is older than the cache's), append-only ones only when they are new.
        if (isRequisition) {
            auto decoded = WireCodec::requisitionFromJson(row, kLenient);
            handled = bool(decoded);
            applied = handled && !(known && storedVersion >= decoded->version);
            if (applied && !known)
                newRequisitions.append(*decoded);
            else if (applied)
                status = updateRequisition(
                        sql, *decoded, storedRow->mid(1), storedBands.value(key));
        } else if (entity == QLatin1String("candidate")) {
            auto decoded = WireCodec::candidateFromJson(row, kLenient);
            handled = bool(decoded);
            applied = handled && !(known && storedVersion >= decoded->version);
            if (applied)
                status = insertCandidate(sql, *decoded);
        } else if (entity == QLatin1String("application")) {
            auto decoded = WireCodec::applicationFromJson(row, kLenient);
            handled = bool(decoded);
            applied = handled && !(known && storedVersion >= decoded->version);
            if (applied)
                status = insertApplication(sql, *decoded);
        } else if (entity == QLatin1String("stage_event")) {
            auto decoded = WireCodec::stageEventFromJson(row, kLenient);
            handled = applied = bool(decoded);
            if (applied)
                status = insertEvent(sql, *decoded);
        } else if (entity == QLatin1String("note")) {
            auto decoded = WireCodec::noteFromJson(row, kLenient);
            handled = applied = bool(decoded);
            if (applied)
                status = insertNote(sql, *decoded);
        }
        if (!status)
            return status;
        if (!handled) {
            general.append(row); // PullApplier reports why it does not decode
            continue;
        }
        ++m_report.pulled;
        if (applied) {
            m_changed.insert(entity + u':' + key);
            appliedIds.append(key);
        }
    }
    if (!newRequisitions.isEmpty()) {
        auto triggers = ftsTriggers(db);
        if (!triggers)
            return triggers.error();
        if (auto s = insertRequisitions(sql, newRequisitions, *triggers); !s)
            return s;
    }
    // A record without local edits has its row as its base (SyncStateRepository::baseCopy):
    // a copy still kept from edits that have gone up since is dropped, as the repositories do.
    if (!appendOnly && !appliedIds.isEmpty()) {
        if (auto s = sql.run(
                    QStringLiteral("drop base copies"),
                    QStringLiteral("DELETE FROM base_copies WHERE entity = ? AND entity_id")
                            + inPage,
                    {entity,
                     QString::fromUtf8(QJsonDocument(appliedIds).toJson(QJsonDocument::Compact))});
            !s)
            return s;
    }
    for (const QJsonObject &row : std::as_const(general)) {
        if (auto s = applier.apply(entity, upsert, row); !s)
            return s;
    }
    return {};
}

} // namespace Reqdesk::Sync
