#include "store/applicationrepository.h"
#include "core/wire/wirecodec.h"

#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/recordjson.h"
#include "store/requisitionrecord.h"
#include "store/serverapply.h"
#include "store/sqlerror.h"
#include "store/syncstaterepository.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

const QString kApplication = QStringLiteral("application");
const QString kStageEvent = QStringLiteral("stage_event");
const QString kNote = QStringLiteral("note");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(RecordJson::timeText(t)) : QVariant();
}

const QString kSelectApplication = QStringLiteral(
        "SELECT id, candidate_id, requisition_id, stage, exit_reason, expected_salary_minor,"
        " expected_salary_currency, expected_salary_period, offer_minor, offer_currency,"
        " offer_period, applied_at, stage_changed_at, updated_at, version FROM applications");

std::optional<Money> moneyAt(const QSqlQuery &q, int column)
{
    if (q.value(column).isNull())
        return std::nullopt;
    return Money{q.value(column).toLongLong(),
                 q.value(column + 1).toString(),
                 periodFromName(q.value(column + 2).toString()).value_or(Period::Year)};
}

Application applicationFrom(const QSqlQuery &q)
{
    Application a;
    a.id = QUuid::fromString(q.value(0).toString());
    a.candidateId = QUuid::fromString(q.value(1).toString());
    a.requisitionId = QUuid::fromString(q.value(2).toString());
    a.stage = stageFromName(q.value(3).toString()).value_or(Stage::Applied);
    a.exitReason = q.value(4).toString();
    a.expectedSalary = moneyAt(q, 5);
    a.offer = moneyAt(q, 8);
    a.appliedAt = RecordJson::timeFromText(q.value(11).toString());
    a.stageChangedAt = RecordJson::timeFromText(q.value(12).toString());
    a.updatedAt = RecordJson::timeFromText(q.value(13).toString());
    a.version = q.value(14).toLongLong();
    return a;
}

Result<std::optional<Application>> load(QSqlDatabase db, const QUuid &id)
{
    QSqlQuery q(db);
    q.prepare(kSelectApplication + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("read application"));
    if (!q.next())
        return std::optional<Application>();
    return std::optional<Application>(applicationFrom(q));
}

void bindMoney(QSqlQuery &q, const std::optional<Money> &m)
{
    q.addBindValue(m ? QVariant(m->minor) : QVariant());
    q.addBindValue(m ? QVariant(RequisitionRecord::text(m->currency)) : QVariant());
    q.addBindValue(m ? QVariant(periodName(m->period)) : QVariant());
}

Status writeApplication(QSqlDatabase db, const Application &a)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO applications(id, candidate_id, requisition_id, stage, exit_reason,"
            " expected_salary_minor, expected_salary_currency, expected_salary_period,"
            " offer_minor, offer_currency, offer_period, applied_at, stage_changed_at,"
            " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET candidate_id = excluded.candidate_id,"
            " requisition_id = excluded.requisition_id, stage = excluded.stage,"
            " exit_reason = excluded.exit_reason,"
            " expected_salary_minor = excluded.expected_salary_minor,"
            " expected_salary_currency = excluded.expected_salary_currency,"
            " expected_salary_period = excluded.expected_salary_period,"
            " offer_minor = excluded.offer_minor, offer_currency = excluded.offer_currency,"
            " offer_period = excluded.offer_period, applied_at = excluded.applied_at,"
            " stage_changed_at = excluded.stage_changed_at, updated_at = excluded.updated_at,"
            " version = excluded.version"));
    q.addBindValue(idText(a.id));
    q.addBindValue(idText(a.candidateId));
    q.addBindValue(idText(a.requisitionId));
    q.addBindValue(stageName(a.stage));
    q.addBindValue(RequisitionRecord::text(a.exitReason));
    bindMoney(q, a.expectedSalary);
    bindMoney(q, a.offer);
    q.addBindValue(RequisitionRecord::text(RecordJson::timeText(a.appliedAt)));
    q.addBindValue(timeOrNull(a.stageChangedAt));
    q.addBindValue(RequisitionRecord::text(RecordJson::timeText(a.updatedAt)));
    q.addBindValue(a.version);
    if (!q.exec())
        return sqlError(q, QStringLiteral("save application"));
    return {};
}

