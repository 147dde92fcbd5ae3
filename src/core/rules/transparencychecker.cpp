#include "core/rules/transparencychecker.h"

#include "core/money.h"
#include "core/rules/paymath.h"

#include <QRegularExpression>

#include <algorithm>

namespace Reqdesk::Core {

namespace {

using R = TransparencyRule;

QString bandLabel(const PayBand &band)
{
    QStringList parts;
    if (!band.level.isEmpty())
        parts << band.level;
    if (!band.location.isEmpty())
        parts << band.location;
    if (parts.isEmpty())
        parts << band.currency + u' ' + minorToDecimalString(band.minMinor, band.currency) + u'-'
                         + minorToDecimalString(band.maxMinor, band.currency);
    return u'"' + parts.join(QStringLiteral(" / ")) + u'"';
}

bool mentions(const Requisition &q, const QRegularExpression &pattern)
{
    const PostingSections &s = q.sections;
    QStringList texts = {s.overview};
    texts << s.benefits << s.otherRequirements << s.responsibilities;
    for (const PayBand &b : q.bands)
        texts << b.note << b.sourceText;
    for (const QString &t : texts) {
        if (pattern.match(t).hasMatch())
            return true;
    }
    return false;
}

class Evaluation final
{
public:
    Evaluation(const Requisition &q, const TransparencyRule &rule, QList<ComplianceFlag> &out)
        : m_q(q)
        , m_rule(rule)
        , m_out(out)
    {}

    void run()
    {
        const QList<PayBand> bands = TransparencyChecker::applicableBands(m_q, m_rule.region);
        if (m_rule.checks & R::PayRange)
            checkRange(bands);
        if (m_rule.checks & R::PayStated)
            checkStated(bands);
        if (m_rule.checks & R::Benefits)
            checkBenefits();
        if (m_rule.checks & R::CloseDate)
            checkCloseDate();
        if (m_rule.checks & R::OtherCompensation)
            checkOtherCompensation();
        if (m_rule.checks & R::MaxRangeWidth)
            checkWidth(bands);
    }

private:
    void flag(Severity severity, const char *code, const QString &what, const QUuid &band = {})
    {
        QString message = m_rule.jurisdiction + QStringLiteral(" (") + m_rule.citation
                          + QStringLiteral("): ") + what;
        if (m_rule.minEmployees > 1 && !m_q.employerSize) {
            message += QStringLiteral(" [applies to employers with %1+ employees; the employer's "
                                      "size is not recorded, so it was assumed to apply]")
                               .arg(m_rule.minEmployees);
        }
        m_out.append(ComplianceFlag{m_rule.id,
                                    m_rule.jurisdiction,
                                    QString::fromLatin1(code),
                                    message,
                                    severity,
                                    m_q.id,
                                    band});
    }

    void checkRange(const QList<PayBand> &bands)
    {
        if (bands.isEmpty()) {
            flag(Severity::Warning,
                 "pay_missing",
                 QStringLiteral("the posting states no pay range; a minimum and a maximum are "
                                "required"));
            return;
        }
        for (const PayBand &b : bands) {
            if (TransparencyChecker::isOpenEnded(b)) {
                flag(Severity::Warning,
                     "pay_open_ended",
                     QStringLiteral("band %1 is open-ended; a good-faith minimum and maximum are "
                                    "required (no \"and up\" or \"up to\")")
                             .arg(bandLabel(b)),
                     b.id);
            }
        }
    }

    void checkStated(const QList<PayBand> &bands)
    {
        const bool any = std::any_of(bands.cbegin(), bands.cend(), [](const PayBand &b) {
            return b.minMinor > 0 || b.maxMinor > 0;
        });
        if (!any) {
            flag(Severity::Warning,
                 "pay_missing",
                 QStringLiteral("the posting states no pay or pay range; it must be given before "
                                "the interview, so put it in the posting"));
        }
    }

