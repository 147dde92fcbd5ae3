#include "core/import/greenhousejsonimporter.h"

#include "core/currency.h"
#include "core/import/htmltextconverter.h"
#include "core/import/importsupport.h"
#include "core/import/paystatementparser.h"
#include "core/import/textpostingparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Reqdesk::Core {

namespace {

QString idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
    }
    return QString();
}

// Whole cents from a JSON number; nothing for fractions, negatives or non-numbers.
std::optional<qint64> cents(const QJsonValue &v)
{
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d) || d < 0 || d != std::floor(d) || d > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

// Greenhouse counts every currency in hundredths; Reqdesk counts in the currency's minor unit.
std::optional<qint64> centsToMinor(qint64 c, const QString &currency)
{
    const int digits = Currency::minorDigits(currency);
    if (digits == 2)
        return c;
    if (digits > 2) {
        qint64 m = c;
        for (int i = 2; i < digits; ++i)
            m *= 10;
        return m;
    }
    qint64 div = 1;
    for (int i = digits; i < 2; ++i)
        div *= 10;
    if (c % div != 0)
        return std::nullopt;
    return c / div;
}

QString plain(const QString &html)
{
    const QString markup = HtmlTextConverter::looksEscaped(html)
                                   ? HtmlTextConverter::decodeEntities(html)
                                   : html;
    return HtmlTextConverter::toText(markup).simplified();
}

QString rangeLocation(const QString &title)
{
    static const QRegularExpression suffix(
            QStringLiteral("\\s*[-–:]?\\s*(?:base\\s+)?(?:pay|salary|compensation)?\\s*range\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notAPlace(
            QStringLiteral("^(?:hourly|annual|yearly|monthly|weekly|base|salary|pay|total)?$"),
            QRegularExpression::CaseInsensitiveOption);
    QString t = title.trimmed();
    t.remove(suffix);
    t = t.trimmed();
    // "Hourly Pay Range" names a period, not a place.
    return notAPlace.match(t).hasMatch() ? QString() : t;
}

Period rangePeriod(const QString &words)
{
    const QString lower = words.toLower();
    if (lower.contains(u"hour"))
        return Period::Hour;
    if (lower.contains(u"month"))
        return Period::Month;
    if (lower.contains(u"week"))
        return Period::Week;
    return Period::Year;
}

} // namespace

