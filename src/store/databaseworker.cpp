#include "store/databaseworker.h"

#include "core/requisitionexport.h"
#include "core/rules/applicationstatemachine.h"
#include "core/rules/transparencychecker.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/requisitionrepository.h"
#include "store/transaction.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {

// Where each of `ids` sorts in `query` (-1: not in it), through the repository's rowOf().
template<typename Repository, typename Query>
Result<QList<qint64>>
rowsOfIds(const Repository &repository, const Query &query, const QList<QUuid> &ids)
{
    QList<qint64> rows;
    rows.reserve(ids.size());
    for (const QUuid &id : ids) {
        auto row = repository.rowOf(query, id);
        if (row)
            rows << *row;
        else if (row.error().code == ErrorCode::NotFound)
            rows << -1;
        else
            return row.error();
    }
    return rows;
}

// `read` of `query` from the row at `row` on (a far jump: the repository finds the cursor).
template<typename Repository, typename Query, typename Read>
auto readAtRow(const Repository &repository, const Query &query, qint64 row, Read read)
        -> decltype(read(query))
{
    auto cursor = repository.cursorAtRow(query, row);
    if (!cursor)
        return cursor.error();
    Query at = query;
    at.after = *cursor;
    return read(at);
}

} // namespace

DatabaseWorker::DatabaseWorker() = default;

DatabaseWorker::~DatabaseWorker() = default;

template<typename T, typename Value>
void DatabaseWorker::answer(int requestId,
                            const Result<T> &result,
                            void (DatabaseWorker::*ready)(int, Value))
{
    if (!result)
        emit failed(requestId, result.error());
    else
        std::invoke(ready, this, requestId, *result); // emits the signal
}

bool DatabaseWorker::ensureOpen(int requestId)
{
    if (m_database)
        return true;
    emit failed(requestId,
                makeError(ErrorCode::DatabaseOpenFailed, QStringLiteral("no database is open")));
    return false;
}

void DatabaseWorker::open(int requestId, const QString &path)
{
    m_database.reset();
    // The header check is instant; the full check reads the whole file (seconds for a large
    // cache), so DatabaseClient runs it beside the worker once the window has its first rows.
    auto db = Database::open(path, Database::OpenOptions{true, Database::Check::Header});
    if (!db) {
        emit failed(requestId, db.error());
        return;
    }
    m_database = std::move(*db);
    emit opened(requestId, m_database->schemaVersion());
}

void DatabaseWorker::fetchPage(int requestId, const RequisitionQuery &query)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId, RequisitionRepository(*m_database).page(query), &DatabaseWorker::pageReady);
}

void DatabaseWorker::fetchPageAtRow(int requestId, const RequisitionQuery &query, qint64 row)
{
    if (!ensureOpen(requestId))
        return;
    const RequisitionRepository repository(*m_database);
    answer(requestId,
           readAtRow(repository,
                     query,
                     row,
                     [&](const RequisitionQuery &at) { return repository.page(at); }),
           &DatabaseWorker::pageReady);
}

void DatabaseWorker::anchors(int requestId, const RequisitionQuery &query, qint64 stride)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           RequisitionRepository(*m_database).anchors(query, stride),
           &DatabaseWorker::anchorsReady);
}

void DatabaseWorker::rowsOf(int requestId, const RequisitionQuery &query, const QList<QUuid> &ids)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           rowsOfIds(RequisitionRepository(*m_database), query, ids),
           &DatabaseWorker::rowsFound);
}

void DatabaseWorker::count(int requestId, const RequisitionFilter &filter)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           RequisitionRepository(*m_database).count(filter),
           &DatabaseWorker::countReady);
}

void DatabaseWorker::find(int requestId, const QUuid &id)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId, RequisitionRepository(*m_database).find(id), &DatabaseWorker::found);
}

void DatabaseWorker::save(int requestId, const QList<Requisition> &requisitions, WriteOrigin origin)
{
    if (!ensureOpen(requestId))
        return;
    if (auto s = RequisitionRepository(*m_database).saveAll(requisitions, origin); !s) {
        emit failed(requestId, s.error());
        return;
    }
    QList<QUuid> ids;
    ids.reserve(requisitions.size());
    for (const Requisition &r : requisitions)
        ids << r.id;
    emit saved(requestId, ids);
}

