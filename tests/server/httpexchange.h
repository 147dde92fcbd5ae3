#pragma once

// One HTTP request to a test server, waited for in an event loop: shared by the server's
// process-level tests.
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace ReqdeskTest {

/// One finished HTTP exchange.
struct HttpReply
{
    int status = 0; ///< 0 when no answer came (timeout, refused connection)
    QJsonObject json;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names

    /// `error.code` of a JSON error body; empty otherwise.
    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("code"))
                .toString();
    }
    /// A push answer's `results`.
    QJsonArray results() const { return json.value(QStringLiteral("results")).toArray(); }
    QJsonObject result(int i) const { return results().at(i).toObject(); }
    QString outcome(int i) const { return result(i).value(QStringLiteral("outcome")).toString(); }
};

/// Sends `body` with `method` (JSON content type) and waits at most `timeoutMs` for the answer.
/// HTTPS peers are not verified: the tests' servers use their own self-signed certificate.
inline HttpReply exchange(QNetworkAccessManager &network,
                          const QByteArray &method,
                          QNetworkRequest request,
                          const QByteArray &body = {},
                          int timeoutMs = 30000)
{
    if (request.url().scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &[key, value] : reply->rawHeaderPairs())
        out.headers.insert(key.toLower(), value);
    reply->deleteLater();
    return out;
}

} // namespace ReqdeskTest
