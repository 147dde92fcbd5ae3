#include "gui/conflictvaluetext.h"

#include "core/period.h"
#include "core/requisitionstatus.h"
#include "core/stage.h"
#include "gui/applicationtablemodel.h"
#include "gui/displaytext.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Reqdesk::Gui {

namespace {

QString moneyText(const QJsonObject &money, const QLocale &locale)
{
    const QString amount = DisplayText::money(money.value(QStringLiteral("minor")).toInteger(),
                                              money.value(QStringLiteral("currency")).toString(),
                                              locale);
    const auto period = Core::periodFromName(money.value(QStringLiteral("period")).toString());
    return period ? amount + u' ' + DisplayText::period(*period) : amount;
}

QString bandText(const QJsonObject &band, const QLocale &locale)
{
    const QString currency = band.value(QStringLiteral("currency")).toString();
    QStringList where;
    for (const auto *key : {"job_family", "level", "location"}) {
        const QString part = band.value(QLatin1String(key)).toString();
        if (!part.isEmpty())
            where << part;
    }
    QString text = DisplayText::money(
                           band.value(QStringLiteral("min_minor")).toInteger(), currency, locale)
                   + QStringLiteral(" \u2013 ")
                   + DisplayText::money(
                           band.value(QStringLiteral("max_minor")).toInteger(), currency, locale);
    if (const auto period = Core::periodFromName(band.value(QStringLiteral("period")).toString()))
        text += u' ' + DisplayText::period(*period);
    return where.isEmpty() ? text
                           : where.join(QStringLiteral(" \u00b7 ")) + QStringLiteral(": ") + text;
}

bool isMoney(const QJsonObject &o)
{
    return o.contains(QStringLiteral("minor")) && o.contains(QStringLiteral("currency"));
}

bool isBand(const QJsonObject &o)
{
    return o.contains(QStringLiteral("min_minor")) && o.contains(QStringLiteral("max_minor"));
}

QString plain(const QJsonValue &v, const QLocale &locale)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ConflictValueText::tr("(empty)");
    case QJsonValue::Bool:
        return v.toBool() ? ConflictValueText::tr("Yes") : ConflictValueText::tr("No");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return locale.toString(qint64(d));
        return locale.toString(d);
    }
    case QJsonValue::String:
        return v.toString().isEmpty() ? ConflictValueText::tr("(empty)") : v.toString();
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return ConflictValueText::tr("(none)");
        QStringList lines;
        for (const QJsonValue &item : a) {
            if (item.isObject() && isBand(item.toObject()))
                lines << bandText(item.toObject(), locale);
            else if (item.isObject() && isMoney(item.toObject()))
                lines << moneyText(item.toObject(), locale);
            else
                lines << plain(item, locale);
        }
        return lines.join(u'\n');
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (isMoney(o))
            return moneyText(o, locale);
        if (isBand(o))
            return bandText(o, locale);
        QStringList lines;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == QLatin1String("version") || it.key() == QLatin1String("id"))
                continue;
            lines << ConflictValueText::field(QString(), it.key()) + QStringLiteral(": ")
                             + plain(it.value(), locale).replace(u'\n', QStringLiteral("; "));
        }
        return lines.join(u'\n');
    }
    }
    return QString();
}

} // namespace

QString ConflictValueText::entity(const QString &entity)
{
    if (entity == QLatin1String("requisition"))
        return tr("Requisition");
    if (entity == QLatin1String("candidate"))
        return tr("Candidate");
    if (entity == QLatin1String("application"))
        return tr("Application");
    if (entity == QLatin1String("note"))
        return tr("Note");
    if (entity == QLatin1String("stage_event"))
        return tr("Stage change");
    return entity;
}

bool ConflictValueText::isFieldConflict(const QString &field)
{
    return field != QLatin1String("edit_delete") && field != QLatin1String("delete_edit")
           && field != QLatin1String("parent_deleted");
}

