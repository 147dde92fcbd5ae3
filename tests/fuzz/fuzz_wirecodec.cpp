// libFuzzer target (R3): the wire decoders must answer any JSON with a record or an Error, and a
// record they accept must survive encode → decode unchanged.
#include "core/wire/wirecodec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Reqdesk::Core;

namespace {

template<typename Decode>
void roundTrip(const QJsonObject &json, Decode decode)
{
    for (const Strictness strictness : {Strictness::Strict, Strictness::Lenient}) {
        const auto decoded = decode(json, strictness);
        if (!decoded)
            continue;
        const auto again = decode(WireCodec::toJson(*decoded), Strictness::Strict);
        if (!again || !(*again == *decoded))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();
    roundTrip(json, &WireCodec::requisitionFromJson);
    roundTrip(json, &WireCodec::payBandFromJson);
    roundTrip(json, &WireCodec::candidateFromJson);
    roundTrip(json, &WireCodec::applicationFromJson);
    roundTrip(json, &WireCodec::stageEventFromJson);
    roundTrip(json, &WireCodec::noteFromJson);
    roundTrip(json, &WireCodec::moneyFromJson);
    (void)WireCodec::changedFields(json, QJsonObject{{QStringLiteral("title"), 1}});
    return 0;
}
