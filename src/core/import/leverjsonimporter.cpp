#include "core/import/leverjsonimporter.h"
#include "core/timeutil.h"

#include "core/currency.h"
#include "core/import/htmltextconverter.h"
#include "core/import/importsupport.h"
#include "core/import/paystatementparser.h"
#include "core/import/textpostingparser.h"
#include "core/money.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Reqdesk::Core {

namespace {

QString textOf(const QJsonObject &o, QStringView plainKey, QStringView htmlKey)
{
    const QString plain = o.value(plainKey).toString();
    if (!plain.trimmed().isEmpty())
        return plain;
    return HtmlTextConverter::toText(o.value(htmlKey).toString());
}

std::optional<Period> intervalPeriod(QStringView interval)
{
    const QString i = interval.toString().toLower();
    if (i.contains(u"year") || i.contains(u"annual"))
        return Period::Year;
    if (i.contains(u"month"))
        return Period::Month;
    if (i.contains(u"week"))
        return Period::Week;
    if (i.contains(u"day"))
        return Period::Day;
    if (i.contains(u"hour"))
        return Period::Hour;
    return std::nullopt;
}

// A JSON amount in major units to exact minor units (Lever sends 45.5 or 120000).
std::optional<qint64> majorToMinor(const QJsonValue &v, const QString &currency)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 1.0e13)
        return std::nullopt;
    const int digits = Currency::minorDigits(currency);
    const QString text = QString::number(d, 'f', digits);
    // A figure with more decimals than the currency has would be silently rounded: refuse it.
    if (std::fabs(text.toDouble() - d) > 1e-9 * qMax(1.0, d))
        return std::nullopt;
    return Money::parseDecimal(text, currency);
}

QString employmentOf(const QString &commitment)
{
    return Internal::employmentTypeOf(commitment);
}

} // namespace

