#pragma once

#include "core/result.h"

#include <QByteArray>

namespace Reqdesk::Server {

/// gzip for HTTP bodies (RFC 1952 through zlib): responses when the client accepts it, request
/// bodies sent with Content-Encoding: gzip.
class HttpCompression final
{
public:
    /// The gzip form of `data`.
    static QByteArray gzip(const QByteArray &data);
    /// Inflates a gzip body; PayloadTooLarge as soon as the output would pass `maxBytes` (so a
    /// small "zip bomb" never allocates more than the cap), ParseError for corrupt input.
    static Core::Result<QByteArray> gunzip(const QByteArray &data, qint64 maxBytes);
    /// True when an Accept-Encoding value lists gzip (without q=0).
    static bool acceptsGzip(const QByteArray &acceptEncoding);
};

} // namespace Reqdesk::Server
