#include "server/recordaccess.h"

#include "server/serverstorage.h"

#include <QJsonArray>

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;
using Core::Result;
using Core::Status;

RecordAccess::RecordAccess(const UserRecord &user, ServerStorage &storage)
    : m_user(user)
    , m_storage(storage)
{}

void RecordAccess::forget()
{
    m_requisitions.clear();
    m_applications.clear();
    m_candidates.clear();
}

bool RecordAccess::readsEverything() const
{
    return m_user.role != Role::HiringManager;
}

bool RecordAccess::redactsNothing() const
{
    // Must agree with redactedFields(): hiring managers lose candidate contacts, viewers
    // without the grant lose pay fields.
    switch (m_user.role) {
    case Role::Admin:
    case Role::Recruiter:
        return true;
    case Role::Viewer:
        return m_user.payAccess;
    case Role::HiringManager:
        break;
    }
    return false;
}

bool RecordAccess::readOnly() const
{
    return m_user.role == Role::Viewer;
}

bool RecordAccess::orgMatches(const QJsonObject &requisition) const
{
    const QString org = requisition.value(QStringLiteral("org")).toString();
    return !m_user.org.isEmpty() && org.compare(m_user.org, Qt::CaseInsensitive) == 0;
}

Result<bool> RecordAccess::requisitionInOrg(const QString &requisitionId)
{
    if (const auto it = m_requisitions.constFind(requisitionId); it != m_requisitions.constEnd())
        return *it;
    auto record = m_storage.findRecord(
            m_user.tenantId, QStringLiteral("requisition"), QUuid::fromString(requisitionId));
    if (!record)
        return record.error();
    // A tombstone still says which org it was; a requisition not synced yet is no one's org.
    const bool inOrg = record->has_value() && orgMatches((*record)->data);
    m_requisitions.insert(requisitionId, inOrg);
    return inOrg;
}

Result<bool> RecordAccess::applicationInOrg(const QString &applicationId)
{
    if (const auto it = m_applications.constFind(applicationId); it != m_applications.constEnd())
        return *it;
    auto record = m_storage.findRecord(
            m_user.tenantId, QStringLiteral("application"), QUuid::fromString(applicationId));
    if (!record)
        return record.error();
    bool inOrg = false;
    if (record->has_value()) {
        auto parent = requisitionInOrg((*record)->ref1);
        if (!parent)
            return parent.error();
        inOrg = *parent;
    }
    m_applications.insert(applicationId, inOrg);
    return inOrg;
}

Result<bool> RecordAccess::candidateInOrg(const QString &candidateId)
{
    if (const auto it = m_candidates.constFind(candidateId); it != m_candidates.constEnd())
        return *it;
    auto applications = m_storage.recordsByRef(
            m_user.tenantId, QStringLiteral("application"), 2, candidateId);
    if (!applications)
        return applications.error();
    bool inOrg = false;
    for (const SyncRecord &application : std::as_const(*applications)) {
        auto parent = requisitionInOrg(application.ref1);
        if (!parent)
            return parent.error();
        if (*parent) {
            inOrg = true;
            break;
        }
    }
    m_candidates.insert(candidateId, inOrg);
    return inOrg;
}

Result<bool> RecordAccess::canRead(const QString &entity, const QJsonObject &data)
{
    if (m_user.role != Role::HiringManager)
        return true;
    if (entity == QLatin1String("requisition"))
        return orgMatches(data);
    if (entity == QLatin1String("application"))
        return requisitionInOrg(data.value(QStringLiteral("requisition_id")).toString());
    if (entity == QLatin1String("note") || entity == QLatin1String("stage_event"))
        return applicationInOrg(data.value(QStringLiteral("application_id")).toString());
    if (entity == QLatin1String("candidate"))
        return candidateInOrg(data.value(QStringLiteral("id")).toString());
    if (entity == QLatin1String("conflict")) {
        const QString target = data.value(QStringLiteral("entity")).toString();
        if (target == QLatin1String("conflict"))
            return false;
        auto record = m_storage.findRecord(
                m_user.tenantId,
                target,
                QUuid::fromString(data.value(QStringLiteral("entity_id")).toString()));
        if (!record)
            return record.error();
        if (!record->has_value())
            return false;
        return canRead(target, (*record)->data);
    }
    return false;
}

Status RecordAccess::canWrite(const QString &entity, Write write, const QJsonObject &data)
{
    switch (m_user.role) {
    case Role::Admin:
    case Role::Recruiter:
        return {};
    case Role::Viewer:
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("viewers are read-only"));
    case Role::HiringManager:
        break;
    }
    const auto denied = [&entity](const QString &why) {
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("hiring managers %1 (%2)").arg(why, entity));
    };
    if (entity == QLatin1String("application")) {
        if (write != Write::Update)
            return denied(QStringLiteral("may only update applications"));
    } else if (entity == QLatin1String("note") || entity == QLatin1String("stage_event")) {
        if (write != Write::Insert)
            return denied(QStringLiteral("may only add notes and stage events"));
    } else {
        return denied(QStringLiteral("may not change this kind of record"));
    }
    auto readable = canRead(entity, data);
    if (!readable)
        return readable.error();
    if (!*readable)
        return denied(QStringLiteral("may only change records of their org"));
    return {};
}

QStringList RecordAccess::redactedFields(const QString &entity) const
{
    if (m_user.role == Role::HiringManager && entity == QLatin1String("candidate"))
        return {QStringLiteral("emails"), QStringLiteral("phones"), QStringLiteral("links")};
    if (m_user.role == Role::Viewer && !m_user.payAccess) {
        if (entity == QLatin1String("requisition"))
            return {QStringLiteral("bands")};
        if (entity == QLatin1String("application"))
            return {QStringLiteral("expected_salary"), QStringLiteral("offer")};
    }
    return {};
}

QJsonObject RecordAccess::redact(const QString &entity, const QJsonObject &data) const
{
    QJsonObject out = data;
    if (entity == QLatin1String("conflict")) {
        const QStringList fields = redactedFields(data.value(QStringLiteral("entity")).toString());
        if (fields.isEmpty())
            return out;
        if (fields.contains(data.value(QStringLiteral("field")).toString())) {
            for (const QString &key : {QStringLiteral("base_value"),
                                       QStringLiteral("server_value"),
                                       QStringLiteral("client_value")}) {
                out.insert(key, QJsonValue::Null);
            }
        }
        for (const QString &key :
             {QStringLiteral("server_value"), QStringLiteral("client_value")}) {
            if (!out.value(key).isObject())
                continue;
            QJsonObject whole = out.value(key).toObject();
            for (const QString &field : fields)
                whole.remove(field);
            out.insert(key, whole);
        }
        return out;
    }
    for (const QString &field : redactedFields(entity))
        out.remove(field);
    return out;
}

} // namespace Reqdesk::Server