namespace {

// Equal as a user sees them: timestamps are stamped by each write and the server version by
// sync, so neither says whether someone else changed the record.
bool sameContent(const std::optional<Requisition> &a, const std::optional<Requisition> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    Requisition x = *a;
    Requisition y = *b;
    for (Requisition *r : {&x, &y}) {
        r->createdAt = QDateTime();
        r->updatedAt = QDateTime();
        r->version = 0;
    }
    return x == y;
}

} // namespace

void DatabaseWorker::editRequisition(int requestId,
                                     const QUuid &id,
                                     const std::optional<Requisition> &expected,
                                     const std::optional<Requisition> &next)
{
    if (!ensureOpen(requestId))
        return;
    Transaction tx(m_database->connection());
    if (auto s = tx.begin(); !s) {
        emit failed(requestId, s.error());
        return;
    }
    const auto stored = RequisitionRepository::load(m_database->connection(), id);
    if (!stored) {
        emit failed(requestId, stored.error());
        return;
    }
    if (!sameContent(*stored, expected)) {
        emit failed(requestId,
                    makeError(ErrorCode::IllegalTransition,
                              stored->has_value()
                                      ? QStringLiteral("the requisition was changed since")
                                      : QStringLiteral("the requisition was deleted since")));
        return;
    }
    const Status s = next ? RequisitionRepository::saveInTransaction(
                             m_database->connection(), *next, WriteOrigin::LocalEdit)
                          : RequisitionRepository(*m_database).remove(id, WriteOrigin::LocalEdit);
    if (!s) {
        emit failed(requestId, s.error());
        return;
    }
    if (auto c = tx.commit(); !c) {
        emit failed(requestId, c.error());
        return;
    }
    emit requisitionEdited(requestId, id, next.has_value());
}

void DatabaseWorker::removeRequisition(int requestId, const QUuid &id)
{
    if (!ensureOpen(requestId))
        return;
    if (auto s = RequisitionRepository(*m_database).remove(id, WriteOrigin::LocalEdit); !s)
        emit failed(requestId, s.error());
    else
        emit removed(requestId, id);
}

void DatabaseWorker::importRequisitions(int requestId, const QList<Requisition> &requisitions)
{
    if (!ensureOpen(requestId))
        return;
    RequisitionRepository repository(*m_database);
    ImportOutcome outcome;
    QList<Requisition> toSave;
    for (const Requisition &r : requisitions) {
        const auto same = repository.findSamePosting(r);
        if (!same) {
            emit failed(requestId, same.error());
            return;
        }
        if (same->has_value()) {
            outcome.skipped << SkippedPosting{r.title, **same};
            continue;
        }
        toSave << r;
        outcome.savedIds << r.id;
    }
    if (!toSave.isEmpty()) {
        if (auto s = repository.saveAll(toSave, WriteOrigin::LocalEdit); !s) {
            emit failed(requestId, s.error());
            return;
        }
    }
    emit imported(requestId, outcome);
}

void DatabaseWorker::statistics(int requestId, StoreStatistics::Scope scope)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           StoreStatistics::collect(*m_database, scope),
           &DatabaseWorker::statisticsReady);
}

void DatabaseWorker::exportCsv(int requestId, const RequisitionQuery &query, const QString &path)
{
    if (!ensureOpen(requestId))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit failed(requestId, makeError(ErrorCode::IoError, path + u": " + file.errorString()));
        return;
    }
    file.write((RequisitionExport::csvHeader() + u"\r\n").toUtf8());
    RequisitionRepository repository(*m_database);
    RequisitionQuery pageQuery = query;
    pageQuery.after.reset();
    pageQuery.limit = 500;
    const QDate today = QDate::currentDate();
    ExportOutcome outcome;
    outcome.path = path;
    for (;;) {
        auto page = repository.page(pageQuery);
        if (!page) {
            file.cancelWriting();
            emit failed(requestId, page.error());
            return;
        }
        for (const RequisitionSummary &row : std::as_const(page->rows)) {
            auto requisition = repository.find(row.id);
            if (!requisition) {
                file.cancelWriting();
                emit failed(requestId, requisition.error());
                return;
            }
            QList<ExportFlag> flags;
            for (const ComplianceFlag &flag : TransparencyChecker::evaluate(*requisition, today))
                flags << ExportFlag{flag.ruleId, flag.message};
            for (const QString &line : RequisitionExport::csvRows(*requisition, flags)) {
                file.write((line + u"\r\n").toUtf8());
                ++outcome.lines;
            }
            ++outcome.requisitions;
        }
        if (!page->next)
            break;
        pageQuery.after = page->next;
    }
    if (!file.commit()) {
        emit failed(requestId, makeError(ErrorCode::IoError, path + u": " + file.errorString()));
        return;
    }
    emit exported(requestId, outcome);
}

