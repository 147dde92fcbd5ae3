#pragma once

#include "core/requisition.h"
#include "core/rules/complianceflag.h"
#include "core/rules/transparencyrule.h"

#include <QDate>
#include <QList>

namespace Reqdesk::Core {

/// Checks a posting against the pay-transparency rules of the places it is posted in.
///
/// A rule is evaluated when it is in effect on `today`, one of the requisition's locations falls
/// in its region (LocationMatcher), and the employer is large enough (an unknown size counts as
/// large enough; the message says it was assumed). Requisitions that are filled, closed or
/// cancelled are no longer advertised and get no flags.
///
/// Which bands: those whose own location falls in the rule's region (a "New York City metro"
/// band for NYC, a "U.S. typical" band for every US region); when no band is qualified for the
/// region, all bands. A band is open-ended when its minimum or maximum is zero or missing, its
/// maximum is below its minimum, or it is a single figure whose text says "and up", "or more",
/// "up to" or "starting at".
///
/// Flags are hints that name the rule; they are not legal advice.
class TransparencyChecker final
{
public:
    /// Flags for `requisition` under the built-in rules, in rule order.
    static QList<ComplianceFlag> evaluate(const Requisition &requisition, QDate today);
    /// Flags for `requisition` under `rules`, in rule order.
    static QList<ComplianceFlag>
    evaluate(const Requisition &requisition, QDate today, const QList<TransparencyRule> &rules);
    /// The bands a rule looks at for this requisition (see the class comment).
    static QList<PayBand> applicableBands(const Requisition &requisition, Region region);
    /// True when the band lacks a real minimum or maximum.
    static bool isOpenEnded(const PayBand &band);
};

} // namespace Reqdesk::Core
