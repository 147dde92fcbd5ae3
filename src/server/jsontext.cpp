#include "server/jsontext.h"

namespace Reqdesk::Server {

namespace {

void appendEscaped(QByteArray &out, const char *data, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

void JsonText::appendString(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    appendEscaped(out, utf8.constData(), utf8.size());
}

void JsonText::appendString(QByteArray &out, const QByteArray &text)
{
    appendEscaped(out, text.constData(), text.size());
}

} // namespace Reqdesk::Server