/// Inserts an event; returns false in `inserted` when its id was already stored (a replay).
Status writeEvent(QSqlDatabase db, const StageEvent &e, bool *inserted)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO stage_events(id, application_id, from_stage, to_stage, at, by_user,"
            " reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"));
    q.addBindValue(idText(e.id));
    q.addBindValue(idText(e.applicationId));
    q.addBindValue(e.from ? QVariant(stageName(*e.from)) : QVariant());
    q.addBindValue(stageName(e.to));
    q.addBindValue(RequisitionRecord::text(RecordJson::timeText(e.at)));
    q.addBindValue(RequisitionRecord::text(e.by));
    q.addBindValue(RequisitionRecord::text(e.reason));
    q.addBindValue(e.version);
    if (!q.exec())
        return sqlError(q, QStringLiteral("append stage event"));
    *inserted = q.numRowsAffected() > 0;
    return {};
}

Status queue(QSqlDatabase db,
             const QString &entity,
             const QUuid &id,
             OutboxOp op,
             const QJsonObject &changes,
             qint64 baseVersion)
{
    OutboxEntry entry;
    entry.entity = entity;
    entry.entityId = id;
    entry.op = op;
    entry.changes = changes;
    entry.baseVersion = baseVersion;
    return OutboxRepository::append(db, entry);
}

/// Stores a server copy as the row (which is then the base: a copy kept for edits goes),
/// removing any tombstone.
Status writeServerCopy(QSqlDatabase db, const Application &a)
{
    if (auto s = writeApplication(db, a); !s)
        return s;
    if (auto s = SyncStateRepository::removeTombstone(db, kApplication, a.id); !s)
        return s;
    return SyncStateRepository::removeBaseCopy(db, kApplication, a.id);
}

bool isExit(Stage stage)
{
    return stage == Stage::Rejected || stage == Stage::Withdrawn;
}

} // namespace

ApplicationRepository::ApplicationRepository(Database &database)
    : m_database(database)
{}

Status
ApplicationRepository::create(const Application &input, const QString &by, WriteOrigin origin)
{
    if (input.id.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an application needs an id"));
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto existing = load(db, input.id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::ConstraintViolated,
                         QStringLiteral("application %1 exists already").arg(idText(input.id)));
    Application a = input;
    if (origin == WriteOrigin::LocalEdit)
        a.version = 0;
    if (auto s = writeApplication(db, a); !s)
        return s;
    if (origin == WriteOrigin::LocalEdit) {
        const QJsonObject json = WireCodec::toJson(a);
        if (auto s
            = queue(db, kApplication, a.id, OutboxOp::Insert, RecordJson::insertFields(json), 0);
            !s)
            return s;
        StageEvent first;
        first.id = QUuid::createUuid();
        first.applicationId = a.id;
        first.to = a.stage;
        first.at = a.appliedAt.isValid() ? a.appliedAt : QDateTime::currentDateTimeUtc();
        first.by = by;
        bool inserted = false;
        if (auto s = writeEvent(db, first, &inserted); !s)
            return s;
        if (auto s = queue(db,
                           kStageEvent,
                           first.id,
                           OutboxOp::Insert,
                           RecordJson::insertFields(WireCodec::toJson(first)),
                           0);
            !s)
            return s;
    } else if (auto s = SyncStateRepository::removeBaseCopy(db, kApplication, a.id); !s) {
        return s;
    }
    return tx.commit();
}

Status ApplicationRepository::save(const Application &input, WriteOrigin origin)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto existing = load(db, input.id);
    if (!existing)
        return existing.error();
    Application a = input;
    if (origin == WriteOrigin::LocalEdit)
        a.version = existing->has_value() ? (*existing)->version : 0;
    if (auto s = writeApplication(db, a); !s)
        return s;
    if (origin == WriteOrigin::LocalEdit) {
        const QJsonObject after = WireCodec::toJson(a);
        if (existing->has_value()) {
            const QJsonObject before = WireCodec::toJson(**existing);
            const QJsonObject changes = RecordJson::changedFields(before, after);
            if (!changes.isEmpty()) {
                // The row held the last server copy: it stays as the edit's base.
                if (auto s = SyncStateRepository::keepBaseCopy(
                            db, BaseCopy{kApplication, a.id, (*existing)->version, before});
                    !s)
                    return s;
                if (auto s = queue(db,
                                   kApplication,
                                   a.id,
                                   OutboxOp::Update,
                                   changes,
                                   (*existing)->version);
                    !s)
                    return s;
            }
        } else if (auto s = queue(db,
                                  kApplication,
                                  a.id,
                                  OutboxOp::Insert,
                                  RecordJson::insertFields(after),
                                  0);
                   !s) {
            return s;
        }
    } else if (auto s = SyncStateRepository::removeBaseCopy(db, kApplication, a.id); !s) {
        return s;
    }
    return tx.commit();
}