Result<ImportResult> LeverJsonImporter::importPosting(const QJsonObject &posting, int index)
{
    const QString where = QStringLiteral("postings[%1]").arg(index);
    const QString title = posting.value(u"text").toString().simplified();
    if (title.isEmpty()) {
        return makeError(ErrorCode::ParseError,
                         where + QStringLiteral(": posting without a \"text\" (title)"),
                         1);
    }
    const QString id = posting.value(u"id").toString();
    const QString label = id.isEmpty() ? where : QStringLiteral("posting %1").arg(id);
    ImportResult out;

    // Rebuild the posting as text with headings, so sections come out as for a pasted posting.
    QString body = textOf(posting, u"descriptionPlain", u"description");
    const QJsonArray lists = posting.value(u"lists").toArray();
    for (const QJsonValue &lv : lists) {
        const QJsonObject list = lv.toObject();
        QString heading = list.value(u"text").toString().simplified();
        if (!TextPostingParser::isKnownHeading(heading)) {
            out.warnings.append({0,
                                 QStringLiteral("%1: list \"%2\" is not a known section; its "
                                                "items are kept under other requirements")
                                         .arg(label, heading)});
            heading = QStringLiteral("Other requirements");
        }
        body += u'\n' + heading + u'\n'
                + HtmlTextConverter::toText(list.value(u"content").toString()) + u'\n';
    }
    const QString additional = textOf(posting, u"additionalPlain", u"additional");
    if (!additional.trimmed().isEmpty())
        body += QStringLiteral("\nOverview\n") + additional;
    const QString salaryText = textOf(posting, u"salaryDescriptionPlain", u"salaryDescription");
    if (!salaryText.trimmed().isEmpty())
        body += QStringLiteral("\nCompensation\n") + salaryText;

    ImportResult parsed = TextPostingParser::parseBody(body);
    Requisition r = parsed.requisitions.takeFirst();
    r.title = title;
    r.externalId = id;
    r.sourceUrl = posting.value(u"hostedUrl").toString();
    // The public postings API lists live postings; an export may carry their state.
    const QString state = posting.value(u"state").toString().toLower();
    if (state.isEmpty() || state == u"published")
        r.status = RequisitionStatus::Open;
    else if (state == u"closed")
        r.status = RequisitionStatus::Closed;
    else
        r.status = RequisitionStatus::Draft;
    const QJsonObject categories = posting.value(u"categories").toObject();
    r.team = categories.value(u"team").toString().trimmed();
    r.org = categories.value(u"department").toString().trimmed();
    QStringList locations;
    const QString location = categories.value(u"location").toString().trimmed();
    if (!location.isEmpty())
        locations << location;
    for (const QJsonValue &l : categories.value(u"allLocations").toArray()) {
        const QString name = l.toString().trimmed();
        if (!name.isEmpty() && !locations.contains(name))
            locations << name;
    }
    if (!locations.isEmpty())
        r.locations = locations;
    const QString commitment = categories.value(u"commitment").toString();
    if (!commitment.isEmpty()) {
        r.employmentType = employmentOf(commitment);
        if (r.employmentType.isEmpty())
            out.warnings.append({0,
                                 QStringLiteral("%1: commitment \"%2\" not recognised")
                                         .arg(label, commitment)});
    }
    const QString workplace = posting.value(u"workplaceType").toString();
    if (!workplace.isEmpty() && workplace != u"unspecified")
        r.workplaceType = Internal::workplaceTypeOf(workplace);
    const QJsonValue created = posting.value(u"createdAt");
    if (created.isDouble()) {
        r.createdAt = Reqdesk::Core::utcFromMSecs(qint64(created.toDouble()));
        r.postedOn = r.createdAt.date();
    }

    QList<PayBand> bands;
    const QJsonObject salary = posting.value(u"salaryRange").toObject();
    if (!salary.isEmpty()) {
        const QString currency = salary.value(u"currency").toString().trimmed().toUpper();
        const std::optional<Period> period = intervalPeriod(salary.value(u"interval").toString());
        const std::optional<qint64> minM = majorToMinor(salary.value(u"min"), currency);
        const std::optional<qint64> maxM = majorToMinor(salary.value(u"max"), currency);
        if (!Currency::isKnown(currency)) {
            out.warnings.append({0,
                                 QStringLiteral("%1: salaryRange currency \"%2\" not known; "
                                                "no band was made")
                                         .arg(label, currency)});
        } else if (!period) {
            out.warnings.append({0,
                                 QStringLiteral("%1: salaryRange interval \"%2\" not known; "
                                                "no band was made")
                                         .arg(label, salary.value(u"interval").toString())});
        } else if (!minM || !maxM) {
            out.warnings.append({0,
                                 QStringLiteral("%1: salaryRange min/max are not exact "
                                                "amounts; no band was made")
                                         .arg(label)});
        } else {
            PayBand band;
            band.id = QUuid::createUuid();
            band.currency = currency;
            band.period = *period;
            band.minMinor = *minM;
            band.maxMinor = *maxM;
            band.sourceText = QStringLiteral("salaryRange");
            if (band.minMinor > band.maxMinor) {
                std::swap(band.minMinor, band.maxMinor);
                out.warnings.append({0,
                                     label
                                             + QStringLiteral(": salaryRange min above max; "
                                                              "swapped")});
            }
            bands.append(band);
        }
    }
    QList<ImportWarning> bodyWarnings = parsed.warnings;
    if (!bands.isEmpty()) {
        for (const PayBand &textBand : std::as_const(r.bands)) {
            bool known = false;
            for (const PayBand &b : std::as_const(bands)) {
                known = known
                        || (b.currency == textBand.currency && b.period == textBand.period
                            && b.minMinor == textBand.minMinor && b.maxMinor == textBand.maxMinor);
            }
            if (!known)
                bands.append(textBand);
        }
        r.bands = bands;
        bodyWarnings.removeIf(
                [](const ImportWarning &w) { return w.message == u"no pay range stated"; });
    }
    for (const ImportWarning &w : std::as_const(bodyWarnings))
        out.warnings.append({0, label + QStringLiteral(": ") + w.message});
    out.requisitions.append(std::move(r));
    return out;
}

Result<ImportResult> LeverJsonImporter::import(const QByteArray &json)
{
    Result<QJsonDocument> doc = Internal::parseJson(json);
    if (!doc)
        return doc.error();
    QJsonArray postings;
    if (doc->isArray()) {
        postings = doc->array();
    } else if (doc->isObject() && doc->object().value(u"data").isArray()) {
        postings = doc->object().value(u"data").toArray();
    } else if (doc->isObject() && doc->object().contains(u"text")) {
        postings.append(doc->object());
    } else {
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("not Lever postings: expected an array of postings or a "
                                        "posting object with a \"text\""),
                         1);
    }
    ImportResult all;
    for (int i = 0; i < postings.size(); ++i) {
        if (!postings.at(i).isObject()) {
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("postings[%1] is not an object").arg(i),
                             1);
        }
        Result<ImportResult> one = importPosting(postings.at(i).toObject(), i);
        if (!one)
            return one.error();
        all.requisitions += one->requisitions;
        all.warnings += one->warnings;
    }
    if (all.requisitions.isEmpty())
        all.warnings.append({0, QStringLiteral("the file lists no postings")});
    return all;
}

} // namespace Reqdesk::Core
