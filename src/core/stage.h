#pragma once

#include <QString>

#include <optional>

namespace Reqdesk::Core {

/// Pipeline stages of an application, in order, then the two exits.
enum class Stage {
    Applied,
    RecruiterScreen,
    HiringManagerScreen,
    Onsite,
    Offer,
    Hired,
    Rejected,  ///< exit; needs a reason
    Withdrawn, ///< exit, by the candidate
};

/// Stable snake_case name ("recruiter_screen") for storage and JSON.
QString stageName(Stage stage);
std::optional<Stage> stageFromName(QStringView name);

} // namespace Reqdesk::Core
