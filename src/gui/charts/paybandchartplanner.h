#pragma once

#include "core/money.h"
#include "core/payband.h"
#include "gui/charts/postingbands.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Reqdesk::Gui {

/// The three ways the pay-bands chart arranges bands.
enum class PayBandChartMode {
    LevelByLocation,      ///< one posting: a bar per level × location
    PostingsSideBySide,   ///< every posting, same level × location next to each other
    LevelAcrossLocations, ///< one level, every location of every posting
};

/// One bar of the chart and one row of the figures table, already in the plotted unit.
struct PayBandChartRow
{
    QUuid requisitionId;
    int postingIndex = 0; ///< index into the postings handed to the planner
    QString posting;
    QString label;      ///< the category label on the chart axis (unique in a plan)
    Core::PayBand band; ///< min, max and midpoint quoted in the plan's period
    Core::Period statedPeriod = Core::Period::Year; ///< the period the posting used
    qint64 midMinor = 0;                            ///< PayMath::midpoint of the plotted band
    std::optional<double> compaRatio;       ///< overlay ÷ midpoint, when an overlay applies
    std::optional<double> rangePenetration; ///< (overlay − min) ÷ (max − min)
};

/// What the chart shows and why: the rows, the unit, and the user-facing notes.
struct PayBandChartPlan
{
    QList<PayBandChartRow> rows;
    QString currency;                         ///< the one currency plotted
    Core::Period period = Core::Period::Year; ///< the one period plotted
    QStringList currencies;                   ///< every currency in the selection, sorted
    QString refusal;                          ///< non-empty when other currencies were left out
    QStringList notes;                  ///< normalisation and overlay notes, shown with the chart
    std::optional<Core::Money> overlay; ///< the overlay in the plotted unit, when comparable
    QStringList postingTitles;          ///< titles by posting index
    QString title;                      ///< chart title
};

/// Turns postings, a mode and an optional overlay into a PayBandChartPlan.
///
/// Mixed units are never plotted together silently. Periods: when the selected bands use more
/// than one period, every band is re-quoted per year through Core::PayMath (2,080 hours, 260
/// days, 52 weeks, 12 months) and a note says so; a single period is kept as stated. Currencies
/// are never converted: when several appear, the chart shows one (the caller's choice, else the
/// currency with most bands, ties alphabetical) and the refusal text names the others.
class PayBandChartPlanner final
{
    // Spelled out in full so lupdate and the runtime agree on the context.
    Q_DECLARE_TR_FUNCTIONS(Reqdesk::Gui::PayBandChartPlanner)

public:
    /// What to plan for.
    struct Options
    {
        PayBandChartMode mode = PayBandChartMode::LevelByLocation;
        int postingIndex = 0;               ///< LevelByLocation: which posting
        QString level;                      ///< LevelAcrossLocations: which level (empty: first)
        QString currency;                   ///< preferred currency when several (empty: most bands)
        std::optional<Core::Money> overlay; ///< a candidate's expectation or a draft offer
    };

    /// Plans the chart; never fails (bad bands are left out with a note).
    static PayBandChartPlan plan(const QList<PostingBands> &postings, const Options &options);
    /// Every level across the postings, in first-seen order ("" for bands without one).
    static QStringList levels(const QList<PostingBands> &postings);
    /// "hourly", "daily", "weekly", "monthly", "yearly" (translated).
    static QString periodAdjective(Core::Period period);
    /// "per hour" ... "per year" (translated).
    static QString perPeriod(Core::Period period);
};

} // namespace Reqdesk::Gui
