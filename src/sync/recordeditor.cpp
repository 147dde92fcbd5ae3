#include "sync/recordeditor.h"

#include "core/wire/wirecodec.h"
#include "store/applicationrepository.h"
#include "store/candidaterepository.h"
#include "store/database.h"
#include "store/requisitionrepository.h"

namespace Reqdesk::Sync {

using Core::ErrorCode;
using Core::makeError;
using Core::WireCodec;

Core::Status RecordEditor::setField(Store::Database &database,
                                    const QString &entity,
                                    const QUuid &id,
                                    const QString &field,
                                    const QJsonValue &value)
{
    const QJsonObject change{{field, value}};
    const auto strict = Core::Strictness::Strict;
    if (entity == QLatin1String("requisition")) {
        Store::RequisitionRepository repository(database);
        auto stored = repository.find(id);
        if (!stored)
            return stored.error();
        auto edited = WireCodec::requisitionFromJson(
                WireCodec::applyChanges(WireCodec::toJson(*stored), change), strict);
        if (!edited)
            return edited.error();
        return repository.save(*edited, Store::WriteOrigin::LocalEdit);
    }
    if (entity == QLatin1String("candidate")) {
        Store::CandidateRepository repository(database);
        auto stored = repository.find(id);
        if (!stored)
            return stored.error();
        auto edited = WireCodec::candidateFromJson(
                WireCodec::applyChanges(WireCodec::toJson(*stored), change), strict);
        if (!edited)
            return edited.error();
        return repository.save(*edited, Store::WriteOrigin::LocalEdit);
    }
    if (entity == QLatin1String("application")) {
        Store::ApplicationRepository repository(database);
        auto stored = repository.find(id);
        if (!stored)
            return stored.error();
        auto edited = WireCodec::applicationFromJson(
                WireCodec::applyChanges(WireCodec::toJson(*stored), change), strict);
        if (!edited)
            return edited.error();
        return repository.save(*edited, Store::WriteOrigin::LocalEdit);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("cannot edit a %1 to resolve a conflict").arg(entity));
}

} // namespace Reqdesk::Sync