Result<StageEvent> ApplicationRepository::moveStage(const QUuid &applicationId,
                                                    Stage to,
                                                    const QString &reason,
                                                    const QString &by,
                                                    const QDateTime &at)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto existing = load(db, applicationId);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no application %1").arg(idText(applicationId)));
    const Application before = **existing;
    Application after = before;
    after.stage = to;
    after.exitReason = isExit(to) ? reason : QString();
    after.stageChangedAt = at;
    after.updatedAt = at;
    if (auto s = writeApplication(db, after); !s)
        return s.error();
    StageEvent event;
    event.id = QUuid::createUuid();
    event.applicationId = applicationId;
    event.from = before.stage;
    event.to = to;
    event.at = at;
    event.by = by;
    event.reason = reason;
    bool inserted = false;
    if (auto s = writeEvent(db, event, &inserted); !s)
        return s.error();
    const QJsonObject beforeJson = WireCodec::toJson(before);
    const QJsonObject changes = RecordJson::changedFields(beforeJson, WireCodec::toJson(after));
    if (!changes.isEmpty()) {
        // The row held the last server copy: it stays as the edit's base.
        if (auto s = SyncStateRepository::keepBaseCopy(
                    db, BaseCopy{kApplication, applicationId, before.version, beforeJson});
            !s)
            return s.error();
        if (auto s
            = queue(db, kApplication, applicationId, OutboxOp::Update, changes, before.version);
            !s)
            return s.error();
    }
    if (auto s = queue(db,
                       kStageEvent,
                       event.id,
                       OutboxOp::Insert,
                       RecordJson::insertFields(WireCodec::toJson(event)),
                       0);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return event;
}

Status ApplicationRepository::addEvent(const StageEvent &event, WriteOrigin origin)
{
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    bool inserted = false;
    if (auto s = writeEvent(db, event, &inserted); !s)
        return s;
    if (inserted && origin == WriteOrigin::LocalEdit) {
        if (auto s = queue(db,
                           kStageEvent,
                           event.id,
                           OutboxOp::Insert,
                           RecordJson::insertFields(WireCodec::toJson(event)),
                           0);
            !s)
            return s;
    }
    return tx.commit();
}

