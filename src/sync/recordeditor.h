#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QString>
#include <QUuid>

namespace Reqdesk::Store {
class Database;
}

namespace Reqdesk::Sync {

/// Local edits by field name, as the wire format names fields: the stored record's JSON with
/// the field replaced, decoded strictly (so a wrong type is refused), saved as a LocalEdit
/// through the repositories (row and outbox entry in one transaction; nests in the caller's).
class RecordEditor final
{
public:
    /// Sets `field` of a requisition, candidate or application to `value`.
    static Core::Status setField(Store::Database &database,
                                 const QString &entity,
                                 const QUuid &id,
                                 const QString &field,
                                 const QJsonValue &value);
};

} // namespace Reqdesk::Sync
