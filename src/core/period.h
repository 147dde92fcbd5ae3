#pragma once

#include <QString>

#include <optional>

namespace Reqdesk::Core {

/// The time a pay amount is quoted for.
enum class Period { Hour, Day, Week, Month, Year };

/// Stable lowercase name ("hour", "year"...) used in storage, JSON and CSV.
QString periodName(Period period);
/// Inverse of periodName; also accepts common spellings ("hourly", "annual", "yr", "mo").
std::optional<Period> periodFromName(QStringView name);

} // namespace Reqdesk::Core
