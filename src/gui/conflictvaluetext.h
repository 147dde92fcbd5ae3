#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace Reqdesk::Gui {

/// Conflict values as a person reads them: field and entity names in words, money through
/// QLocale, stages and statuses by name, lists one item a line — never raw JSON where a
/// reader-friendly form exists.
class ConflictValueText final
{
    Q_DECLARE_TR_FUNCTIONS(Reqdesk::Gui::ConflictValueText)

public:
    /// "Requisition", "Candidate", "Application".
    static QString entity(const QString &entity);
    /// The field's label ("Pay bands", "Expected salary"), or what a whole-record conflict is
    /// about ("Edited here, deleted on the server").
    static QString field(const QString &entity, const QString &field);
    /// A sentence saying what happened, for the comparison's heading.
    static QString explanation(const QString &field);
    /// `value` of `field` in words; "(empty)" for null or missing.
    static QString value(const QString &field, const QJsonValue &value, const QLocale &locale = {});
    /// True when the conflict is about one field's value (it can be edited and merged).
    static bool isFieldConflict(const QString &field);
};

} // namespace Reqdesk::Gui
