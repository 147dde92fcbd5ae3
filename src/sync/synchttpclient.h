#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace Reqdesk::Sync {

/// JSON over HTTP for the sync protocol (docs/sync-protocol.md): bearer token, request id,
/// protocol and epoch headers, gzip both ways with a cap, timeouts, errors as Core codes.
/// Calls block the calling thread in a local event loop; the engine runs on its own thread.
class SyncHttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHttpClient)

public:
    /// The protocol version this client speaks (X-Reqdesk-Protocol).
    static constexpr int protocolVersion = 1;
    /// Largest decompressed answer accepted (a 500-row page of big records fits many times).
    static constexpr qint64 maxResponseBytes = 64LL * 1024 * 1024;
    /// Request bodies above this size are sent gzip-compressed.
    static constexpr qint64 compressAbove = 1024;

    /// A client on the calling thread; set a base URL before the first call.
    explicit SyncHttpClient(QObject *parent = nullptr);

    /// The server, e.g. http://127.0.0.1:8443 (paths are appended).
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    /// The access token sent as "Authorization: Bearer"; empty sends none.
    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    /// The epoch sent as X-Reqdesk-Epoch on sync routes; empty sends none.
    void setEpoch(const QString &epoch) { m_epoch = epoch; }
    /// The X-Reqdesk-Protocol version sent (protocolVersion unless a test says otherwise).
    void setProtocol(int version) { m_protocol = version; }
    int protocol() const { return m_protocol; }
    /// Per-request timeout (no bytes moving for this long fails with NetworkTimeout).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// The X-Reqdesk-Epoch of the last answer that carried one.
    QString serverEpoch() const { return m_serverEpoch; }
    /// Retry-After seconds of the last 429/503 answer, 0 when none.
    int retryAfter() const { return m_retryAfter; }

    /// GET `path` with `query`; the JSON object of a 2xx answer, or a mapped error.
    Core::Result<QJsonObject> get(const QString &path, const QUrlQuery &query = {});
    /// POST `body` (gzip when large) to `path`; the JSON object of a 2xx answer, or an error.
    Core::Result<QJsonObject> post(const QString &path, const QJsonObject &body);
    /// Starts a GET that runs in the background while the caller works (the next page of a
    /// snapshot while this one is written); finish() waits for it and decodes it like get().
    /// The reply belongs to this client; abort() drops one that is no longer wanted.
    Core::Result<QNetworkReply *> startGet(const QString &path, const QUrlQuery &query = {});
    /// Waits for a reply of startGet() and decodes it; the reply is released either way.
    Core::Result<QJsonObject> finish(QNetworkReply *reply);
    /// Drops a reply of startGet() whose answer is not wanted.
    static void abort(QNetworkReply *reply);

    /// Maps an HTTP status and the protocol's error code to a Core error (docs/sync-protocol.md
    /// "Errors"): transient ones become NetworkError/ServerUnavailable/RateLimited.
    static Core::Error errorFor(int status, const QString &code, const QString &message);
    /// True for errors a retry with backoff can fix.
    static bool isTransient(Core::ErrorCode code);
    /// gzip of `data`.
    static Core::Result<QByteArray> gzip(const QByteArray &data);
    /// Inflates gzip `data`, failing with ResponseTooLarge as soon as `cap` bytes are passed.
    static Core::Result<QByteArray> gunzip(const QByteArray &data, qint64 cap);

private:
    Core::Result<QJsonObject>
    send(const QByteArray &method, const QString &path, const QUrlQuery &query, QByteArray body);
    Core::Result<QNetworkReply *>
    start(const QByteArray &method, const QString &path, const QUrlQuery &query, QByteArray body);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_accessToken;
    QString m_epoch;
    QString m_serverEpoch;
    int m_timeoutMs = 30000;
    int m_protocol = protocolVersion;
    int m_retryAfter = 0;
};

} // namespace Reqdesk::Sync
