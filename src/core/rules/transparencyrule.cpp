#include "core/rules/transparencyrule.h"

namespace Reqdesk::Core {

namespace {

TransparencyRule rule(const char *id,
                      const char *jurisdiction,
                      Region region,
                      QDate from,
                      int minEmployees,
                      TransparencyRule::Checks checks,
                      const char *citation)
{
    TransparencyRule r;
    r.id = QString::fromLatin1(id);
    r.jurisdiction = QString::fromLatin1(jurisdiction);
    r.region = region;
    r.effectiveFrom = from;
    r.minEmployees = minEmployees;
    r.checks = checks;
    r.citation = QString::fromLatin1(citation);
    return r;
}

QList<TransparencyRule> makeRules()
{
    using R = TransparencyRule;
    QList<R> rules;
    rules << rule("us-nyc-pay-range",
                  "New York City",
                  Region::NewYorkCity,
                  QDate(2022, 11, 1),
                  4,
                  R::PayRange,
                  "NYC Human Rights Law, Local Law 32 of 2022");
    rules << rule("us-ca-pay-scale",
                  "California",
                  Region::California,
                  QDate(2023, 1, 1),
                  15,
                  R::PayRange,
                  "California Labor Code 432.3 (SB 1162)");
    rules << rule("us-co-pay-benefits",
                  "Colorado",
                  Region::Colorado,
                  QDate(2021, 1, 1),
                  1,
                  R::PayRange | R::Benefits,
                  "Colorado Equal Pay for Equal Work Act");
    rules << rule("us-co-close-date",
                  "Colorado",
                  Region::Colorado,
                  QDate(2024, 1, 1),
                  1,
                  R::CloseDate,
                  "Colorado Equal Pay for Equal Work Act, as amended by SB 23-105");
    rules << rule("us-wa-pay-benefits",
                  "Washington",
                  Region::Washington,
                  QDate(2023, 1, 1),
                  15,
                  R::PayRange | R::Benefits | R::OtherCompensation,
                  "Washington Equal Pay and Opportunities Act, RCW 49.58.110");
    R ontario = rule("ca-on-pay-range",
                     "Ontario",
                     Region::Ontario,
                     QDate(2026, 1, 1),
                     25,
                     R::PayStated | R::MaxRangeWidth,
                     "Ontario Employment Standards Act (Working for Workers Four Act, 2024)");
    ontario.widthCurrency = QStringLiteral("CAD");
    ontario.widthPeriod = Period::Year;
    ontario.maxWidthMinor = 5000000;           // CAD 50,000.00
    ontario.widthAppliesBelowMinor = 20000000; // CAD 200,000.00
    rules << ontario;
    rules << rule("eu-pay-transparency",
                  "European Union",
                  Region::EuropeanUnion,
                  QDate(2026, 6, 7),
                  0,
                  R::PayStated,
                  "EU Pay Transparency Directive 2023/970, article 5");
    return rules;
}

} // namespace

const QList<TransparencyRule> &TransparencyRule::builtIn()
{
    static const QList<TransparencyRule> rules = makeRules();
    return rules;
}

} // namespace Reqdesk::Core