void DatabaseWorker::fetchApplications(int requestId,
                                       const std::optional<QUuid> &requisitionId,
                                       const std::optional<PageCursor> &after,
                                       int limit)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           ApplicationRepository(*m_database).listRows(requisitionId, after, limit),
           &DatabaseWorker::applicationsReady);
}

void DatabaseWorker::fetchApplicationRows(int requestId, const ApplicationQuery &query)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           ApplicationRepository(*m_database).listRows(query),
           &DatabaseWorker::applicationsReady);
}

void DatabaseWorker::fetchApplicationsAtRow(int requestId,
                                            const ApplicationQuery &query,
                                            qint64 row)
{
    if (!ensureOpen(requestId))
        return;
    const ApplicationRepository repository(*m_database);
    answer(requestId,
           readAtRow(repository,
                     query,
                     row,
                     [&](const ApplicationQuery &at) { return repository.listRows(at); }),
           &DatabaseWorker::applicationsReady);
}

void DatabaseWorker::countApplications(int requestId, const ApplicationFilter &filter)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           ApplicationRepository(*m_database).countRows(filter),
           &DatabaseWorker::countReady);
}

void DatabaseWorker::applicationAnchors(int requestId, const ApplicationQuery &query, qint64 stride)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           ApplicationRepository(*m_database).anchors(query, stride),
           &DatabaseWorker::anchorsReady);
}

void DatabaseWorker::applicationRowsOf(int requestId,
                                       const ApplicationQuery &query,
                                       const QList<QUuid> &ids)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           rowsOfIds(ApplicationRepository(*m_database), query, ids),
           &DatabaseWorker::rowsFound);
}

void DatabaseWorker::moveStage(int requestId,
                               const QUuid &applicationId,
                               Stage from,
                               Stage to,
                               const QString &reason,
                               const QString &by)
{
    if (!ensureOpen(requestId))
        return;
    ApplicationRepository repository(*m_database);
    auto current = repository.find(applicationId);
    if (!current) {
        emit failed(requestId, current.error());
        return;
    }
    // The caller decided on what it saw; a sync or another window may have moved it since.
    if (current->stage != from) {
        emit failed(requestId,
                    makeError(ErrorCode::IllegalTransition,
                              QStringLiteral("the application is now at %1, not %2")
                                      .arg(stageName(current->stage), stageName(from))));
        return;
    }
    if (auto s = ApplicationStateMachine::check(from, to, reason); !s) {
        emit failed(requestId, s.error());
        return;
    }
    auto event = repository.moveStage(applicationId, to, reason.trimmed(), by);
    if (!event) {
        emit failed(requestId, event.error());
        return;
    }
    auto row = repository.findRow(applicationId);
    if (!row)
        emit failed(requestId, row.error());
    else
        emit stageMoved(requestId, *row, *event);
}

void DatabaseWorker::findApplication(int requestId, const QUuid &applicationId)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           ApplicationRepository(*m_database).findRow(applicationId),
           &DatabaseWorker::applicationFound);
}

void DatabaseWorker::addNote(int requestId, const Note &note)
{
    if (!ensureOpen(requestId))
        return;
    if (auto s = ApplicationRepository(*m_database).addNote(note, WriteOrigin::LocalEdit); !s)
        emit failed(requestId, s.error());
    else
        emit noteAdded(requestId, note);
}

void DatabaseWorker::applicationHistory(int requestId, const QUuid &applicationId)
{
    if (!ensureOpen(requestId))
        return;
    ApplicationRepository repository(*m_database);
    auto events = repository.history(applicationId);
    if (!events) {
        emit failed(requestId, events.error());
        return;
    }
    auto notes = repository.notes(applicationId);
    if (!notes) {
        emit failed(requestId, notes.error());
        return;
    }
    emit applicationHistoryReady(requestId, applicationId, *events, *notes);
}