QString ConflictValueText::field(const QString &entity, const QString &field)
{
    Q_UNUSED(entity)
    static const QHash<QString, const char *> labels{
            {QStringLiteral("edit_delete"), QT_TR_NOOP("Edited here, deleted on the server")},
            {QStringLiteral("delete_edit"), QT_TR_NOOP("Deleted here, edited on the server")},
            {QStringLiteral("parent_deleted"),
             QT_TR_NOOP("Added to a record deleted on the server")},
            {QStringLiteral("title"), QT_TR_NOOP("Title")},
            {QStringLiteral("name"), QT_TR_NOOP("Name")},
            {QStringLiteral("company"), QT_TR_NOOP("Company")},
            {QStringLiteral("org"), QT_TR_NOOP("Organisation")},
            {QStringLiteral("team"), QT_TR_NOOP("Team")},
            {QStringLiteral("level"), QT_TR_NOOP("Level")},
            {QStringLiteral("locations"), QT_TR_NOOP("Locations")},
            {QStringLiteral("location"), QT_TR_NOOP("Location")},
            {QStringLiteral("employment_type"), QT_TR_NOOP("Employment type")},
            {QStringLiteral("workplace_type"), QT_TR_NOOP("Workplace")},
            {QStringLiteral("status"), QT_TR_NOOP("Status")},
            {QStringLiteral("status_reason"), QT_TR_NOOP("Status reason")},
            {QStringLiteral("headcount"), QT_TR_NOOP("Headcount")},
            {QStringLiteral("openings"), QT_TR_NOOP("Openings")},
            {QStringLiteral("hiring_team"), QT_TR_NOOP("Hiring team")},
            {QStringLiteral("hiring_manager"), QT_TR_NOOP("Hiring manager")},
            {QStringLiteral("recruiter"), QT_TR_NOOP("Recruiter")},
            {QStringLiteral("coordinator"), QT_TR_NOOP("Coordinator")},
            {QStringLiteral("sections"), QT_TR_NOOP("Posting text")},
            {QStringLiteral("overview"), QT_TR_NOOP("Overview")},
            {QStringLiteral("responsibilities"), QT_TR_NOOP("Responsibilities")},
            {QStringLiteral("required_qualifications"), QT_TR_NOOP("Required qualifications")},
            {QStringLiteral("preferred_qualifications"), QT_TR_NOOP("Preferred qualifications")},
            {QStringLiteral("other_requirements"), QT_TR_NOOP("Other requirements")},
            {QStringLiteral("benefits"), QT_TR_NOOP("Benefits")},
            {QStringLiteral("bands"), QT_TR_NOOP("Pay bands")},
            {QStringLiteral("external_id"), QT_TR_NOOP("External id")},
            {QStringLiteral("source_url"), QT_TR_NOOP("Source")},
            {QStringLiteral("employer_size"), QT_TR_NOOP("Employer size")},
            {QStringLiteral("posted_on"), QT_TR_NOOP("Posted on")},
            {QStringLiteral("closes_on"), QT_TR_NOOP("Closes on")},
            {QStringLiteral("emails"), QT_TR_NOOP("Emails")},
            {QStringLiteral("phones"), QT_TR_NOOP("Phones")},
            {QStringLiteral("links"), QT_TR_NOOP("Links")},
            {QStringLiteral("source"), QT_TR_NOOP("Source")},
            {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
            {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
            {QStringLiteral("exit_reason"), QT_TR_NOOP("Exit reason")},
            {QStringLiteral("expected_salary"), QT_TR_NOOP("Expected salary")},
            {QStringLiteral("offer"), QT_TR_NOOP("Offer")},
            {QStringLiteral("candidate_id"), QT_TR_NOOP("Candidate")},
            {QStringLiteral("requisition_id"), QT_TR_NOOP("Requisition")},
            {QStringLiteral("application_id"), QT_TR_NOOP("Application")},
    };
    if (const auto it = labels.constFind(field); it != labels.constEnd())
        return tr(*it);
    QString words = field;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString ConflictValueText::explanation(const QString &field)
{
    if (field == QLatin1String("edit_delete"))
        return tr("You edited this record while someone deleted it on the server. Keep mine "
                  "restores it with your edit; keep theirs lets it go.");
    if (field == QLatin1String("delete_edit"))
        return tr("You deleted this record while someone edited it on the server. Keep mine "
                  "deletes it; keep theirs keeps their version.");
    if (field == QLatin1String("parent_deleted"))
        return tr("You added something to a record that was deleted on the server. Keep mine "
                  "restores the record; keep theirs deletes what you added.");
    if (field == QLatin1String("stage"))
        return tr("The stage was changed here and on the server; the server checks the move "
                  "again when the choice is sent.");
    return tr("This field was changed here and on the server to different values. Choose "
              "which to keep, or edit a merged value.");
}

QString
ConflictValueText::value(const QString &field, const QJsonValue &value, const QLocale &locale)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (field == QLatin1String("stage")) {
            if (const auto stage = Core::stageFromName(text))
                return ApplicationTableModel::stageText(*stage);
        } else if (field == QLatin1String("status")) {
            if (const auto status = Core::requisitionStatusFromName(text))
                return DisplayText::status(*status);
        } else if (field == QLatin1String("posted_on") || field == QLatin1String("closes_on")) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                return locale.toString(date, QLocale::LongFormat);
        }
    }
    return plain(value, locale);
}

} // namespace Reqdesk::Gui
