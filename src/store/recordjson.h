#pragma once

#include "core/application.h"
#include "core/candidate.h"
#include "core/note.h"
#include "core/requisition.h"
#include "core/stageevent.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Reqdesk::Store {

/// The store's own JSON form of records, for outbox payloads, base copies and JSON columns.
/// Field names are the snake_case member names; amounts are integer minor units; dates ISO 8601.
/// It matches the wire codec's field names so outbox payloads can be sent as they are.
class RecordJson final
{
public:
    static QJsonObject toJson(const Core::Requisition &requisition);
    static QJsonObject toJson(const Core::PayBand &band);
    static QJsonObject toJson(const Core::PostingSections &sections);
    static QJsonObject toJson(const Core::Candidate &candidate);
    static QJsonObject toJson(const Core::Application &application);
    static QJsonObject toJson(const Core::StageEvent &event);
    static QJsonObject toJson(const Core::Note &note);

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
