#include "store/requisitionrecord.h"

#include "store/recordjson.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Reqdesk::Store {

using namespace Reqdesk::Core;

namespace {
QStringList allLocations(const Requisition &r)
{
    QStringList list = r.locations;
    for (const PayBand &band : r.bands) {
        if (!band.location.isEmpty() && !list.contains(band.location))
            list << band.location;
    }
    return list;
}
} // namespace

const QStringList &RequisitionRecord::columns()
{
    static const QStringList list = {
            QStringLiteral("id"),
            QStringLiteral("title"),
            QStringLiteral("company"),
            QStringLiteral("org"),
            QStringLiteral("team"),
            QStringLiteral("level"),
            QStringLiteral("locations"),
            QStringLiteral("first_location"),
            QStringLiteral("locations_text"),
            QStringLiteral("employment_type"),
            QStringLiteral("workplace_type"),
            QStringLiteral("status"),
            QStringLiteral("status_reason"),
            QStringLiteral("headcount"),
            QStringLiteral("openings"),
            QStringLiteral("hiring_manager"),
            QStringLiteral("recruiter"),
            QStringLiteral("coordinator"),
            QStringLiteral("sections"),
            QStringLiteral("body_text"),
            QStringLiteral("external_id"),
            QStringLiteral("source_url"),
            QStringLiteral("employer_size"),
            QStringLiteral("posted_on"),
            QStringLiteral("closes_on"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("version"),
            QStringLiteral("pay_min"),
            QStringLiteral("pay_max"),
            QStringLiteral("pay_currency"),
    };
    return list;
}

const QStringList &RequisitionRecord::bandColumns()
{
    static const QStringList list = {
            QStringLiteral("requisition_id"),
            QStringLiteral("ord"),
            QStringLiteral("id"),
            QStringLiteral("job_family"),
            QStringLiteral("level"),
            QStringLiteral("location"),
            QStringLiteral("currency"),
            QStringLiteral("period"),
            QStringLiteral("min_minor"),
            QStringLiteral("max_minor"),
            QStringLiteral("mid_minor"),
            QStringLiteral("min_year"),
            QStringLiteral("max_year"),
            QStringLiteral("source_text"),
            QStringLiteral("note"),
    };
    return list;
}

QString RequisitionRecord::text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 RequisitionRecord::perYear(qint64 minor, Period period)
{
    switch (period) {
    case Period::Hour:
        return minor * 2080;
    case Period::Day:
        return minor * 260;
    case Period::Week:
        return minor * 52;
    case Period::Month:
        return minor * 12;
    case Period::Year:
        return minor;
    }
    return minor;
}

QString RequisitionRecord::locationsText(const Requisition &r)
{
    return allLocations(r).join(QLatin1Char('\n'));
}

QString RequisitionRecord::bodyText(const PostingSections &s)
{
    QStringList parts;
    if (!s.overview.isEmpty())
        parts << s.overview;
    parts << s.responsibilities << s.requiredQualifications << s.preferredQualifications
          << s.otherRequirements << s.benefits;
    return parts.join(QLatin1Char('\n'));
}

QString RequisitionRecord::normalizeLocation(const QString &location)
{
    return location.toCaseFolded().simplified();
}

QStringList RequisitionRecord::locationTerms(const Requisition &r)
{
    QSet<QString> terms;
    for (const QString &location : allLocations(r)) {
        const QString folded = normalizeLocation(location);
        for (qsizetype i = 0; i < folded.size(); ++i) {
            const bool wordStart = folded.at(i).isLetterOrNumber()
                                   && (i == 0 || !folded.at(i - 1).isLetterOrNumber());
            if (wordStart)
                terms.insert(folded.mid(i));
        }
    }
    QStringList list(terms.cbegin(), terms.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QVariantList RequisitionRecord::rowValues(const Requisition &r)
{
    qint64 payMin = 0;
    qint64 payMax = 0;
    QString payCurrency;
    if (!r.bands.isEmpty()) {
        payCurrency = r.bands.first().currency;
        bool first = true;
        for (const PayBand &band : r.bands) {
            if (band.currency != payCurrency)
                continue;
            const qint64 lo = perYear(band.minMinor, band.period);
            const qint64 hi = perYear(band.maxMinor, band.period);
            payMin = first ? lo : std::min(payMin, lo);
            payMax = first ? hi : std::max(payMax, hi);
            first = false;
        }
    }
    const QStringList locations = allLocations(r);
    return {
            r.id.toString(QUuid::WithoutBraces),
            text(r.title),
            text(r.company),
            text(r.org),
            text(r.team),
            text(r.level),
            RecordJson::stringListToText(r.locations),
            text(locations.value(0)),
            text(locations.join(QLatin1Char('\n'))),
            text(r.employmentType),
            text(r.workplaceType),
            requisitionStatusName(r.status),
            text(r.statusReason),
            r.headcount,
            r.openings,
            text(r.hiringTeam.hiringManager),
            text(r.hiringTeam.recruiter),
            text(r.hiringTeam.coordinator),
            QString::fromUtf8(
                    QJsonDocument(RecordJson::toJson(r.sections)).toJson(QJsonDocument::Compact)),
            text(bodyText(r.sections)),
            text(r.externalId),
            text(r.sourceUrl),
            r.employerSize ? QVariant(*r.employerSize) : QVariant(),
            r.postedOn.isValid() ? QVariant(r.postedOn.toString(Qt::ISODate)) : QVariant(),
            r.closesOn.isValid() ? QVariant(r.closesOn.toString(Qt::ISODate)) : QVariant(),
            r.createdAt.isValid() ? QVariant(RecordJson::timeText(r.createdAt)) : QVariant(),
            text(RecordJson::timeText(r.updatedAt)),
            r.version,
            payMin,
            payMax,
            text(payCurrency),
    };
}

QList<QVariantList> RequisitionRecord::bandRows(const Requisition &r)
{
    QList<QVariantList> rows;
    rows.reserve(r.bands.size());
    const QString id = r.id.toString(QUuid::WithoutBraces);
    for (qsizetype i = 0; i < r.bands.size(); ++i) {
        const PayBand &b = r.bands.at(i);
        rows.append({
                id,
                qint64(i),
                b.id.isNull() ? QVariant() : QVariant(b.id.toString(QUuid::WithoutBraces)),
                text(b.jobFamily),
                text(b.level),
                text(b.location),
                text(b.currency),
                periodName(b.period),
                b.minMinor,
                b.maxMinor,
                b.midMinor ? QVariant(*b.midMinor) : QVariant(),
                perYear(b.minMinor, b.period),
                perYear(b.maxMinor, b.period),
                text(b.sourceText),
                text(b.note),
        });
    }
    return rows;
}

} // namespace Reqdesk::Store
