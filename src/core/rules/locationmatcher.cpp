#include "core/rules/locationmatcher.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Reqdesk::Core {

namespace {

enum class Kind {
    Phrase,    ///< whole words anywhere in the text
    Part,      ///< one comma / dash separated part, exactly
    FirstPart, ///< the first part, exactly
};

struct Pattern
{
    Region region;
    Kind kind;
    const char16_t *text;
};

// Lower case, dots removed ("U.S." → "us", "D.C." → "dc"), diacritics kept.
constexpr Pattern kPatterns[] = {
        // New York City
        {Region::NewYorkCity, Kind::Phrase, u"nyc"},
        {Region::NewYorkCity, Kind::Phrase, u"new york city"},
        {Region::NewYorkCity, Kind::FirstPart, u"new york"},
        {Region::NewYorkCity, Kind::Phrase, u"manhattan"},
        {Region::NewYorkCity, Kind::Phrase, u"brooklyn"},
        {Region::NewYorkCity, Kind::Phrase, u"queens"},
        {Region::NewYorkCity, Kind::Phrase, u"the bronx"},
        {Region::NewYorkCity, Kind::Phrase, u"bronx"},
        {Region::NewYorkCity, Kind::Phrase, u"staten island"},
        // California
        {Region::California, Kind::Part, u"ca"},
        {Region::California, Kind::Phrase, u"california"},
        {Region::California, Kind::Phrase, u"san francisco"},
        {Region::California, Kind::Phrase, u"bay area"},
        {Region::California, Kind::Phrase, u"silicon valley"},
        {Region::California, Kind::Phrase, u"los angeles"},
        {Region::California, Kind::Phrase, u"san diego"},
        {Region::California, Kind::Phrase, u"san jose"},
        {Region::California, Kind::Phrase, u"palo alto"},
        {Region::California, Kind::Phrase, u"mountain view"},
        {Region::California, Kind::Phrase, u"sunnyvale"},
        {Region::California, Kind::Phrase, u"cupertino"},
        {Region::California, Kind::Phrase, u"menlo park"},
        {Region::California, Kind::Phrase, u"santa clara"},
        {Region::California, Kind::Phrase, u"oakland"},
        {Region::California, Kind::Phrase, u"irvine"},
        {Region::California, Kind::Phrase, u"sacramento"},
        // Colorado
        {Region::Colorado, Kind::Part, u"co"},
        {Region::Colorado, Kind::Phrase, u"colorado"},
        {Region::Colorado, Kind::Phrase, u"denver"},
        {Region::Colorado, Kind::Phrase, u"boulder"},
        {Region::Colorado, Kind::Phrase, u"fort collins"},
        // Washington State
        {Region::Washington, Kind::Part, u"wa"},
        {Region::Washington, Kind::Part, u"washington"},
        {Region::Washington, Kind::Phrase, u"washington state"},
        {Region::Washington, Kind::Phrase, u"seattle"},
        {Region::Washington, Kind::Phrase, u"bellevue"},
        {Region::Washington, Kind::Phrase, u"redmond"},
        {Region::Washington, Kind::Phrase, u"kirkland"},
        {Region::Washington, Kind::Phrase, u"tacoma"},
        {Region::Washington, Kind::Phrase, u"spokane"},
        // Ontario
        {Region::Ontario, Kind::Part, u"on"},
        {Region::Ontario, Kind::Phrase, u"ontario"},
        {Region::Ontario, Kind::Phrase, u"toronto"},
        {Region::Ontario, Kind::Phrase, u"ottawa"},
        {Region::Ontario, Kind::Phrase, u"mississauga"},
        {Region::Ontario, Kind::Phrase, u"waterloo"},
        {Region::Ontario, Kind::Phrase, u"kitchener"},
        // European Union: unions, member states (English and native names), major cities
        {Region::EuropeanUnion, Kind::Part, u"eu"},
        {Region::EuropeanUnion, Kind::Phrase, u"european union"},
        {Region::EuropeanUnion, Kind::Phrase, u"europe"},
        {Region::EuropeanUnion, Kind::Phrase, u"emea"},
};

constexpr const char16_t *kEuCountries[] = {
        u"austria",        u"österreich", u"belgium",  u"belgique",   u"belgië",
        u"bulgaria",       u"croatia",    u"hrvatska", u"cyprus",     u"czechia",
        u"czech republic", u"česko",      u"denmark",  u"danmark",    u"estonia",
        u"eesti",          u"finland",    u"suomi",    u"france",     u"germany",
        u"deutschland",    u"greece",     u"hellas",   u"hungary",    u"magyarország",
        u"ireland",        u"éire",       u"italy",    u"italia",     u"latvia",
        u"latvija",        u"lithuania",  u"lietuva",  u"luxembourg", u"malta",
        u"netherlands",    u"nederland",  u"holland",  u"poland",     u"polska",
        u"portugal",       u"romania",    u"românia",  u"slovakia",   u"slovensko",
        u"slovenia",       u"slovenija",  u"spain",    u"españa",     u"sweden",
        u"sverige",
};

constexpr const char16_t *kEuCities[] = {
        u"berlin",     u"munich",    u"münchen",    u"hamburg",   u"frankfurt", u"cologne",
        u"köln",       u"stuttgart", u"düsseldorf", u"paris",     u"lyon",      u"marseille",
        u"amsterdam",  u"rotterdam", u"the hague",  u"eindhoven", u"dublin",    u"cork",
        u"madrid",     u"barcelona", u"valencia",   u"milan",     u"milano",    u"rome",
        u"roma",       u"turin",     u"lisbon",     u"lisboa",    u"porto",     u"vienna",
        u"wien",       u"warsaw",    u"warszawa",   u"krakow",    u"kraków",    u"wroclaw",
        u"wrocław",    u"prague",    u"praha",      u"brno",      u"stockholm", u"gothenburg",
        u"copenhagen", u"helsinki",  u"brussels",   u"bruxelles", u"antwerp",   u"athens",
        u"budapest",   u"bucharest", u"cluj",       u"sofia",     u"zagreb",    u"ljubljana",
        u"bratislava", u"tallinn",   u"riga",       u"vilnius",   u"valletta",  u"nicosia",
        u"limassol",
};

// Two-letter US state and territory codes plus DC: their presence makes a text American.
constexpr const char16_t *kUsStateCodes[] = {
        u"al", u"ak", u"az", u"ar", u"ca", u"co", u"ct", u"de", u"fl", u"ga", u"hi", u"id", u"il",
        u"in", u"ia", u"ks", u"ky", u"la", u"me", u"md", u"ma", u"mi", u"mn", u"ms", u"mo", u"mt",
        u"ne", u"nv", u"nh", u"nj", u"nm", u"ny", u"nc", u"nd", u"oh", u"ok", u"or", u"pa", u"ri",
        u"sc", u"sd", u"tn", u"tx", u"ut", u"vt", u"va", u"wa", u"wv", u"wi", u"wy", u"dc", u"pr",
};

// ISO 3166 codes of member states, trusted only next to an EU city name.
constexpr const char16_t *kEuCodes[] = {
        u"at", u"be", u"bg", u"hr", u"cy", u"cz", u"dk", u"ee", u"fi",
        u"fr", u"de", u"gr", u"hu", u"ie", u"it", u"lv", u"lt", u"lu",
        u"mt", u"nl", u"pl", u"pt", u"ro", u"sk", u"si", u"es", u"se",
};

struct Blocker
{
    Region region;
    Kind kind;
    const char16_t *text;
};

// Words that show an ambiguous code meant somewhere else.
constexpr Blocker kBlockers[] = {
        {Region::California, Kind::Phrase, u"canada"},
        {Region::California, Kind::Part, u"on"},
        {Region::California, Kind::Part, u"bc"},
        {Region::California, Kind::Part, u"qc"},
        {Region::California, Kind::Part, u"ab"},
        {Region::California, Kind::Phrase, u"ontario"},
        {Region::California, Kind::Phrase, u"british columbia"},
        {Region::California, Kind::Phrase, u"quebec"},
        {Region::California, Kind::Phrase, u"alberta"},
        {Region::Washington, Kind::Part, u"dc"},
        {Region::Washington, Kind::Phrase, u"district of columbia"},
        {Region::Washington, Kind::Phrase, u"washington dc"},
        {Region::Washington, Kind::Phrase, u"australia"},
        {Region::Colorado, Kind::Phrase, u"colombia"},
};

// Words that say "somewhere in this country" without naming a place.
const QStringList &vagueWords()
{
    static const QStringList words = {
            QStringLiteral("remote"),     QStringLiteral("anywhere"), QStringLiteral("in"),
            QStringLiteral("the"),        QStringLiteral("only"),     QStringLiteral("based"),
            QStringLiteral("home"),       QStringLiteral("work"),     QStringLiteral("from"),
            QStringLiteral("wfh"),        QStringLiteral("hybrid"),   QStringLiteral("flexible"),
            QStringLiteral("fully"),      QStringLiteral("of"),       QStringLiteral("within"),
            QStringLiteral("nationwide"), QStringLiteral("typical"),  QStringLiteral("location"),
            QStringLiteral("locations"),  QStringLiteral("first"),    QStringLiteral("distributed"),
    };
    return words;
}

struct Text
{
    QString words;     ///< " word word word " with single spaces, for whole-word search
    QStringList parts; ///< the comma / dash separated parts, trimmed
};

Text normalise(const QString &location)
{
    QString t = location.toLower();
    t.remove(u'.');
    Text out;
    static const QRegularExpression partSplit(QStringLiteral("\\s+[-–—]\\s+|[,;/|()\\[\\]–—]"));
    for (const QString &part : t.split(partSplit, Qt::SkipEmptyParts)) {
        const QString p = part.simplified();
        if (!p.isEmpty())
            out.parts.append(p);
    }
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    out.words = u' ' + t.replace(nonWord, QStringLiteral(" ")).simplified() + u' ';
    return out;
}

bool hasPhrase(const Text &t, QStringView phrase)
{
    return t.words.contains(u' ' + phrase.toString() + u' ');
}

bool hasPart(const Text &t, QStringView part)
{
    return std::any_of(
            t.parts.cbegin(), t.parts.cend(), [&](const QString &p) { return p == part; });
}

bool present(const Text &t, Kind kind, QStringView text)
{
    switch (kind) {
    case Kind::Phrase:
        return hasPhrase(t, text);
    case Kind::Part:
        return hasPart(t, text);
    case Kind::FirstPart:
        return !t.parts.isEmpty() && t.parts.first() == text;
    }
    return false;
}

bool namesUsState(const Text &t)
{
    return std::any_of(std::begin(kUsStateCodes), std::end(kUsStateCodes), [&](const char16_t *c) {
        return hasPart(t, c);
    });
}

// "US", "USA", "United States (of America)", "America".
bool namesUs(const Text &t)
{
    return hasPhrase(t, u"us") || hasPhrase(t, u"usa") || hasPhrase(t, u"united states")
           || hasPhrase(t, u"america");
}

// True when, apart from the country words and vague words, the text names nothing.
bool onlyCountry(const Text &t, const QStringList &countryWords)
{
    const QStringList words = t.words.split(u' ', Qt::SkipEmptyParts);
    bool sawCountry = false;
    for (const QString &w : words) {
        if (countryWords.contains(w))
            sawCountry = true;
        else if (!vagueWords().contains(w))
            return false;
    }
    return sawCountry;
}

QList<Region> match(const QString &location)
{
    const Text t = normalise(location);
    bool found[6] = {};
    auto mark = [&](Region r) {
        found[int(r)] = true;
    };

    for (const Pattern &p : kPatterns) {
        if (present(t, p.kind, p.text))
            mark(p.region);
    }
    for (const char16_t *c : kEuCountries) {
        if (hasPhrase(t, c))
            mark(Region::EuropeanUnion);
    }
    // "Dublin, CA" is American, "Berlin, DE" German: a city's country code outweighs a US state
    // code that happens to be spelt the same.
    const bool euCode = std::any_of(std::begin(kEuCodes),
                                    std::end(kEuCodes),
                                    [&](const char16_t *c) { return hasPart(t, c); });
    if (euCode || (!namesUsState(t) && !namesUs(t))) {
        for (const char16_t *c : kEuCities) {
            if (hasPhrase(t, c))
                mark(Region::EuropeanUnion);
        }
    }
    for (const Blocker &b : kBlockers) {
        if (present(t, b.kind, b.text))
            found[int(b.region)] = false;
    }
    // Country-wide postings.
    static const QStringList usWords = {QStringLiteral("us"),
                                        QStringLiteral("usa"),
                                        QStringLiteral("united"),
                                        QStringLiteral("states"),
                                        QStringLiteral("america")};
    if (onlyCountry(t, usWords)) {
        mark(Region::NewYorkCity);
        mark(Region::California);
        mark(Region::Colorado);
        mark(Region::Washington);
    }
    if (onlyCountry(t, {QStringLiteral("canada")}))
        mark(Region::Ontario);

    QList<Region> out;
    for (int i = 0; i < 6; ++i) {
        if (found[i])
            out.append(Region(i));
    }
    return out;
}

} // namespace

QString regionName(Region region)
{
    switch (region) {
    case Region::NewYorkCity:
        return QStringLiteral("us-nyc");
    case Region::California:
        return QStringLiteral("us-ca");
    case Region::Colorado:
        return QStringLiteral("us-co");
    case Region::Washington:
        return QStringLiteral("us-wa");
    case Region::Ontario:
        return QStringLiteral("ca-on");
    case Region::EuropeanUnion:
        return QStringLiteral("eu");
    }
    return QString();
}

QList<Region> LocationMatcher::regionsOf(const QString &location)
{
    static const QRegularExpression exclusion(
            QStringLiteral("\\b(excluding|excludes|except|not in|outside( of)?)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = exclusion.match(location);
    if (!m.hasMatch())
        return match(location);
    QList<Region> included = match(location.left(m.capturedStart()));
    const QList<Region> excluded = match(location.mid(m.capturedEnd()));
    included.removeIf([&](Region r) { return excluded.contains(r); });
    return included;
}

bool LocationMatcher::matches(const QStringList &locations, Region region)
{
    return std::any_of(locations.cbegin(), locations.cend(), [&](const QString &l) {
        return regionsOf(l).contains(region);
    });
}

} // namespace Reqdesk::Core