Status ApplicationRepository::addNote(const Note &note, WriteOrigin origin)
{
    if (note.id.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a note needs an id"));
    QSqlDatabase db = m_database.connection();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO notes(id, application_id, author, at, text, version)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"));
    q.addBindValue(idText(note.id));
    q.addBindValue(idText(note.applicationId));
    q.addBindValue(RequisitionRecord::text(note.author));
    q.addBindValue(RequisitionRecord::text(RecordJson::timeText(note.at)));
    q.addBindValue(RequisitionRecord::text(note.text));
    q.addBindValue(origin == WriteOrigin::LocalEdit ? 0 : note.version);
    if (!q.exec())
        return sqlError(q, QStringLiteral("add note"));
    if (q.numRowsAffected() > 0 && origin == WriteOrigin::LocalEdit) {
        Note stored = note;
        stored.version = 0;
        if (auto s = queue(db,
                           kNote,
                           note.id,
                           OutboxOp::Insert,
                           RecordJson::insertFields(WireCodec::toJson(stored)),
                           0);
            !s)
            return s;
    }
    return tx.commit();
}

Result<ApplyOutcome> ApplicationRepository::applyServerCopy(const Application &server)
{
    return Internal::applyServerCopy(
            m_database.connection(), kApplication, server, &writeServerCopy);
}

Result<Application> ApplicationRepository::find(const QUuid &id) const
{
    auto found = load(m_database.connection(), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no application %1").arg(idText(id)));
    return **found;
}

Result<QList<StageEvent>> ApplicationRepository::history(const QUuid &applicationId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // rowid breaks ties in insertion order: two moves in the same millisecond stay in order.
    q.prepare(QStringLiteral(
            "SELECT id, application_id, from_stage, to_stage, at, by_user, reason,"
            " version FROM stage_events WHERE application_id = ? ORDER BY at, rowid"));
    q.addBindValue(idText(applicationId));
    if (!q.exec())
        return sqlError(q, QStringLiteral("read stage history"));
    QList<StageEvent> list;
    while (q.next()) {
        StageEvent e;
        e.id = QUuid::fromString(q.value(0).toString());
        e.applicationId = QUuid::fromString(q.value(1).toString());
        if (!q.value(2).isNull())
            e.from = stageFromName(q.value(2).toString());
        e.to = stageFromName(q.value(3).toString()).value_or(Stage::Applied);
        e.at = RecordJson::timeFromText(q.value(4).toString());
        e.by = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.version = q.value(7).toLongLong();
        list.append(e);
    }
    return list;
}

Result<QList<Note>> ApplicationRepository::notes(const QUuid &applicationId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, application_id, author, at, text, version FROM notes"
                             " WHERE application_id = ? ORDER BY at, rowid"));
    q.addBindValue(idText(applicationId));
    if (!q.exec())
        return sqlError(q, QStringLiteral("read notes"));
    QList<Note> list;
    while (q.next()) {
        Note n;
        n.id = QUuid::fromString(q.value(0).toString());
        n.applicationId = QUuid::fromString(q.value(1).toString());
        n.author = q.value(2).toString();
        n.at = RecordJson::timeFromText(q.value(3).toString());
        n.text = q.value(4).toString();
        n.version = q.value(5).toLongLong();
        list.append(n);
    }
    return list;
}

Result<ApplicationPage> ApplicationRepository::listByRequisition(
        const QUuid &requisitionId, const std::optional<PageCursor> &after, int limit) const
{
    limit = std::max(1, limit);
    QString sql = kSelectApplication + QStringLiteral(" WHERE requisition_id = ?");
    QVariantList binds{idText(requisitionId)};
    if (after) {
        sql += QStringLiteral(" AND (applied_at, id) > (?, ?)");
        binds << RequisitionRecord::text(after->value.toString()) << idText(after->id);
    }
    sql += QStringLiteral(" ORDER BY applied_at, id LIMIT ?");
    binds << limit + 1;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, QStringLiteral("list applications"));
    ApplicationPage page;
    while (q.next()) {
        if (page.rows.size() == limit) {
            const Application &last = page.rows.constLast();
            page.next = PageCursor{RecordJson::timeText(last.appliedAt), last.id};
            break;
        }
        page.rows.append(applicationFrom(q));
    }
    return page;
}

