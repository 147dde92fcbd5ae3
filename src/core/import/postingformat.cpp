#include "core/import/postingformat.h"

#include "core/enumnames.h"

namespace Reqdesk::Core {

namespace {

constexpr Internal::EnumName<PostingFormat> kNames[] = {
        {PostingFormat::Text, u"text"},
        {PostingFormat::Html, u"html"},
        {PostingFormat::Greenhouse, u"greenhouse"},
        {PostingFormat::Lever, u"lever"},
};

} // namespace

QString postingFormatName(PostingFormat format)
{
    return Internal::nameOf(kNames, format);
}

std::optional<PostingFormat> postingFormatFromName(QStringView name)
{
    return Internal::valueOf(kNames, name);
}

} // namespace Reqdesk::Core
