#pragma once

#include <QString>

#include <optional>

namespace Reqdesk::Core {

/// The kinds of posting input the importers understand.
enum class PostingFormat { Text, Html, Greenhouse, Lever };

/// Stable lowercase name: "text", "html", "greenhouse", "lever".
QString postingFormatName(PostingFormat format);
/// Inverse of postingFormatName (case-insensitive); nothing for an unknown name.
std::optional<PostingFormat> postingFormatFromName(QStringView name);

} // namespace Reqdesk::Core
