#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Reqdesk::Store {

/// What an outbox entry asks the server to do.
enum class OutboxOp { Insert, Update, Delete };

/// One local change waiting for upload (SYNC.md: entity, id, changed fields, base version,
/// mutation id). The payload holds snake_case fields as the wire codec names them.
struct OutboxEntry
{
    qint64 seq = 0; ///< upload order; assigned by the store
    QUuid mutationId;
    QString entity; ///< "requisition", "candidate", "application", "stage_event", "note"
    QUuid entityId;
    OutboxOp op = OutboxOp::Update;
    QJsonObject changes;    ///< changed fields only; the full record for an insert; {} for a delete
    qint64 baseVersion = 0; ///< server version the edit was made on; 0 for a new record
    QDateTime createdAt;
    int attempts = 0;
    QString lastError;
    bool setAside = false; ///< a poison record kept aside so the queue keeps moving
};

/// Stable lowercase name of an operation: "insert", "update", "delete".
QString outboxOpName(OutboxOp op);

} // namespace Reqdesk::Store

Q_DECLARE_METATYPE(Reqdesk::Store::OutboxEntry)