namespace {

// The application columns in kSelectApplication's order, then the two joined names.
const QString kSelectRow = QStringLiteral(
        "SELECT a.id, a.candidate_id, a.requisition_id, a.stage, a.exit_reason,"
        " a.expected_salary_minor, a.expected_salary_currency, a.expected_salary_period,"
        " a.offer_minor, a.offer_currency, a.offer_period, a.applied_at, a.stage_changed_at,"
        " a.updated_at, a.version, COALESCE(c.name, ''), COALESCE(r.title, '')"
        " FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id"
        " LEFT JOIN requisitions r ON r.id = a.requisition_id");

ApplicationRow rowFrom(const QSqlQuery &q)
{
    return ApplicationRow{applicationFrom(q), q.value(15).toString(), q.value(16).toString()};
}

} // namespace

Result<ApplicationRowPage>
ApplicationRepository::listRows(const std::optional<QUuid> &requisitionId,
                                const std::optional<PageCursor> &after,
                                int limit) const
{
    ApplicationQuery query;
    query.filter.requisitionId = requisitionId;
    query.after = after;
    query.limit = limit;
    return listRows(query);
}

namespace {

// The sort whitelist: each column's SQL expression. Never NULL, so keyset comparisons hold.
QString sortExpression(ApplicationSort sort)
{
    switch (sort) {
    case ApplicationSort::Candidate:
        return QStringLiteral("COALESCE(c.name, '') COLLATE NOCASE");
    case ApplicationSort::Requisition:
        return QStringLiteral("COALESCE(r.title, '') COLLATE NOCASE");
    case ApplicationSort::Stage: {
        // Pipeline order, not the alphabetical order of the stored names.
        QString expr = QStringLiteral("(CASE a.stage");
        int ordinal = 0;
        for (const Stage stage : {Stage::Applied,
                                  Stage::RecruiterScreen,
                                  Stage::HiringManagerScreen,
                                  Stage::Onsite,
                                  Stage::Offer,
                                  Stage::Hired,
                                  Stage::Rejected,
                                  Stage::Withdrawn}) {
            expr += QStringLiteral(" WHEN '%1' THEN %2").arg(stageName(stage)).arg(ordinal++);
        }
        return expr + QStringLiteral(" ELSE 99 END)");
    }
    case ApplicationSort::Applied:
        return QStringLiteral("a.applied_at");
    case ApplicationSort::LastMove:
        return QStringLiteral("COALESCE(a.stage_changed_at, '')");
    case ApplicationSort::ExpectedSalary:
        return QStringLiteral("COALESCE(a.expected_salary_minor, -1)");
    }
    return QStringLiteral("a.applied_at");
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

namespace {

// The filter (and a keyset condition) of an application query as SQL with bound values.
struct RowsWhere
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

// Names are joined in every statement: the text filter and two sorts read them.
const QString kRowsFrom
        = QStringLiteral(" FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id"
                         " LEFT JOIN requisitions r ON r.id = a.requisition_id");

RowsWhere filterWhere(const ApplicationFilter &filter)
{
    RowsWhere w;
    if (filter.requisitionId) {
        w.conditions << QStringLiteral("a.requisition_id = ?");
        w.binds << idText(*filter.requisitionId);
    }
    if (!filter.stages.isEmpty()) {
        QStringList marks;
        for (const Stage stage : filter.stages) {
            marks << QStringLiteral("?");
            w.binds << stageName(stage);
        }
        w.conditions << QStringLiteral("a.stage IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        w.conditions << QStringLiteral("(COALESCE(c.name, '') LIKE ? ESCAPE '\\'"
                                       " OR COALESCE(r.title, '') LIKE ? ESCAPE '\\')");
        w.binds << likePattern(text) << likePattern(text);
    }
    return w;
}

// Rows after `at` in the order `expr` (ascending or not), the id breaking ties.
void addKeyset(RowsWhere &w, const QString &expr, bool ascending, const PageCursor &at)
{
    const QString op = ascending ? QStringLiteral(">") : QStringLiteral("<");
    w.conditions << QStringLiteral("(%1 %2 ? OR (%1 = ? AND a.id %2 ?))").arg(expr, op);
    w.binds << at.value << at.value << idText(at.id);
}

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

Status execWith(QSqlQuery &q, const QString &sql, const QVariantList &binds, const QString &what)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, what);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, what);
    return {};
}

} // namespace

