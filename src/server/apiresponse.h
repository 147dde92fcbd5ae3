#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Reqdesk::Server {

/// What a route answers. Errors keep code and message apart, so the listening thread can add
/// the request id when it writes the {"error":{code,message,request_id}} envelope.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorCode;    ///< set for errors only
    QString errorMessage; ///< safe to show to the client: never SQL, never a secret
    QString user;         ///< for the request log
    QString device;       ///< for the request log

    bool isError() const { return !errorCode.isEmpty(); }

    /// 200 (or another status) with a JSON object body.
    static ApiResponse json(const QJsonObject &object, int status = 200);
    /// 200 with a JSON body already serialised (the changes page is built as bytes).
    static ApiResponse raw(QByteArray json);
    /// A bodiless answer such as 204.
    static ApiResponse empty(int status);
    /// An error with its HTTP status, stable code and message.
    static ApiResponse error(int status, const QString &code, const QString &message);
    /// An error derived from a Core::Error: the code picks the status; internal failures are
    /// reported as "internal" without their detail.
    static ApiResponse fromError(const Core::Error &error);
    /// The body of an error, given the request id.
    QByteArray errorBody(const QString &requestId) const;
};

} // namespace Reqdesk::Server
