#pragma once

#include "core/import/importresult.h"
#include "core/payband.h"

#include <QList>
#include <QStringView>

namespace Reqdesk::Core {

/// Pay bands found in some text, with the doubts met on the way.
struct PayStatementResult
{
    QList<PayBand> bands;
    QList<ImportWarning> warnings;
};

/// Finds every pay statement in posting text and turns it into exact PayBands.
///
/// Rules (a recruiter must be able to predict them):
/// - An amount counts only with a currency: an ISO code before or after it ("USD", "CAD"), or a
///   symbol ("$", "£", "€", "C$", "CA$"...). A bare "$" is USD unless an ISO code sits next to
///   it ("CAD $90,000"). A range borrows the currency of its other end ("USD 100,000 - 150,000").
/// - Two amounts joined by "-", "–", "—", "to", "and" or "through" form a range; "k"/"K"
///   multiplies by 1,000 and spreads to a bare other end below 1,000 ("$120-150k").
/// - "100.000" or "100.000,50" read as European grouping (three digits after a dot can never be
///   cents); spaces are not read as grouping.
/// - Period from the words after the range, else before it, else the line ("per hour", "/hr",
///   "monthly", "per annum", "salary"...). None stated: year (hour when below 1,000), warned.
/// - Level ("IC3", "L5", "Level 2", or a "Senior:" label) carries to later sentences of the
///   same line; the capitalised words before it are the job family ("Software Engineering").
/// - Location from "locations (A and B)", "across the U.S." ("U.S. typical"), "Zone A"/"Tier 2",
///   "In California" (before the ranges or after each, as the sentence
///   does), or a "New York City:" label. "Some locations" without names is kept as
///   stated and warned about, never guessed.
/// - "plus equity", "+ bonus", "and benefits", "commission" and OTE go to PayBand::note.
/// - A single figure needs a pay word nearby; "up to"/"starting at" make it open-ended:
///   min = max = the figure, noted and warned.
/// - min > max: the ends are swapped and a warning says so. Mixed currencies in one range:
///   no band, a warning. Stipends, allowances, relocation and funding figures are not pay.
class PayStatementParser final
{
public:
    /// Every pay statement in one line (several sentences may share a level).
    static PayStatementResult parseLine(QStringView line, int lineNumber);
    /// Every pay statement in a text, line by line, with repeated bands dropped.
    static PayStatementResult parse(QStringView text, int firstLine = 1);
    /// True when two bands state the same fact (ids and source text aside).
    static bool sameFact(const PayBand &a, const PayBand &b);
    /// Appends band unless an equal fact is already there; returns whether it was appended.
    static bool appendUnique(QList<PayBand> &bands, const PayBand &band);
};

} // namespace Reqdesk::Core