void DatabaseWorker::pipelineStatistics(int requestId, const std::optional<QUuid> &requisitionId)
{
    if (!ensureOpen(requestId))
        return;
    auto statistics = ApplicationRepository(*m_database).pipelineStatistics(requisitionId);
    if (!statistics) {
        emit failed(requestId, statistics.error());
        return;
    }
    emit pipelineStatisticsReady(requestId, *statistics);
}

void DatabaseWorker::openConflicts(int requestId)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId, ConflictResolver(*m_database).openRows(), &DatabaseWorker::conflictsReady);
}

void DatabaseWorker::resolveConflict(int requestId,
                                     const QUuid &conflictId,
                                     ConflictChoice choice,
                                     const QJsonValue &value)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId,
           ConflictResolver(*m_database).resolve(conflictId, choice, value),
           &DatabaseWorker::conflictResolved);
}

void DatabaseWorker::reopenConflict(int requestId, const ConflictOutcome &outcome)
{
    if (!ensureOpen(requestId))
        return;
    if (auto s = ConflictResolver(*m_database).reopen(outcome); !s)
        emit failed(requestId, s.error());
    else
        emit conflictReopened(requestId, outcome.conflictId);
}

void DatabaseWorker::recordTitles(int requestId, const QStringList &keys)
{
    if (!ensureOpen(requestId))
        return;
    auto titles = ConflictResolver(*m_database).titlesOf(keys);
    if (!titles)
        emit failed(requestId, titles.error());
    else
        emit recordTitlesReady(requestId, keys, *titles);
}

void DatabaseWorker::refusedEdits(int requestId)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId, OutboxRepository(*m_database).setAside(), &DatabaseWorker::refusedEditsReady);
}

void DatabaseWorker::releaseEdits(int requestId, const QList<qint64> &seqs)
{
    if (!ensureOpen(requestId))
        return;
    Transaction tx(m_database->connection());
    if (auto s = tx.begin(); !s) {
        emit failed(requestId, s.error());
        return;
    }
    OutboxRepository outbox(*m_database);
    for (const qint64 seq : seqs) {
        if (auto s = outbox.release(seq); !s) {
            emit failed(requestId, s.error());
            return;
        }
    }
    if (auto s = tx.commit(); !s) {
        emit failed(requestId, s.error());
        return;
    }
    emit editsReleased(requestId, int(seqs.size()));
}

void DatabaseWorker::exportRecords(int requestId, const QStringList &keys, const QString &path)
{
    if (!ensureOpen(requestId))
        return;
    ConflictResolver resolver(*m_database);
    QJsonArray records;
    int found = 0;
    for (const QString &key : keys) {
        const QString entity = key.section(u':', 0, 0);
        const QUuid id = QUuid::fromString(key.section(u':', 1));
        auto record = resolver.recordJson(entity, id);
        if (!record) {
            emit failed(requestId, record.error());
            return;
        }
        QJsonObject item{{QStringLiteral("entity"), entity},
                         {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}};
        item.insert(QStringLiteral("record"),
                    *record ? QJsonValue(**record) : QJsonValue(QJsonValue::Null));
        found += *record ? 1 : 0;
        records.append(item);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit failed(requestId, makeError(ErrorCode::IoError, path + u": " + file.errorString()));
        return;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson());
    if (!file.commit()) {
        emit failed(requestId, makeError(ErrorCode::IoError, path + u": " + file.errorString()));
        return;
    }
    emit recordsExported(requestId, path, found);
}

void DatabaseWorker::appendSyncLog(int requestId, const SyncLogEntry &entry, int keep)
{
    if (!ensureOpen(requestId))
        return;
    if (auto s = SyncLogRepository(*m_database).append(entry, keep); !s)
        emit failed(requestId, s.error());
    else
        emit syncLogAppended(requestId);
}

void DatabaseWorker::syncLog(int requestId, int limit)
{
    if (!ensureOpen(requestId))
        return;
    answer(requestId, SyncLogRepository(*m_database).recent(limit), &DatabaseWorker::syncLogReady);
}

} // namespace Reqdesk::Store