Result<ImportResult> GreenhouseJsonImporter::importJob(const QJsonObject &job, int index)
{
    const QString where = QStringLiteral("jobs[%1]").arg(index);
    const QString title = job.value(u"title").toString().simplified();
    if (title.isEmpty()) {
        return makeError(
                ErrorCode::ParseError, where + QStringLiteral(": job without a \"title\""), 1);
    }
    const QString id = idText(job.value(u"id"));
    const QString label = id.isEmpty() ? where : QStringLiteral("job %1").arg(id);

    const QString contentHtml = job.value(u"content").toString();
    const QString markup = HtmlTextConverter::looksEscaped(contentHtml)
                                   ? HtmlTextConverter::decodeEntities(contentHtml)
                                   : contentHtml;
    ImportResult body = TextPostingParser::parseBody(HtmlTextConverter::toText(markup));
    Requisition r = body.requisitions.takeFirst();
    r.title = title;
    r.externalId = id;
    r.sourceUrl = job.value(u"absolute_url").toString();
    r.status = RequisitionStatus::Open;
    r.company = job.value(u"company_name").toString().simplified();
    const QString location = job.value(u"location").toObject().value(u"name").toString();
    for (const QString &part : location.split(u';', Qt::SkipEmptyParts)) {
        if (!r.locations.contains(part.trimmed()))
            r.locations << part.trimmed();
    }
    if (r.locations.isEmpty()) {
        for (const QJsonValue &office : job.value(u"offices").toArray()) {
            const QString name = office.toObject().value(u"name").toString().trimmed();
            if (!name.isEmpty() && !r.locations.contains(name))
                r.locations << name;
        }
    }
    const QJsonArray departments = job.value(u"departments").toArray();
    if (!departments.isEmpty())
        r.team = departments.first().toObject().value(u"name").toString().trimmed();
    if (r.workplaceType.isEmpty())
        r.workplaceType = Internal::sharedWorkplaceTypeOf(r.locations);
    const QString updated = job.value(u"updated_at").toString();
    if (!updated.isEmpty())
        r.updatedAt = QDateTime::fromString(updated, Qt::ISODate);
    const QString published = job.value(u"first_published").toString();
    if (!published.isEmpty())
        r.postedOn = QDateTime::fromString(published, Qt::ISODate).date();

    ImportResult out;
    QList<PayBand> ranges;
    const QJsonArray payRanges = job.value(u"pay_input_ranges").toArray();
    for (int i = 0; i < payRanges.size(); ++i) {
        const QJsonObject pr = payRanges.at(i).toObject();
        const QString rangeTitle = pr.value(u"title").toString().simplified();
        const QString blurb = plain(pr.value(u"blurb").toString());
        const QString currency = pr.value(u"currency_type").toString().trimmed().toUpper();
        const QString rangeWhere = QStringLiteral("%1 pay_input_ranges[%2]").arg(label).arg(i);
        if (!Currency::isKnown(currency)) {
            out.warnings.append({0,
                                 rangeWhere
                                         + QStringLiteral(": currency \"%1\" not known; "
                                                          "no band was made")
                                                   .arg(currency)});
            continue;
        }
        const std::optional<qint64> minC = cents(pr.value(u"min_cents"));
        const std::optional<qint64> maxC = cents(pr.value(u"max_cents"));
        const std::optional<qint64> minM = minC ? centsToMinor(*minC, currency) : std::nullopt;
        const std::optional<qint64> maxM = maxC ? centsToMinor(*maxC, currency) : std::nullopt;
        if (!minM || !maxM) {
            out.warnings.append({0,
                                 rangeWhere
                                         + QStringLiteral(": min_cents/max_cents are not "
                                                          "whole amounts; no band was made")});
            continue;
        }
        PayBand band;
        band.id = QUuid::createUuid();
        band.currency = currency;
        band.period = rangePeriod(rangeTitle + u' ' + blurb);
        band.minMinor = *minM;
        band.maxMinor = *maxM;
        band.location = rangeLocation(rangeTitle);
        band.note = blurb;
        band.sourceText = QStringLiteral("pay_input_ranges: ") + rangeTitle;
        if (band.minMinor > band.maxMinor) {
            std::swap(band.minMinor, band.maxMinor);
            out.warnings.append({0, rangeWhere + QStringLiteral(": min above max; swapped")});
        }
        PayStatementParser::appendUnique(ranges, band);
    }

    QList<ImportWarning> bodyWarnings = body.warnings;
    if (!ranges.isEmpty()) {
        // The structured ranges are authoritative; the text adds only facts they lack.
        for (const PayBand &textBand : std::as_const(r.bands)) {
            bool known = false;
            for (const PayBand &rb : std::as_const(ranges)) {
                known = known
                        || (rb.currency == textBand.currency && rb.period == textBand.period
                            && rb.minMinor == textBand.minMinor
                            && rb.maxMinor == textBand.maxMinor);
            }
            if (!known)
                ranges.append(textBand);
        }
        r.bands = ranges;
        bodyWarnings.removeIf(
                [](const ImportWarning &w) { return w.message == u"no pay range stated"; });
    }
    for (const ImportWarning &w : std::as_const(bodyWarnings)) {
        const QString prefix
                = w.line > 0 ? QStringLiteral("%1, content line %2: ").arg(label).arg(w.line)
                             : label + QStringLiteral(": ");
        out.warnings.append({0, prefix + w.message});
    }
    out.requisitions.append(std::move(r));
    return out;
}

Result<ImportResult> GreenhouseJsonImporter::import(const QByteArray &json)
{
    Result<QJsonDocument> doc = Internal::parseJson(json);
    if (!doc)
        return doc.error();
    QJsonArray jobs;
    if (doc->isObject() && doc->object().value(u"jobs").isArray()) {
        jobs = doc->object().value(u"jobs").toArray();
    } else if (doc->isObject() && doc->object().contains(u"title")) {
        jobs.append(doc->object());
    } else {
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("not a Greenhouse job board: expected {\"jobs\": [...]} or "
                                        "a job object with a \"title\""),
                         1);
    }
    ImportResult all;
    for (int i = 0; i < jobs.size(); ++i) {
        if (!jobs.at(i).isObject()) {
            return makeError(
                    ErrorCode::ParseError, QStringLiteral("jobs[%1] is not an object").arg(i), 1);
        }
        Result<ImportResult> one = importJob(jobs.at(i).toObject(), i);
        if (!one)
            return one.error();
        all.requisitions += one->requisitions;
        all.warnings += one->warnings;
    }
    if (all.requisitions.isEmpty())
        all.warnings.append({0, QStringLiteral("the board lists no jobs")});
    return all;
}

} // namespace Reqdesk::Core
