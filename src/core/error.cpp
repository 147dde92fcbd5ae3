#include "core/error.h"

namespace Reqdesk::Core {

QString Error::message() const
{
    if (line > 0)
        return QStringLiteral("line %1: %2").arg(line).arg(detail);
    return detail;
}

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::ParseError:
        return QStringLiteral("parse_error");
    case ErrorCode::UnsupportedFormat:
        return QStringLiteral("unsupported_format");
    case ErrorCode::CurrencyMismatch:
        return QStringLiteral("currency_mismatch");
    case ErrorCode::PeriodMismatch:
        return QStringLiteral("period_mismatch");
    case ErrorCode::IllegalTransition:
        return QStringLiteral("illegal_transition");
    case ErrorCode::ReasonRequired:
        return QStringLiteral("reason_required");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::IoError:
        return QStringLiteral("io_error");
    case ErrorCode::ValueOutOfRange:
        return QStringLiteral("value_out_of_range");
    case ErrorCode::DatabaseOpenFailed:
        return QStringLiteral("database_open_failed");
    case ErrorCode::DatabaseNotReqdesk:
        return QStringLiteral("database_not_reqdesk");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorCode::MigrationFailed:
        return QStringLiteral("migration_failed");
    case ErrorCode::QueryFailed:
        return QStringLiteral("query_failed");
    case ErrorCode::DatabaseCorrupt:
        return QStringLiteral("database_corrupt");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorCode::ConstraintViolated:
        return QStringLiteral("constraint_violated");
    case ErrorCode::DatabaseBusy:
        return QStringLiteral("database_busy");
    case ErrorCode::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCode::TokenReused:
        return QStringLiteral("token_reused");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already_exists");
    case ErrorCode::InstanceLocked:
        return QStringLiteral("instance_locked");
    case ErrorCode::ConfigInvalid:
        return QStringLiteral("config_invalid");
    case ErrorCode::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case ErrorCode::AccountDisabled:
        return QStringLiteral("account_disabled");
    case ErrorCode::EpochMismatch:
        return QStringLiteral("epoch_mismatch");
    case ErrorCode::CursorExpired:
        return QStringLiteral("cursor_expired");
    case ErrorCode::CursorAhead:
        return QStringLiteral("cursor_ahead");
    case ErrorCode::ClientTooOld:
        return QStringLiteral("client_too_old");
    case ErrorCode::ClientTooNew:
        return QStringLiteral("client_too_new");
    case ErrorCode::UnsupportedEncoding:
        return QStringLiteral("unsupported_encoding");
    case ErrorCode::NetworkError:
        return QStringLiteral("network_error");
    case ErrorCode::NetworkTimeout:
        return QStringLiteral("network_timeout");
    case ErrorCode::ServerUnavailable:
        return QStringLiteral("server_unavailable");
    case ErrorCode::BadResponse:
        return QStringLiteral("bad_response");
    case ErrorCode::NotSignedIn:
        return QStringLiteral("not_signed_in");
    case ErrorCode::SyncNoProgress:
        return QStringLiteral("sync_no_progress");
    case ErrorCode::ResponseTooLarge:
        return QStringLiteral("response_too_large");
    case ErrorCode::TokenStoreFailed:
        return QStringLiteral("token_store_failed");
    case ErrorCode::SyncRejected:
        return QStringLiteral("sync_rejected");
    case ErrorCode::AlreadyResolved:
        return QStringLiteral("already_resolved");
    }
    return QStringLiteral("unknown");
}

} // namespace Reqdesk::Core
