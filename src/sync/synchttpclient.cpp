#include "sync/synchttpclient.h"

#include "sync/synclogging.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <zlib.h>

namespace Reqdesk::Sync {

using Core::ErrorCode;
using Core::makeError;

SyncHttpClient::SyncHttpClient(QObject *parent)
    : QObject(parent)
{
    // A child, so moveToThread() of the client takes the manager along (a member child is
    // destroyed before ~QObject runs, so it is never deleted twice).
    m_network.setParent(this);
    // Redirects could carry the bearer token to another host: never follow them.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Core::Result<QJsonObject> SyncHttpClient::get(const QString &path, const QUrlQuery &query)
{
    return send(QByteArrayLiteral("GET"), path, query, {});
}

Core::Result<QJsonObject> SyncHttpClient::post(const QString &path, const QJsonObject &body)
{
    return send(QByteArrayLiteral("POST"),
                path,
                {},
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Core::Result<QJsonObject> SyncHttpClient::send(const QByteArray &method,
                                               const QString &path,
                                               const QUrlQuery &query,
                                               QByteArray body)
{
    auto reply = start(method, path, query, std::move(body));
    if (!reply)
        return reply.error();
    return finish(*reply);
}

Core::Result<QNetworkReply *> SyncHttpClient::startGet(const QString &path, const QUrlQuery &query)
{
    return start("GET", path, query, {});
}

void SyncHttpClient::abort(QNetworkReply *reply)
{
    if (!reply)
        return;
    reply->abort();
    reply->deleteLater();
}

Core::Result<QNetworkReply *> SyncHttpClient::start(const QByteArray &method,
                                                    const QString &path,
                                                    const QUrlQuery &query,
                                                    QByteArray body)
{
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty())
        return makeError(ErrorCode::NotSignedIn, QStringLiteral("no server URL"));
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader("X-Request-Id", requestId);
    request.setRawHeader("X-Reqdesk-Protocol", QByteArray::number(m_protocol));
    // Set by hand so Qt does not inflate silently: the cap below must hold.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setRawHeader("Accept", "application/json");
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    const bool epochRoute
            = path.startsWith(QLatin1String("/v1/sync/")) && path != QLatin1String("/v1/sync/meta");
    if (epochRoute && !m_epoch.isEmpty())
        request.setRawHeader("X-Reqdesk-Epoch", m_epoch.toLatin1());
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (body.size() > compressAbove) {
            auto packed = gzip(body);
            if (!packed)
                return packed.error();
            body = *packed;
            request.setRawHeader("Content-Encoding", "gzip");
        }
    }

    QNetworkReply *reply = method == "GET" ? m_network.get(request)
                                           : m_network.sendCustomRequest(request, method, body);
    // For finish()'s messages.
    reply->setProperty("reqdeskMethod", method);
    reply->setProperty("reqdeskPath", path);
    return reply;
}

Core::Result<QJsonObject> SyncHttpClient::finish(QNetworkReply *reply)
{
    const QByteArray method = reply->property("reqdeskMethod").toByteArray();
    const QString path = reply->property("reqdeskPath").toString();
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QByteArray epoch = reply->rawHeader("X-Reqdesk-Epoch"); !epoch.isEmpty())
        m_serverEpoch = QString::fromLatin1(epoch);
    m_retryAfter = reply->rawHeader("Retry-After").toInt();
    if (status == 0) {
        const auto code = reply->error() == QNetworkReply::OperationCanceledError
                                          || reply->error() == QNetworkReply::TimeoutError
                                  ? ErrorCode::NetworkTimeout
                                  : ErrorCode::NetworkError;
        qCInfo(lcSync) << method << path << "failed:" << reply->errorString();
        return makeError(code, reply->errorString());
    }
    QByteArray data = reply->readAll();
    if (reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip") {
        auto plain = gunzip(data, maxResponseBytes);
        if (!plain)
            return plain.error();
        data = *plain;
    } else if (data.size() > maxResponseBytes) {
        return makeError(ErrorCode::ResponseTooLarge, QStringLiteral("answer too large"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (status < 200 || status > 299) {
        const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
        qCInfo(lcSync) << method << path << "answered" << status
                       << error.value(QStringLiteral("code")).toString();
        return errorFor(status,
                        error.value(QStringLiteral("code")).toString(),
                        error.value(QStringLiteral("message")).toString());
    }
    if (!document.isObject())
        return makeError(ErrorCode::BadResponse,
                         QStringLiteral("%1 %2: not a JSON object (%3)")
                                 .arg(QString::fromLatin1(method), path, parseError.errorString()));
    return document.object();
}

Core::Error SyncHttpClient::errorFor(int status, const QString &code, const QString &message)
{
    const QString detail = message.isEmpty() ? QStringLiteral("HTTP %1 %2").arg(status).arg(code)
                                             : QStringLiteral("%1 (%2)").arg(message, code);
    auto error = [&](ErrorCode c) {
        return Core::Error{c, detail, 0};
    };
    if (code == QLatin1String("epoch_mismatch"))
        return error(ErrorCode::EpochMismatch);
    if (code == QLatin1String("cursor_expired"))
        return error(ErrorCode::CursorExpired);
    if (code == QLatin1String("cursor_ahead"))
        return error(ErrorCode::CursorAhead);
    if (code == QLatin1String("already_resolved"))
        return error(ErrorCode::AlreadyResolved);
    if (code == QLatin1String("token_reused"))
        return error(ErrorCode::TokenReused);
    if (code == QLatin1String("client_too_new"))
        return error(ErrorCode::ClientTooNew);
    if (code == QLatin1String("account_disabled"))
        return error(ErrorCode::AccountDisabled);
    if (code == QLatin1String("illegal_transition"))
        return error(ErrorCode::IllegalTransition);
    switch (status) {
    case 401:
        return error(ErrorCode::Unauthenticated);
    case 403:
        return error(ErrorCode::PermissionDenied);
    case 404:
        return error(ErrorCode::NotFound);
    case 409: // busy
        return error(ErrorCode::ServerUnavailable);
    case 413:
        return error(ErrorCode::PayloadTooLarge);
    case 415:
        return error(ErrorCode::UnsupportedEncoding);
    case 426:
        return error(ErrorCode::ClientTooOld);
    case 429:
        return error(ErrorCode::RateLimited);
    default:
        break;
    }
    return error(status >= 500 ? ErrorCode::ServerUnavailable : ErrorCode::SyncRejected);
}

bool SyncHttpClient::isTransient(Core::ErrorCode code)
{
    return code == ErrorCode::NetworkError || code == ErrorCode::NetworkTimeout
           || code == ErrorCode::ServerUnavailable || code == ErrorCode::RateLimited
           || code == ErrorCode::BadResponse;
}

Core::Result<QByteArray> SyncHttpClient::gzip(const QByteArray &data)
{
    z_stream stream{};
    // 15 + 16: a gzip wrapper instead of zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return makeError(ErrorCode::IoError, QStringLiteral("gzip: init failed"));
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size())) + 32), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const auto written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return makeError(ErrorCode::IoError, QStringLiteral("gzip: deflate failed"));
    out.resize(written);
    return out;
}

Core::Result<QByteArray> SyncHttpClient::gunzip(const QByteArray &data, qint64 cap)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return makeError(ErrorCode::BadResponse, QStringLiteral("gunzip: init failed"));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return makeError(ErrorCode::BadResponse, QStringLiteral("gunzip: corrupt data"));
        }
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        // Stop as soon as the cap is passed: a small bomb must not fill memory.
        if (out.size() > cap) {
            inflateEnd(&stream);
            return makeError(ErrorCode::ResponseTooLarge,
                             QStringLiteral("answer above %1 bytes decompressed").arg(cap));
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return makeError(ErrorCode::BadResponse, QStringLiteral("gunzip: truncated data"));
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace Reqdesk::Sync
