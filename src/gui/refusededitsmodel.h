#pragma once

#include "store/outboxentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Reqdesk::Gui {

/// The edits the server refused and this computer keeps aside (outbox entries with
/// set_aside): which record, what the edit did, when, and the server's reason in words. Small
/// by nature (a handful of entries), so it holds them all.
class RefusedEditsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefusedEditsModel)

public:
    /// Columns, left to right.
    enum Column { RecordColumn, ChangeColumn, MadeColumn, ReasonColumn, ColumnCount };
    /// Extra data roles.
    enum Role {
        SeqRole = Qt::UserRole + 1, ///< the entry's outbox sequence number (qint64)
        KeyRole,                    ///< "entity:id" of its record
    };

    explicit RefusedEditsModel(QObject *parent = nullptr);

    /// Shows `edits` (replacing what was shown); titles are looked up separately.
    void setEdits(const QList<Store::OutboxEntry> &edits);
    /// Record titles for keys "entity:id" (as DatabaseClient::recordTitles answers).
    void setTitles(const QStringList &keys, const QStringList &titles);
    /// The "entity:id" keys of the shown edits, each once.
    QStringList recordKeys() const;
    /// The entry shown in `row`.
    const Store::OutboxEntry &entryAt(int row) const { return m_edits.at(row); }

    /// "Requisition", "Candidate", "Application", "Stage move", "Note".
    static QString entityName(const QString &entity);
    /// What the edit did: "Created", "Deleted", "Changed title, openings".
    static QString changeText(const Store::OutboxEntry &entry);
    /// The server's refusal ("code: detail") in words a recruiter understands, detail after.
    static QString reasonText(const QString &lastError);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static QString keyOf(const Store::OutboxEntry &entry);

    QList<Store::OutboxEntry> m_edits;
    QHash<QString, QString> m_titles;
};

} // namespace Reqdesk::Gui
