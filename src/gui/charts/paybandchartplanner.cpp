#include "gui/charts/paybandchartplanner.h"

#include "core/rules/paymath.h"
#include "gui/charts/paybandformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Reqdesk::Gui {

namespace {

struct Candidate
{
    int postingIndex;
    const Core::PayBand *band;
};

QString levelLocation(const Core::PayBand &band)
{
    if (band.level.isEmpty())
        return band.location.isEmpty()
                       ? QCoreApplication::translate("Reqdesk::Gui::PayBandChartPlanner", "Band")
                       : band.location;
    if (band.location.isEmpty())
        return band.level;
    return band.level + QStringLiteral(" · ") + band.location;
}

QString elided(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - 1).trimmed() + QChar(0x2026);
}

// Category labels must be unique on a QBarCategoryAxis; a repeated label gets " (2)".
QString uniqueLabel(const QString &wanted, QSet<QString> &taken)
{
    QString label = wanted;
    for (int n = 2; taken.contains(label); ++n)
        label = wanted + QStringLiteral(" (%1)").arg(n);
    taken.insert(label);
    return label;
}

} // namespace

QString PayBandChartPlanner::periodAdjective(Core::Period period)
{
    switch (period) {
    case Core::Period::Hour:
        return tr("hourly");
    case Core::Period::Day:
        return tr("daily");
    case Core::Period::Week:
        return tr("weekly");
    case Core::Period::Month:
        return tr("monthly");
    case Core::Period::Year:
        return tr("yearly");
    }
    return tr("yearly");
}

QString PayBandChartPlanner::perPeriod(Core::Period period)
{
    switch (period) {
    case Core::Period::Hour:
        return tr("per hour");
    case Core::Period::Day:
        return tr("per day");
    case Core::Period::Week:
        return tr("per week");
    case Core::Period::Month:
        return tr("per month");
    case Core::Period::Year:
        return tr("per year");
    }
    return tr("per year");
}

QStringList PayBandChartPlanner::levels(const QList<PostingBands> &postings)
{
    QStringList result;
    for (const PostingBands &posting : postings) {
        for (const Core::PayBand &band : posting.bands) {
            if (!result.contains(band.level))
                result.append(band.level);
        }
    }
    return result;
}

