#include "core/requisitionexport.h"

#include "core/money.h"

#include <QJsonArray>

namespace Reqdesk::Core {

namespace {

// Major units as a JSON number: exact for whole amounts, shortest round-trip otherwise.
QJsonValue majorAmount(qint64 minor, const QString &currency)
{
    return Money{minor, currency, Period::Year}.toMajor();
}

QStringList flagRules(const QList<ExportFlag> &flags)
{
    QStringList rules;
    for (const ExportFlag &flag : flags)
        rules << flag.rule;
    return rules;
}

} // namespace

QJsonObject RequisitionExport::toJson(const Requisition &r, const QList<ExportFlag> &flags)
{
    QJsonArray bands;
    for (const PayBand &band : r.bands) {
        bands.append(QJsonObject{
                {QStringLiteral("level"), band.level},
                {QStringLiteral("location"), band.location},
                {QStringLiteral("currency"), band.currency},
                {QStringLiteral("period"), periodName(band.period)},
                {QStringLiteral("min"), majorAmount(band.minMinor, band.currency)},
                {QStringLiteral("max"), majorAmount(band.maxMinor, band.currency)},
        });
    }
    QJsonArray flagArray;
    for (const ExportFlag &flag : flags) {
        flagArray.append(QJsonObject{{QStringLiteral("rule"), flag.rule},
                                     {QStringLiteral("message"), flag.message}});
    }
    return QJsonObject{
            {QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("company"), r.company},
            {QStringLiteral("status"), requisitionStatusName(r.status)},
            {QStringLiteral("level"), r.level},
            {QStringLiteral("locations"), QJsonArray::fromStringList(r.locations)},
            {QStringLiteral("responsibilities"),
             QJsonArray::fromStringList(r.sections.responsibilities)},
            {QStringLiteral("qualifications"),
             QJsonObject{
                     {QStringLiteral("required"),
                      QJsonArray::fromStringList(r.sections.requiredQualifications)},
                     {QStringLiteral("preferred"),
                      QJsonArray::fromStringList(r.sections.preferredQualifications)},
             }},
            {QStringLiteral("bands"), bands},
            {QStringLiteral("flags"), flagArray},
    };
}

QString RequisitionExport::csvHeader()
{
    return QStringLiteral("requisition_id,title,company,status,org,locations,band_level,"
                          "band_location,currency,period,min,max,flags");
}

QStringList RequisitionExport::csvRows(const Requisition &r, const QList<ExportFlag> &flags)
{
    const QString common = csvField(r.id.toString(QUuid::WithoutBraces)) + u',' + csvField(r.title)
                           + u',' + csvField(r.company) + u','
                           + csvField(requisitionStatusName(r.status)) + u',' + csvField(r.org)
                           + u',' + csvField(r.locations.join(QStringLiteral("; "))) + u',';
    const QString flagText = csvField(flagRules(flags).join(QStringLiteral("; ")));
    QStringList rows;
    for (const PayBand &band : r.bands) {
        rows << common + csvField(band.level) + u',' + csvField(band.location) + u','
                        + band.currency + u',' + periodName(band.period) + u','
                        + minorToDecimalString(band.minMinor, band.currency) + u','
                        + minorToDecimalString(band.maxMinor, band.currency) + u',' + flagText;
    }
    if (rows.isEmpty())
        rows << common + QStringLiteral(",,,,,,") + flagText;
    return rows;
}

QString RequisitionExport::csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@'))
        v.prepend(u'\'');
    const bool needsQuotes = v.contains(u',') || v.contains(u'"') || v.contains(u'\n')
                             || v.contains(u'\r') || v.startsWith(u' ') || v.endsWith(u' ');
    if (!needsQuotes)
        return v;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

} // namespace Reqdesk::Core
