#include "sync/snapshotwriter.h"

#include "core/wire/wirecodec.h"
#include "store/database.h"
#include "store/recordjson.h"
#include "store/requisitionrecord.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"
#include "sync/pullapplier.h"

#include <QJsonDocument>
#include <QSqlQuery>

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

/// Ids of `ids` that `sql` (one `?` for the JSON array of ids, after `prefix` binds) returns.
Core::Result<QSet<QString>>
present(QSqlDatabase db, const QString &sql, const QVariantList &prefix, const QString &idsJson)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Store::sqlError(q, QStringLiteral("look up a snapshot page"));
    for (const QVariant &value : prefix)
        q.addBindValue(value);
    q.addBindValue(idsJson);
    if (!q.exec())
        return Store::sqlError(q, QStringLiteral("look up a snapshot page"));
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

/// Statements prepared once per page; each exec binds positionally.
class Statements final
{
public:
    explicit Statements(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Core::Status run(const QString &key, const QString &sql, const QVariantList &values)
    {
        auto found = m_queries.find(key);
        if (found == m_queries.end()) {
            found = m_queries.emplace(key, std::make_unique<QSqlQuery>(m_db)).first;
            if (!found->second->prepare(sql))
                return Store::sqlError(*found->second, QStringLiteral("prepare %1").arg(key));
        }
        QSqlQuery &q = *found->second;
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec())
            return Store::sqlError(q, key);
        return {};
    }

