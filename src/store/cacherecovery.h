#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Reqdesk::Store {

/// Rebuilds a cache that cannot be opened (damaged, truncated, not a Reqdesk file) without
/// losing what only the cache holds: the unsent edits (the outbox, with their mutation ids, so
/// a replay of an edit the server already took stays a duplicate) and the sign-in (server,
/// user, device, pending conflict resolutions). Those are read from the damaged file on a
/// read-only connection, written to a JSON export beside it first, and carried into a new,
/// empty cache at the same path; the damaged file is kept under another name. Everything else
/// comes back from the server with the next sync (R7 of TARGETS.md).
class CacheRecovery final
{
public:
    /// What could be read from a damaged file.
    struct Salvage
    {
        QJsonArray edits; ///< outbox rows in order, as objects (seq, mutation_id, …)
        /// sync_state entries but those that describe the old content (cursor, epoch, last
        /// sync, snapshot and resync progress): device, server, user, unsent resolutions.
        QJsonObject signIn;
        QStringList problems;    ///< what could not be read, in words
        int unreadableEdits = 0; ///< outbox rows known to exist that could not be read
    };

    /// The outcome of rebuild().
    struct Report
    {
        QString damagedCopy; ///< where the damaged file (and its -wal, -shm) now is
        QString exportFile;  ///< the JSON export of the salvage, written before anything moved
        int editsRecovered = 0;
        int unreadableEdits = 0;
        QStringList problems;
    };

    /// Reads the outbox and sign-in of the file at `path` on a read-only connection, as much
    /// of them as can be read; never writes to it. A file SQLite cannot open at all gives an
    /// empty salvage with the reason in `problems`.
    static Salvage read(const QString &path);

    /// read(), writes the export to `path` + ".recovered-<UTC time>.json", renames the file
    /// (and its -wal and -shm) to `path` + ".damaged-<UTC time>", creates a new cache at `path`
    /// and puts the salvaged edits and sign-in into it in one transaction. Errors (nothing of
    /// the original is lost in any case): the export cannot be written, the file cannot be
    /// moved, the new cache cannot be created or written.
    static Core::Result<Report> rebuild(const QString &path);
};

} // namespace Reqdesk::Store