Result<ApplicationRowPage> ApplicationRepository::listRows(const ApplicationQuery &query) const
{
    const int limit = std::max(1, query.limit);
    const QString expr = sortExpression(query.sort);
    RowsWhere w = filterWhere(query.filter);
    if (query.after)
        addKeyset(w, expr, query.order == Qt::AscendingOrder, *query.after);
    QString sql = kSelectRow;
    // The sort key comes back as the last column: it is the next page's cursor value.
    sql.replace(QStringLiteral(" FROM applications a"),
                QStringLiteral(", %1 FROM applications a").arg(expr));
    const QString dir = direction(query.order);
    sql += w.sql() + QStringLiteral(" ORDER BY %1 %2, a.id %2 LIMIT ?").arg(expr, dir);
    QVariantList binds = w.binds;
    binds << limit + 1; // one extra row says whether there is a next page
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q, sql, binds, QStringLiteral("list application rows")); !s)
        return s.error();
    ApplicationRowPage page;
    QVariant lastKey;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = PageCursor{lastKey, page.rows.constLast().application.id};
            break;
        }
        page.rows.append(rowFrom(q));
        lastKey = q.value(17);
    }
    return page;
}

Result<qint64> ApplicationRepository::countRows(const ApplicationFilter &filter) const
{
    const RowsWhere w = filterWhere(filter);
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q,
                          QStringLiteral("SELECT count(*)") + kRowsFrom + w.sql(),
                          w.binds,
                          QStringLiteral("count application rows"));
        !s)
        return s.error();
    if (!q.next())
        return sqlError(q, QStringLiteral("count application rows"));
    return q.value(0).toLongLong();
}

Result<qint64> ApplicationRepository::rowOf(const ApplicationQuery &query, const QUuid &id) const
{
    const QString expr = sortExpression(query.sort);
    RowsWhere w = filterWhere(query.filter);
    w.conditions << QStringLiteral("a.id = ?");
    w.binds << idText(id);
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q,
                          QStringLiteral("SELECT %1").arg(expr) + kRowsFrom + w.sql(),
                          w.binds,
                          QStringLiteral("find application row"));
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("application %1 is not in the list").arg(idText(id)));
    // Rows before it are the rows "after" it in the opposite order.
    RowsWhere before = filterWhere(query.filter);
    addKeyset(before, expr, query.order != Qt::AscendingOrder, PageCursor{q.value(0), id});
    QSqlQuery c(m_database.connection());
    if (auto s = execWith(c,
                          QStringLiteral("SELECT count(*)") + kRowsFrom + before.sql(),
                          before.binds,
                          QStringLiteral("count application rows before"));
        !s)
        return s.error();
    if (!c.next())
        return sqlError(c, QStringLiteral("count application rows before"));
    return c.value(0).toLongLong();
}

Result<std::optional<PageCursor>> ApplicationRepository::cursorAtRow(const ApplicationQuery &query,
                                                                     qint64 row) const
{
    if (row <= 0)
        return std::optional<PageCursor>();
    const QString expr = sortExpression(query.sort);
    const RowsWhere w = filterWhere(query.filter);
    const QString sql = QStringLiteral("SELECT %1, a.id").arg(expr) + kRowsFrom + w.sql()
                        + QStringLiteral(" ORDER BY %1 %2, a.id %2 LIMIT 1 OFFSET ?")
                                  .arg(expr, direction(query.order));
    QVariantList binds = w.binds;
    binds << row - 1;
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q, sql, binds, QStringLiteral("seek application row")); !s)
        return s.error();
    if (!q.next())
        return std::optional<PageCursor>();
    return std::optional<PageCursor>(
            PageCursor{q.value(0), QUuid::fromString(q.value(1).toString())});
}

