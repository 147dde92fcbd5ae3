#pragma once

#include <QString>

#include <optional>

namespace Reqdesk::Core {

/// ISO 4217 facts the product needs: which codes are known and how many minor digits each has.
class Currency final
{
public:
    /// True for the ISO 4217 codes Reqdesk knows (upper case, three letters).
    static bool isKnown(QStringView code);
    /// Number of minor-unit digits (USD 2, JPY 0, BHD 3). Unknown codes count as 2.
    static int minorDigits(QStringView code);
    /// 10 ^ minorDigits: minor units in one major unit.
    static qint64 minorPerMajor(QStringView code);
    /// The ISO code a symbol or prefix stands for: "$" USD, "£" GBP, "€" EUR, "C$" CAD...
    /// A bare "$" means USD; callers that know better pass the prefixed form.
    static std::optional<QString> codeForSymbol(QStringView symbol);
};

} // namespace Reqdesk::Core
