#pragma once

#include "core/application.h"
#include "core/candidate.h"
#include "core/money.h"
#include "core/note.h"
#include "core/payband.h"
#include "core/requisition.h"
#include "core/result.h"
#include "core/stageevent.h"
#include "core/wire/wirestrictness.h"

#include <QJsonObject>

namespace Reqdesk::Core {

/// The sync wire format: JSON codecs of every record the client and server exchange.
///
/// The format is documented in docs/wire-format.md. In short: snake_case field names, UUIDs as
/// 36 lower-case characters without braces, amounts as JSON integers in minor units (exact up
/// to 2^53; larger values are refused when decoding), timestamps as ISO 8601 UTC with
/// milliseconds ("2026-11-28T19:00:00.000Z", null when unknown), dates as "yyyy-MM-dd" (omitted
/// when unknown), enums by their stable names. Decoders report the first problem as a
/// ParseError whose detail names the field ("requisition.bands[1].min_minor: ...").
class WireCodec final
{
public:
    /// {minor, currency, period}.
    static QJsonObject toJson(const Money &money);
    /// Every field required; currency must be three upper-case letters.
    static Result<Money> moneyFromJson(const QJsonObject &json,
                                       Strictness strictness = Strictness::Strict);

    /// One pay band; mid_minor only when the band states one.
    static QJsonObject toJson(const PayBand &band);
    /// Decodes a band; Key fields: id, currency, period, min_minor, max_minor.
    static Result<PayBand> payBandFromJson(const QJsonObject &json,
                                           Strictness strictness = Strictness::Strict);

    /// A whole requisition, bands and posting sections included.
    static QJsonObject toJson(const Requisition &requisition);
    /// Decodes a requisition; Key fields: id, title, status, version.
    static Result<Requisition> requisitionFromJson(const QJsonObject &json,
                                                   Strictness strictness = Strictness::Strict);

    /// A candidate with contact details.
    static QJsonObject toJson(const Candidate &candidate);
    /// Decodes a candidate; Key fields: id, name, version.
    static Result<Candidate> candidateFromJson(const QJsonObject &json,
                                               Strictness strictness = Strictness::Strict);

    /// An application; expected_salary and offer only when set.
    static QJsonObject toJson(const Application &application);
    /// Decodes an application; Key fields: id, candidate_id, requisition_id, stage, version.
    static Result<Application> applicationFromJson(const QJsonObject &json,
                                                   Strictness strictness = Strictness::Strict);

    /// One stage move; `from` omitted for the first event.
    static QJsonObject toJson(const StageEvent &event);
    /// Decodes a stage event; Key fields: id, application_id, to, version.
    static Result<StageEvent> stageEventFromJson(const QJsonObject &json,
                                                 Strictness strictness = Strictness::Strict);

    /// One note.
    static QJsonObject toJson(const Note &note);
    /// Decodes a note; Key fields: id, application_id, text, version.
    static Result<Note> noteFromJson(const QJsonObject &json,
                                     Strictness strictness = Strictness::Strict);

    /// The top-level fields of `after` that differ from `before` (nested objects and arrays
    /// compare as whole values); a field present before and gone after maps to null. This is
    /// what the outbox stores for an update.
    static QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after);
    /// `base` with `changes` written over it, field by field (null stays null: for omittable
    /// fields the decoders read null as absent).
    static QJsonObject applyChanges(const QJsonObject &base, const QJsonObject &changes);

    /// Canonical UUID text: lower case, no braces.
    static QString uuidText(const QUuid &id);
    /// Canonical timestamp: ISO 8601 in UTC with milliseconds, or null when invalid.
    static QJsonValue dateTimeValue(const QDateTime &at);
};

} // namespace Reqdesk::Core