Result<QList<PageCursor>> ApplicationRepository::anchors(const ApplicationQuery &query,
                                                         qint64 stride) const
{
    if (stride <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("anchor stride must be positive"));
    const QString expr = sortExpression(query.sort);
    const RowsWhere w = filterWhere(query.filter);
    const QString sql = QStringLiteral("SELECT v, id FROM (SELECT %1 AS v, a.id AS id, row_number()"
                                       " OVER (ORDER BY %1 %2, a.id %2) AS rn")
                                .arg(expr, direction(query.order))
                        + kRowsFrom + w.sql() + QStringLiteral(") WHERE rn % ? = 0 ORDER BY rn");
    QVariantList binds = w.binds;
    binds << stride;
    QSqlQuery q(m_database.connection());
    if (auto s = execWith(q, sql, binds, QStringLiteral("application anchor rows")); !s)
        return s.error();
    QList<PageCursor> list;
    while (q.next())
        list.append(PageCursor{q.value(0), QUuid::fromString(q.value(1).toString())});
    return list;
}

Result<ApplicationRow> ApplicationRepository::findRow(const QUuid &id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(kSelectRow + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("find application row"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no application %1").arg(idText(id)));
    return rowFrom(q);
}

namespace {

// Pipeline stages in order (Applied … Hired); exits have no rank. A VALUES table of bound names
// keeps the stage spelling in one place (Core::stageName) instead of literals in the SQL.
constexpr Stage kPipeline[] = {Stage::Applied,
                               Stage::RecruiterScreen,
                               Stage::HiringManagerScreen,
                               Stage::Onsite,
                               Stage::Offer,
                               Stage::Hired};

QString ranksTable(int stages)
{
    QStringList rows;
    for (int i = 0; i < stages; ++i)
        rows << QStringLiteral("(?, %1)").arg(i);
    return QStringLiteral("ranks(stage, rank) AS (VALUES ") + rows.join(QStringLiteral(", "))
           + QStringLiteral(")");
}

void bindRanks(QSqlQuery &q, int stages)
{
    for (int i = 0; i < stages; ++i)
        q.addBindValue(stageName(kPipeline[i]));
}

// The funnel: per application, the furthest rank among its events' target stages and its
// current stage (an application synced without its history still counts where it is), then
// grouped with the current stage so exits can be told apart. The correlated MAX reads the
// stage_events_application index by application_id.
Result<QList<FunnelCount>> funnelCounts(QSqlDatabase db, const std::optional<QUuid> &requisition)
{
    const int stages = int(std::size(kPipeline));
    QString sql
            = QStringLiteral("WITH ") + ranksTable(stages)
              + QStringLiteral(", reached AS (SELECT a.stage AS stage, MAX("
                               " COALESCE((SELECT r.rank FROM ranks r WHERE r.stage = a.stage), 0),"
                               " COALESCE((SELECT MAX(r.rank) FROM stage_events e"
                               " JOIN ranks r ON r.stage = e.to_stage"
                               " WHERE e.application_id = a.id), 0)) AS furthest"
                               " FROM applications a");
    if (requisition)
        sql += QStringLiteral(" WHERE a.requisition_id = ?");
    sql += QStringLiteral(") SELECT furthest, stage, COUNT(*) FROM reached"
                          " GROUP BY furthest, stage ORDER BY furthest, stage");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    bindRanks(q, stages);
    if (requisition)
        q.addBindValue(idText(*requisition));
    if (!q.exec())
        return sqlError(q, QStringLiteral("count the pipeline funnel"));
    QList<FunnelCount> counts;
    while (q.next()) {
        const int rank = q.value(0).toInt();
        const auto current = stageFromName(q.value(1).toString());
        if (rank < 0 || rank >= stages || !current)
            continue; // a stage name this build does not know: leave it out, do not guess
        counts << FunnelCount{kPipeline[rank], *current, q.value(2).toLongLong()};
    }
    return counts;
}

// Time in stage: each event opens a stay in its target stage that the application's next event
// (by time, then insertion order, as history() reads them) closes. Open stays (the current
// stage) are left out, so a figure never depends on when it is asked. Negative spans (client
// clocks disagree) count as zero. Median without a MEDIAN function: number the stays of a stage
// by length and average the one or two middle rows.
Result<QList<StageDurationRow>> stageDurations(QSqlDatabase db,
                                               const std::optional<QUuid> &requisition)
{
    const int stages = int(std::size(kPipeline)) - 1; // time spent "in Hired" means nothing
    QString sql = QStringLiteral("WITH ") + ranksTable(stages)
                  + QStringLiteral(
                          ", timeline AS (SELECT e.to_stage AS stage, e.at AS entered,"
                          " LEAD(e.at) OVER (PARTITION BY e.application_id"
                          " ORDER BY e.at, e.rowid) AS left_at"
                          " FROM stage_events e JOIN applications a ON a.id = e.application_id");
    if (requisition)
        sql += QStringLiteral(" WHERE a.requisition_id = ?");
    sql += QStringLiteral(
            "), stays AS (SELECT t.stage AS stage, r.rank AS rank,"
            " MAX(0.0, julianday(t.left_at) - julianday(t.entered)) AS days"
            " FROM timeline t JOIN ranks r ON r.stage = t.stage"
            " WHERE julianday(t.left_at) IS NOT NULL AND julianday(t.entered) IS NOT NULL),"
            " ordered AS (SELECT stage, rank, days,"
            " ROW_NUMBER() OVER (PARTITION BY stage ORDER BY days) AS n,"
            " COUNT(*) OVER (PARTITION BY stage) AS total FROM stays)"
            " SELECT MIN(rank), COUNT(*), AVG(days),"
            " AVG(CASE WHEN n IN ((total + 1) / 2, (total + 2) / 2) THEN days END)"
            " FROM ordered GROUP BY stage ORDER BY MIN(rank)");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    bindRanks(q, stages);
    if (requisition)
        q.addBindValue(idText(*requisition));
    if (!q.exec())
        return sqlError(q, QStringLiteral("measure time in stage"));
    QList<StageDurationRow> rows;
    while (q.next()) {
        const int rank = q.value(0).toInt();
        if (rank < 0 || rank >= stages)
            continue;
        rows << StageDurationRow{kPipeline[rank],
                                 q.value(1).toLongLong(),
                                 q.value(2).toDouble(),
                                 q.value(3).toDouble()};
    }
    return rows;
}

} // namespace

Result<PipelineStatistics>
ApplicationRepository::pipelineStatistics(const std::optional<QUuid> &requisitionId) const
{
    QSqlDatabase db = m_database.connection();
    // A deferred read transaction (not Transaction's BEGIN IMMEDIATE: no write lock for a read)
    // so both figures describe one snapshot even while another connection syncs. Inside an
    // outer transaction BEGIN fails and the outer one already gives that snapshot.
    const bool own = db.transaction();
    auto funnel = funnelCounts(db, requisitionId);
    auto durations = funnel ? stageDurations(db, requisitionId)
                            : Result<QList<StageDurationRow>>(funnel.error());
    if (own)
        db.rollback();
    if (!funnel)
        return funnel.error();
    if (!durations)
        return durations.error();
    return PipelineStatistics{*funnel, *durations};
}

} // namespace Reqdesk::Store
