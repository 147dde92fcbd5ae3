#pragma once

#include <QString>
#include <QUuid>

namespace Reqdesk::Core {

/// How much a compliance flag matters.
enum class Severity {
    Info,    ///< could not check, or an assumption was made; worth a look
    Warning, ///< something the rule asks for appears to be missing
};

/// One pay-transparency hint about one posting: which rule, what seems missing. Not legal advice.
struct ComplianceFlag
{
    QString ruleId;       ///< "us-nyc-pay-range"
    QString jurisdiction; ///< "New York City"
    QString code;         ///< stable reason code for the GUI to translate: "pay_missing"...
    QString message;      ///< English text naming the rule and what is missing (logs, CLI)
    Severity severity = Severity::Warning;
    QUuid requisitionId;
    QUuid bandId; ///< the band concerned, when the flag is about one band

    friend bool operator==(const ComplianceFlag &, const ComplianceFlag &) = default;
};

} // namespace Reqdesk::Core
