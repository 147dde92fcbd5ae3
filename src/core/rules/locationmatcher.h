#pragma once

#include <QList>
#include <QString>

namespace Reqdesk::Core {

/// The places that have a pay-transparency rule Reqdesk knows.
enum class Region { NewYorkCity, California, Colorado, Washington, Ontario, EuropeanUnion };

/// Stable name of a region ("us-nyc", "us-ca", "us-co", "us-wa", "ca-on", "eu").
QString regionName(Region region);

/// Tells which transparency regions a free-text location ("New York, NY", "Remote - US",
/// "Berlin, Germany") falls in. A heuristic over names and abbreviations, not a gazetteer.
///
/// Decisions:
/// - "New York" as the first part ("New York, NY", "New York") and "NYC", "New York City" or a
///   borough name mean New York City; "Albany, NY" does not.
/// - A state or province is its name or its code as a whole comma-separated part ("Seattle,
///   WA", "Denver, Colorado", "Toronto, ON"), or one of its large cities named anywhere.
/// - Ambiguous codes are resolved by what else the text says: "CA" is California unless the
///   text also names Canada or a Canadian province; "Washington, DC" and "Perth, WA, Australia"
///   are not Washington State; "Bogotá, CO, Colombia" is not Colorado.
/// - A location that names only a country, with words like "remote" or "anywhere" ("Remote -
///   US", "United States", "U.S. typical", "Remote (Canada)"), could be filled anywhere in it,
///   so every region of that country applies: US → NYC, California, Colorado and Washington;
///   Canada → Ontario. Bare "Remote" names no country and matches nothing.
/// - EU member states by English or native name, "EU", "European Union", "Europe" and "EMEA"
///   (a Europe-wide posting reaches member states), and major EU cities unless the text also
///   names a US state ("Dublin, CA" and "Paris, TX" are American) without a member state's
///   code ("Berlin, DE" is German, not Delaware).
/// - Anything after "excluding", "except" or "not in" is removed, and the regions it names are
///   subtracted: "Remote - US (excluding Colorado)" is NYC, California and Washington.
class LocationMatcher final
{
public:
    /// The regions `location` falls in, in enum order, without duplicates.
    static QList<Region> regionsOf(const QString &location);
    /// True when any of `locations` falls in `region`.
    static bool matches(const QStringList &locations, Region region);
};

} // namespace Reqdesk::Core