    /// The base copy of a record new to the cache, as SyncStateRepository::putBaseCopy writes it.
    Core::Status
    baseCopy(const QString &entity, const QUuid &id, qint64 version, const QJsonObject &data)
    {
        return run(QStringLiteral("base copy"),
                   QStringLiteral("INSERT OR REPLACE INTO base_copies(entity, entity_id, version,"
                                  " data) VALUES (?, ?, ?, ?)"),
                   {entity,
                    idText(id),
                    version,
                    QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
    }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
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
// WriteOrigin::Sync); the comparison test (tst_snapshotwriter) keeps them so.

/// The requisition rows of a page in one statement: the FTS trigger then fills the index for
/// the whole page, and FTS5 writes its pending terms once (it flushes them at every statement
/// savepoint, which a statement per row would open 500 times). Then bands, location terms and
/// base copies row by row.
Core::Status insertRequisitions(Statements &sql, const QList<Core::Requisition> &page)
{
    const QStringList &columns = RequisitionRecord::columns();
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
    if (auto s = sql.run(QStringLiteral("insert requisitions"),
                         QStringLiteral("INSERT INTO requisitions(%1) SELECT %2 FROM json_each(?)"
                                        " ORDER BY key")
                                 .arg(columns.join(QStringLiteral(", ")),
                                      extract.join(QStringLiteral(", "))),
                         {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
        !s)
        return s;
    const QStringList &bandColumns = RequisitionRecord::bandColumns();
    for (const Core::Requisition &r : page) {
        for (const QVariantList &band : RequisitionRecord::bandRows(r)) {
            if (auto s = sql.run(QStringLiteral("insert pay band"),
                                 QStringLiteral("INSERT INTO pay_bands(%1) VALUES (%2)")
                                         .arg(bandColumns.join(QStringLiteral(", ")),
                                              placeholders(bandColumns.size())),
                                 band);
                !s)
                return s;
        }
        const QString id = idText(r.id);
        for (const QString &term : RequisitionRecord::locationTerms(r)) {
            if (auto s = sql.run(QStringLiteral("insert location term"),
                                 QStringLiteral("INSERT INTO location_terms(term, requisition_id)"
                                                " VALUES (?, ?)"),
                                 {term, id});
                !s)
                return s;
        }
        if (auto s
            = sql.baseCopy(QStringLiteral("requisition"), r.id, r.version, WireCodec::toJson(r));
            !s)
            return s;
    }
    return {};
}

Core::Status insertCandidate(Statements &sql, const Core::Candidate &c)
{
    if (auto s = sql.run(QStringLiteral("insert candidate"),
                         QStringLiteral("INSERT INTO candidates(id, name, emails, phones, links,"
                                        " source, tags, created_at, updated_at, version)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
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
    return sql.baseCopy(QStringLiteral("candidate"), c.id, c.version, WireCodec::toJson(c));
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
    if (auto s = sql.run(QStringLiteral("insert application"),
                         QStringLiteral("INSERT INTO applications(id, candidate_id,"
                                        " requisition_id, stage, exit_reason,"
                                        " expected_salary_minor, expected_salary_currency,"
                                        " expected_salary_period, offer_minor, offer_currency,"
                                        " offer_period, applied_at, stage_changed_at,"
                                        " updated_at, version) VALUES"
                                        " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         values);
        !s)
        return s;
    return sql.baseCopy(QStringLiteral("application"), a.id, a.version, WireCodec::toJson(a));
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

/// Inserts one record new to the cache; false in `handled` when the record does not decode
/// (PullApplier then reports the error the usual way).
template<typename Record>
Core::Status insertDecoded(Core::Result<Record> decoded,
                           Core::Status (*insert)(Statements &, const Record &),
                           Statements &sql,
                           bool &handled)
{
    handled = bool(decoded);
    if (!handled)
        return {};
    return insert(sql, *decoded);
}

} // namespace

SnapshotWriter::SnapshotWriter(Store::Database &database,
                               RoundReport &report,
                               QSet<QString> &changed)
    : m_database(database)
    , m_report(report)
    , m_changed(changed)
{}

Core::Status SnapshotWriter::applyPage(const QString &entity, const QJsonArray &records)
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
    auto stored = present(
            db, QStringLiteral("SELECT id FROM %1 WHERE id").arg(table) + inPage, {}, idsJson);
    if (!stored)
        return stored.error();
    auto deleted = present(db,
                           QStringLiteral("SELECT entity_id FROM tombstones WHERE entity = ?"
                                          " AND entity_id")
                                   + inPage,
                           {entity},
                           idsJson);
    if (!deleted)
        return deleted.error();
    auto edited = present(db,
                          QStringLiteral("SELECT DISTINCT entity_id FROM outbox WHERE entity = ?"
                                         " AND entity_id")
                                  + inPage,
                          {entity},
                          idsJson);
    if (!edited)
        return edited.error();

    Statements sql(db);
    QSet<QString> written;
    // Records the cache already knows about take the full rules, after the new ones (a repeat
    // of a record inside the page then meets its first copy, as it would row by row).
    QList<QJsonObject> general;
    QList<Core::Requisition> requisitions;
    const auto done = [&](const QString &key) {
        written.insert(key);
        ++m_report.pulled;
        m_changed.insert(entity + u':' + key);
    };
    for (const QJsonValue &value : records) {
        const QJsonObject row = value.toObject();
        const QUuid id = QUuid::fromString(row.value(QStringLiteral("id")).toString());
        const QString key = idText(id);
        if (id.isNull() || stored->contains(key) || deleted->contains(key) || edited->contains(key)
            || written.contains(key)) {
            general.append(row);
            continue;
        }
        bool handled = false;
        Core::Status status;
        if (entity == QLatin1String("requisition")) {
            auto decoded = WireCodec::requisitionFromJson(row, kLenient);
            handled = bool(decoded);
            if (handled)
                requisitions.append(*decoded);
        } else if (entity == QLatin1String("candidate")) {
            status = insertDecoded(
                    WireCodec::candidateFromJson(row, kLenient), &insertCandidate, sql, handled);
        } else if (entity == QLatin1String("application")) {
            status = insertDecoded(WireCodec::applicationFromJson(row, kLenient),
                                   &insertApplication,
                                   sql,
                                   handled);
        } else if (entity == QLatin1String("stage_event")) {
            status = insertDecoded(
                    WireCodec::stageEventFromJson(row, kLenient), &insertEvent, sql, handled);
        } else if (entity == QLatin1String("note")) {
            status = insertDecoded(
                    WireCodec::noteFromJson(row, kLenient), &insertNote, sql, handled);
        }
        if (!status)
            return status;
        if (!handled) {
            general.append(row); // PullApplier reports why it does not decode
            continue;
        }
        done(key);
    }
    if (!requisitions.isEmpty()) {
        if (auto s = insertRequisitions(sql, requisitions); !s)
            return s;
    }
    for (const QJsonObject &row : std::as_const(general)) {
        if (auto s = applier.apply(entity, upsert, row); !s)
            return s;
    }
    return {};
}

} // namespace Reqdesk::Sync
