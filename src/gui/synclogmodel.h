#pragma once

#include "store/synclogrepository.h"
#include "sync/roundreport.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Reqdesk::Gui {

/// The recent sync rounds and failures, newest first, at most maxEntries (older ones drop off):
/// what was sent, received, found in conflict, set aside or kept here, and failures in words a
/// recruiter understands. SyncPane keeps them in the cache between sessions (toStore() /
/// fromStore(), addEarlier()).
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogModel)

public:
    enum Column {
        TimeColumn,
        ResultColumn,
        PushedColumn,
        PulledColumn,
        ConflictsColumn,
        SetAsideColumn,
        KeptLocalColumn,
        ColumnCount
    };
    enum Role : int {
        SortRole = Qt::UserRole + 1, ///< raw value to sort on
        FailedRole,                  ///< true for a failure
        ErrorCodeRole,               ///< the Core::ErrorCode of a failure (int), 0 for rounds
    };
    /// How many entries the log keeps.
    static constexpr int maxEntries = 200;

    /// One line of the log.
    struct Entry
    {
        QDateTime at;
        bool failed = false;
        Sync::RoundReport report; ///< rounds only
        int code = 0;             ///< failures only: a Core::ErrorCode
        QString detail;           ///< failures only: the technical detail (tool tip)
        bool willRetry = false;   ///< failures only
        QString text;             ///< what happened, in words (made once: data() only reads)
    };

    explicit SyncLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Adds a completed round at the top.
    void addRound(const QDateTime &at, const Sync::RoundReport &report);
    /// Adds a failed round at the top.
    void addFailure(const QDateTime &at, int code, const QString &detail, bool willRetry);
    /// Adds entries of earlier sessions (newest first) below the current ones, up to the cap.
    void addEarlier(const QList<Entry> &entries);
    /// The entry at `row` (0 = newest).
    const Entry &entryAt(int row) const { return m_entries.at(row); }

    /// An entry as the cache keeps it (counts, keys and the failure's detail; no words).
    static Store::SyncLogEntry toStore(const Entry &entry);
    /// An entry read from the cache, its words made again in today's language.
    static Entry fromStore(const Store::SyncLogEntry &entry);

    /// A round in one sentence: "Sent 3 changes and received 12. 1 conflict needs you."
    static QString roundText(const Sync::RoundReport &report);
    /// A failure in plain words, with what happens to the user's edits and whether it retries.
    static QString failureText(int code, const QString &detail, bool willRetry);

private:
    void prepend(const Entry &entry);

    QList<Entry> m_entries;
};

} // namespace Reqdesk::Gui
