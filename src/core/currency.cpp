#include "core/currency.h"

#include <array>
#include <utility>

namespace Reqdesk::Core {

namespace {

struct CurrencyInfo
{
    const char16_t *code;
    int digits;
};

// The currencies job postings use in practice; amounts in others still parse with 2 digits.
constexpr std::array kCurrencies = {
        CurrencyInfo{u"USD", 2}, CurrencyInfo{u"CAD", 2}, CurrencyInfo{u"GBP", 2},
        CurrencyInfo{u"EUR", 2}, CurrencyInfo{u"CHF", 2}, CurrencyInfo{u"AUD", 2},
        CurrencyInfo{u"NZD", 2}, CurrencyInfo{u"JPY", 0}, CurrencyInfo{u"CNY", 2},
        CurrencyInfo{u"INR", 2}, CurrencyInfo{u"SGD", 2}, CurrencyInfo{u"HKD", 2},
        CurrencyInfo{u"SEK", 2}, CurrencyInfo{u"NOK", 2}, CurrencyInfo{u"DKK", 2},
        CurrencyInfo{u"PLN", 2}, CurrencyInfo{u"CZK", 2}, CurrencyInfo{u"HUF", 2},
        CurrencyInfo{u"ILS", 2}, CurrencyInfo{u"BRL", 2}, CurrencyInfo{u"MXN", 2},
        CurrencyInfo{u"ZAR", 2}, CurrencyInfo{u"KRW", 0}, CurrencyInfo{u"TWD", 2},
        CurrencyInfo{u"AED", 2}, CurrencyInfo{u"SAR", 2}, CurrencyInfo{u"BHD", 3},
        CurrencyInfo{u"KWD", 3}, CurrencyInfo{u"RON", 2}, CurrencyInfo{u"TRY", 2},
        CurrencyInfo{u"PHP", 2}, CurrencyInfo{u"IDR", 2}, CurrencyInfo{u"MYR", 2},
        CurrencyInfo{u"THB", 2}, CurrencyInfo{u"VND", 0}, CurrencyInfo{u"CLP", 0},
        CurrencyInfo{u"COP", 2}, CurrencyInfo{u"ARS", 2}, CurrencyInfo{u"EGP", 2},
        CurrencyInfo{u"NGN", 2}, CurrencyInfo{u"KES", 2}, CurrencyInfo{u"ISK", 0},
};

struct SymbolInfo
{
    const char16_t *symbol;
    const char16_t *code;
};

constexpr std::array kSymbols = {
        SymbolInfo{u"US$", u"USD"}, SymbolInfo{u"$", u"USD"},   SymbolInfo{u"C$", u"CAD"},
        SymbolInfo{u"CA$", u"CAD"}, SymbolInfo{u"A$", u"AUD"},  SymbolInfo{u"AU$", u"AUD"},
        SymbolInfo{u"NZ$", u"NZD"}, SymbolInfo{u"S$", u"SGD"},  SymbolInfo{u"HK$", u"HKD"},
        SymbolInfo{u"£", u"GBP"},   SymbolInfo{u"€", u"EUR"},   SymbolInfo{u"¥", u"JPY"},
        SymbolInfo{u"₹", u"INR"},   SymbolInfo{u"₩", u"KRW"},   SymbolInfo{u"₪", u"ILS"},
        SymbolInfo{u"R$", u"BRL"},  SymbolInfo{u"zł", u"PLN"},  SymbolInfo{u"kr", u"SEK"},
        SymbolInfo{u"Fr.", u"CHF"}, SymbolInfo{u"CHF", u"CHF"},
};

const CurrencyInfo *find(QStringView code)
{
    for (const auto &info : kCurrencies) {
        if (code == QStringView(info.code))
            return &info;
    }
    return nullptr;
}

} // namespace

bool Currency::isKnown(QStringView code)
{
    return find(code) != nullptr;
}

int Currency::minorDigits(QStringView code)
{
    const CurrencyInfo *info = find(code);
    return info ? info->digits : 2;
}

qint64 Currency::minorPerMajor(QStringView code)
{
    qint64 scale = 1;
    for (int i = minorDigits(code); i > 0; --i)
        scale *= 10;
    return scale;
}

std::optional<QString> Currency::codeForSymbol(QStringView symbol)
{
    const QStringView trimmed = symbol.trimmed();
    for (const auto &info : kSymbols) {
        if (trimmed.compare(QStringView(info.symbol), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(info.code);
    }
    const QString upper = trimmed.toString().toUpper();
    if (isKnown(upper))
        return upper;
    return std::nullopt;
}

} // namespace Reqdesk::Core