PayBandChartPlan PayBandChartPlanner::plan(const QList<PostingBands> &postings,
                                           const Options &options)
{
    PayBandChartPlan plan;
    for (const PostingBands &posting : postings)
        plan.postingTitles.append(posting.title);

    // 1. Select the bands of the mode, in the order the chart lists them.
    QList<Candidate> selected;
    QString level = options.level;
    switch (options.mode) {
    case PayBandChartMode::LevelByLocation:
        if (options.postingIndex >= 0 && options.postingIndex < postings.size()) {
            for (const Core::PayBand &band : postings.at(options.postingIndex).bands)
                selected.append({options.postingIndex, &band});
        }
        break;
    case PayBandChartMode::PostingsSideBySide: {
        // Group by level × location in first-seen order, postings in their order within it.
        QStringList keys;
        QHash<QString, QList<Candidate>> groups;
        for (int p = 0; p < postings.size(); ++p) {
            for (const Core::PayBand &band : postings.at(p).bands) {
                const QString key = band.level + QChar(0x1f) + band.location;
                if (!groups.contains(key))
                    keys.append(key);
                groups[key].append({p, &band});
            }
        }
        for (const QString &key : std::as_const(keys))
            selected.append(groups.value(key));
        break;
    }
    case PayBandChartMode::LevelAcrossLocations: {
        if (level.isEmpty()) {
            const QStringList all = levels(postings);
            if (!all.isEmpty())
                level = all.constFirst();
        }
        for (int p = 0; p < postings.size(); ++p) {
            for (const Core::PayBand &band : postings.at(p).bands) {
                if (band.level == level)
                    selected.append({p, &band});
            }
        }
        break;
    }
    }

    // 2. One currency: the caller's choice if present, else the one with most bands.
    QHash<QString, int> perCurrency;
    for (const Candidate &c : std::as_const(selected))
        ++perCurrency[c.band->currency];
    plan.currencies = perCurrency.keys();
    std::sort(plan.currencies.begin(), plan.currencies.end());
    if (perCurrency.contains(options.currency)) {
        plan.currency = options.currency;
    } else {
        int best = -1;
        for (const QString &code : std::as_const(plan.currencies)) {
            if (perCurrency.value(code) > best) {
                best = perCurrency.value(code);
                plan.currency = code;
            }
        }
    }
    if (plan.currencies.size() > 1) {
        const QLocale locale;
        plan.refusal = tr("Bands in %1 cannot be compared without an exchange rate; showing %2 "
                          "only.")
                               .arg(locale.createSeparatedList(plan.currencies), plan.currency);
    }

    // 3. One period: as stated when the bands agree, else per year.
    QSet<Core::Period> periods;
    for (const Candidate &c : std::as_const(selected)) {
        if (c.band->currency == plan.currency)
            periods.insert(c.band->period);
    }
    plan.period = periods.size() == 1 ? *periods.cbegin() : Core::Period::Year;
    if (periods.size() > 1) {
        static constexpr Core::Period order[]
                = {Core::Period::Hour, Core::Period::Day, Core::Period::Week, Core::Period::Month};
        for (Core::Period p : order) {
            if (!periods.contains(p))
                continue;
            const QLocale locale;
            const qint64 units = Core::PayMath::unitsPerYear(p);
            QString unitName;
            switch (p) {
            case Core::Period::Hour:
                unitName = tr("hours");
                break;
            case Core::Period::Day:
                unitName = tr("days");
                break;
            case Core::Period::Week:
                unitName = tr("weeks");
                break;
            default:
                unitName = tr("months");
                break;
            }
            QString adjective = periodAdjective(p);
            adjective[0] = adjective.at(0).toUpper();
            plan.notes.append(tr("%1 bands shown per year at %2 %3.")
                                      .arg(adjective, locale.toString(units), unitName));
        }
    }

    // 4. The overlay in the plotted unit, when it can meet these bands at all.
    if (options.overlay) {
        if (options.overlay->currency != plan.currency) {
            plan.notes.append(tr("The %1 amount is not compared with %2 bands.")
                                      .arg(options.overlay->currency, plan.currency));
        } else {
            const auto normalised = Core::PayMath::normalise(*options.overlay, plan.period);
            if (normalised)
                plan.overlay = *normalised;
            else
                plan.notes.append(tr("The amount is too large to compare."));
        }
    }

    // 5. Rows.
    QSet<QString> taken;
    const bool manyPostings = [&] {
        QSet<int> seen;
        for (const Candidate &c : std::as_const(selected))
            seen.insert(c.postingIndex);
        return seen.size() > 1;
    }();
    int skipped = 0;
    for (const Candidate &c : std::as_const(selected)) {
        if (c.band->currency != plan.currency)
            continue;
        if (!Core::PayMath::validate(*c.band)) {
            ++skipped;
            continue;
        }
        auto band = Core::PayMath::normalise(*c.band, plan.period);
        if (!band) {
            ++skipped;
            continue;
        }
        PayBandChartRow row;
        row.requisitionId = postings.at(c.postingIndex).requisitionId;
        row.postingIndex = c.postingIndex;
        row.posting = postings.at(c.postingIndex).title;
        row.band = std::move(*band);
        row.statedPeriod = c.band->period;
        row.midMinor = Core::PayMath::midpoint(row.band);
        QString label;
        switch (options.mode) {
        case PayBandChartMode::LevelByLocation:
            label = levelLocation(row.band);
            break;
        case PayBandChartMode::PostingsSideBySide:
            // Elide the parts, not the whole: the posting must stay readable.
            label = manyPostings ? elided(levelLocation(row.band), 34) + QStringLiteral(" — ")
                                           + elided(row.posting, 24)
                                 : levelLocation(row.band);
            break;
        case PayBandChartMode::LevelAcrossLocations: {
            const QString where
                    = row.band.location.isEmpty() ? tr("Any location") : row.band.location;
            label = manyPostings
                            ? elided(where, 34) + QStringLiteral(" — ") + elided(row.posting, 24)
                            : where;
            break;
        }
        }
        row.label = uniqueLabel(elided(label, 56), taken);
        if (plan.overlay) {
            if (const auto compa = Core::PayMath::compaRatio(*plan.overlay, row.band))
                row.compaRatio = *compa;
            if (const auto pen = Core::PayMath::rangePenetration(*plan.overlay, row.band))
                row.rangePenetration = *pen;
        }
        plan.rows.append(std::move(row));
    }
    if (skipped > 0)
        plan.notes.append(
                skipped == 1
                        ? tr("One band left out: invalid or too large to re-quote.")
                        : tr("%1 bands left out: invalid or too large to re-quote.").arg(skipped));

    // 6. Title.
    const QString unit = plan.currency.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + plan.currency + QLatin1Char(' ')
                                           + perPeriod(plan.period) + QLatin1Char(')');
    switch (options.mode) {
    case PayBandChartMode::LevelByLocation:
        plan.title = (options.postingIndex >= 0 && options.postingIndex < postings.size()
                              ? postings.at(options.postingIndex).title
                              : tr("No posting"))
                     + tr(": pay bands by level and location") + unit;
        break;
    case PayBandChartMode::PostingsSideBySide:
        plan.title = (postings.size() == 1
                              ? tr("Pay bands of one posting")
                              : tr("Pay bands of %1 postings side by side").arg(postings.size()))
                     + unit;
        break;
    case PayBandChartMode::LevelAcrossLocations:
        plan.title = (level.isEmpty() ? tr("Bands without a level") : level)
                     + tr(" across locations") + unit;
        break;
    }
    return plan;
}

} // namespace Reqdesk::Gui
