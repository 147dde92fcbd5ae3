#pragma once

#include "core/requisition.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Reqdesk::Store {

/// JSON helpers of the store: the sections column, string-list columns, times as text, and
/// outbox payloads. Records themselves are encoded by Core::WireCodec, so outbox payloads and
/// base copies are in the wire format and can be sent as they are.
class RecordJson final
{
public:
    /// The JSON column that holds a requisition's posting sections.
    static QJsonObject toJson(const Core::PostingSections &sections);

    /// Sections from the JSON that toJson(PostingSections) wrote.
    static Core::PostingSections sectionsFromJson(const QJsonObject &object);

    /// The fields of `after` whose values differ from `before`, leaving out the fields a user
    /// never edits (id, version, created_at, updated_at).
    static QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after);
    /// `record` without id, version, created_at and updated_at: the payload of an insert.
    static QJsonObject insertFields(const QJsonObject &record);

    /// JSON array of strings.
    static QJsonArray toArray(const QStringList &list);
    /// Strings of a JSON array text ("[...]"); empty on anything else.
    static QStringList stringListFromText(const QString &json);
    /// Compact JSON text of an array of strings.
    static QString stringListToText(const QStringList &list);

    /// ISO 8601 UTC with milliseconds, or an empty string for an invalid time.
    static QString timeText(const QDateTime &time);
    /// Inverse of timeText().
    static QDateTime timeFromText(const QString &text);
};

} // namespace Reqdesk::Store
