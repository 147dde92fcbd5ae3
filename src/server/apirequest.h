#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Reqdesk::Server {

/// A request copied out of QHttpServerRequest on the listening thread, so workers never touch
/// the connection's objects.
struct ApiRequest
{
    quint64 serial = 0;
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString remoteAddress;
    QString requestId;

    /// A header's value by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
};

} // namespace Reqdesk::Server
