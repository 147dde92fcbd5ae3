#include "core/period.h"

namespace Reqdesk::Core {

QString periodName(Period period)
{
    switch (period) {
    case Period::Hour:
        return QStringLiteral("hour");
    case Period::Day:
        return QStringLiteral("day");
    case Period::Week:
        return QStringLiteral("week");
    case Period::Month:
        return QStringLiteral("month");
    case Period::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("year");
}

std::optional<Period> periodFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"hour" || n == u"hourly" || n == u"hr" || n == u"h")
        return Period::Hour;
    if (n == u"day" || n == u"daily")
        return Period::Day;
    if (n == u"week" || n == u"weekly" || n == u"wk")
        return Period::Week;
    if (n == u"month" || n == u"monthly" || n == u"mo" || n == u"mth")
        return Period::Month;
    if (n == u"year" || n == u"yearly" || n == u"annual" || n == u"annually" || n == u"yr"
        || n == u"annum" || n == u"salary")
        return Period::Year;
    return std::nullopt;
}

} // namespace Reqdesk::Core
