#pragma once

#include <QByteArray>
#include <QStringView>

namespace Reqdesk::Server {

/// Pieces of JSON text written straight into a byte array, for the answers and log lines that
/// are built as bytes rather than through QJsonDocument (the per-request hot paths).
class JsonText final
{
public:
    /// Appends `text` as a JSON string literal (quotes, backslashes and control characters
    /// escaped; everything else as UTF-8).
    static void appendString(QByteArray &out, QStringView text);
    /// Appends `text` (Latin-1/ASCII bytes) as a JSON string literal.
    static void appendString(QByteArray &out, const QByteArray &text);
};

} // namespace Reqdesk::Server
