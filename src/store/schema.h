#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Reqdesk::Store {

/// One versioned step of the schema: the statements that take user_version from version-1.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

/// The cache's schema: migrations in order, the Reqdesk application id and derived pieces
/// (secondary indexes and FTS triggers) that the bulk loader drops and recreates.
class Schema final
{
public:
    /// `PRAGMA application_id` of every Reqdesk cache ("RQDK" in ASCII).
    static constexpr qint32 applicationId = 0x5251444B;

    /// The schema version this build writes (the highest migration).
    static int currentVersion();
    /// All migrations, oldest first.
    static const QList<Migration> &migrations();

    /// CREATE INDEX statements of candidates, applications and stage_events (secondary only),
    /// run again after a pipeline bulk load into empty tables.
    static QStringList pipelineIndexes();
    /// The names of pipelineIndexes(), in the same order.
    static QStringList pipelineIndexNames();
    /// CREATE INDEX statements of the bulk-loaded tables, run again after a bulk load.
    static QStringList bulkIndexes();
    /// Names of those indexes, for DROP INDEX.
    static QStringList bulkIndexNames();
    /// CREATE TRIGGER statements that keep the FTS index in step with requisitions.
    static QStringList ftsTriggers();
    /// Names of those triggers, for DROP TRIGGER.
    static QStringList ftsTriggerNames();
};

} // namespace Reqdesk::Store
