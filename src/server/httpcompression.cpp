#include "server/httpcompression.h"

#include <QList>

#include <zlib.h>

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;

namespace {

// windowBits 15 + 16 selects the gzip wrapper instead of zlib's.
constexpr int GzipWindowBits = 15 + 16;
constexpr qsizetype Chunk = 64 * 1024;

} // namespace

QByteArray HttpCompression::gzip(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(
                &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, GzipWindowBits, 8, Z_DEFAULT_STRATEGY)
        != Z_OK) {
        return QByteArray();
    }
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return QByteArray();
    out.resize(written);
    return out;
}

Core::Result<QByteArray> HttpCompression::gunzip(const QByteArray &data, qint64 maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, GzipWindowBits) != Z_OK)
        return makeError(ErrorCode::ParseError, QStringLiteral("cannot start inflating"));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    int result = Z_OK;
    while (result != Z_STREAM_END) {
        const qsizetype before = out.size();
        out.resize(before + Chunk);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = uInt(Chunk);
        result = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + (Chunk - qsizetype(stream.avail_out)));
        if (out.size() > maxBytes) {
            inflateEnd(&stream);
            return makeError(
                    ErrorCode::PayloadTooLarge,
                    QStringLiteral("the decompressed body exceeds %1 bytes").arg(maxBytes));
        }
        if (result == Z_BUF_ERROR && stream.avail_in == 0)
            break; // truncated input
        if (result != Z_OK && result != Z_STREAM_END)
            break;
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END)
        return makeError(ErrorCode::ParseError, QStringLiteral("corrupt or truncated gzip body"));
    return out;
}

bool HttpCompression::acceptsGzip(const QByteArray &acceptEncoding)
{
    for (const QByteArray &part : acceptEncoding.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        if (pieces.first().trimmed().toLower() != "gzip")
            continue;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray parameter = pieces.at(i).trimmed();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() == 0.0)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace Reqdesk::Server
