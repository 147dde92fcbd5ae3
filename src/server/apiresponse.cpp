#include "server/apiresponse.h"

#include <QJsonDocument>

namespace Reqdesk::Server {

using Core::ErrorCode;

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::raw(QByteArray json)
{
    ApiResponse response;
    response.body = std::move(json);
    return response;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    ApiResponse response;
    response.status = status;
    response.errorCode = code;
    response.errorMessage = message;
    return response;
}

ApiResponse ApiResponse::fromError(const Core::Error &error)
{
    switch (error.code) {
    case ErrorCode::ParseError:
    case ErrorCode::InvalidArgument:
    case ErrorCode::ValueOutOfRange:
        return ApiResponse::error(400, QStringLiteral("bad_request"), error.message());
    case ErrorCode::Unauthenticated:
    case ErrorCode::TokenReused:
        return ApiResponse::error(401, error.codeName(), error.detail);
    case ErrorCode::AccountDisabled:
    case ErrorCode::PermissionDenied:
        return ApiResponse::error(403, error.codeName(), error.detail);
    case ErrorCode::NotFound:
        return ApiResponse::error(404, error.codeName(), error.detail);
    case ErrorCode::AlreadyExists:
    case ErrorCode::EpochMismatch:
    case ErrorCode::AlreadyResolved:
        return ApiResponse::error(409, error.codeName(), error.detail);
    case ErrorCode::CursorExpired:
    case ErrorCode::CursorAhead:
        return ApiResponse::error(410, error.codeName(), error.detail);
    case ErrorCode::UnsupportedEncoding:
        return ApiResponse::error(415, error.codeName(), error.detail);
    case ErrorCode::IllegalTransition:
    case ErrorCode::ReasonRequired:
        return ApiResponse::error(422, error.codeName(), error.detail);
    case ErrorCode::ClientTooOld:
    case ErrorCode::ClientTooNew:
        return ApiResponse::error(426, error.codeName(), error.detail);
    case ErrorCode::PayloadTooLarge:
        return ApiResponse::error(413, error.codeName(), error.detail);
    case ErrorCode::RateLimited:
        return ApiResponse::error(429, error.codeName(), error.detail);
    case ErrorCode::DatabaseBusy:
        return ApiResponse::error(
                503, QStringLiteral("busy"), QStringLiteral("the database is busy; retry shortly"));
    default:
        break;
    }
    return ApiResponse::error(
            500, QStringLiteral("internal"), QStringLiteral("internal error; see the server log"));
}

QByteArray ApiResponse::errorBody(const QString &requestId) const
{
    const QJsonObject inner{{QStringLiteral("code"), errorCode},
                            {QStringLiteral("message"), errorMessage},
                            {QStringLiteral("request_id"), requestId}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), inner}})
            .toJson(QJsonDocument::Compact);
}

} // namespace Reqdesk::Server