    void checkBenefits()
    {
        static const QRegularExpression word(QStringLiteral("\\bbenefits?\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (!m_q.sections.benefits.isEmpty() || word.match(m_q.sections.overview).hasMatch())
            return;
        flag(Severity::Warning,
             "benefits_missing",
             QStringLiteral("the posting does not describe the benefits offered"));
    }

    void checkCloseDate()
    {
        if (m_q.closesOn.isValid())
            return;
        flag(Severity::Warning,
             "close_date_missing",
             QStringLiteral("the posting gives no application close date"));
    }

    void checkOtherCompensation()
    {
        static const QRegularExpression words(
                QStringLiteral("\\b(bonus(es)?|commissions?|equity|stock|rsus?|shares|incentives?|"
                               "tips|overtime|allowances?|other compensation|profit sharing)\\b"),
                QRegularExpression::CaseInsensitiveOption);
        if (mentions(m_q, words))
            return;
        flag(Severity::Warning,
             "other_compensation_missing",
             QStringLiteral("the posting does not describe other compensation (bonuses, "
                            "commission, equity); if there is none, say so"));
    }

    void checkWidth(const QList<PayBand> &bands)
    {
        for (const PayBand &b : bands) {
            if (b.minMinor <= 0 || b.maxMinor <= b.minMinor)
                continue; // a single figure, or open-ended: nothing to measure
            if (b.currency != m_rule.widthCurrency) {
                flag(Severity::Info,
                     "range_not_checkable",
                     QStringLiteral("band %1 is in %2, so its width cannot be checked against the "
                                    "%3 limit")
                             .arg(bandLabel(b), b.currency, m_rule.widthCurrency),
                     b.id);
                continue;
            }
            const Result<PayBand> n = PayMath::normalise(b, m_rule.widthPeriod);
            if (!n)
                continue;
            if (n->maxMinor >= m_rule.widthAppliesBelowMinor)
                continue;
            if (PayMath::width(*n) > m_rule.maxWidthMinor) {
                const QString c = m_rule.widthCurrency;
                flag(Severity::Warning,
                     "range_too_wide",
                     QStringLiteral("band %1 spans %2 %3 a %4; ranges topping out under %2 %5 may "
                                    "span at most %2 %6")
                             .arg(bandLabel(b),
                                  c,
                                  minorToDecimalString(PayMath::width(*n), c),
                                  periodName(m_rule.widthPeriod),
                                  minorToDecimalString(m_rule.widthAppliesBelowMinor, c),
                                  minorToDecimalString(m_rule.maxWidthMinor, c)),
                     b.id);
            }
        }
    }

    const Requisition &m_q;
    const TransparencyRule &m_rule;
    QList<ComplianceFlag> &m_out;
};

} // namespace

QList<ComplianceFlag> TransparencyChecker::evaluate(const Requisition &requisition, QDate today)
{
    return evaluate(requisition, today, TransparencyRule::builtIn());
}

QList<ComplianceFlag> TransparencyChecker::evaluate(const Requisition &requisition,
                                                    QDate today,
                                                    const QList<TransparencyRule> &rules)
{
    QList<ComplianceFlag> flags;
    switch (requisition.status) {
    case RequisitionStatus::Filled:
    case RequisitionStatus::Closed:
    case RequisitionStatus::Cancelled:
        return flags;
    default:
        break;
    }
    for (const TransparencyRule &rule : rules) {
        if (today < rule.effectiveFrom)
            continue;
        if (!LocationMatcher::matches(requisition.locations, rule.region))
            continue;
        if (requisition.employerSize && *requisition.employerSize < rule.minEmployees)
            continue;
        Evaluation(requisition, rule, flags).run();
    }
    return flags;
}

QList<PayBand> TransparencyChecker::applicableBands(const Requisition &requisition, Region region)
{
    QList<PayBand> qualified;
    for (const PayBand &b : requisition.bands) {
        if (LocationMatcher::regionsOf(b.location).contains(region))
            qualified.append(b);
    }
    return qualified.isEmpty() ? requisition.bands : qualified;
}

bool TransparencyChecker::isOpenEnded(const PayBand &band)
{
    if (band.minMinor <= 0 || band.maxMinor <= 0 || band.maxMinor < band.minMinor)
        return true;
    if (band.minMinor != band.maxMinor)
        return false;
    static const QRegularExpression openWords(
            QStringLiteral(
                    "\\b(and up|and above|or more|up to|starting at|from)\\b|\\d\\s*[km]?\\s*\\+"),
            QRegularExpression::CaseInsensitiveOption);
    return openWords.match(band.sourceText).hasMatch() || openWords.match(band.note).hasMatch();
}

} // namespace Reqdesk::Core
