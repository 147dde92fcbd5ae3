#pragma once

#include "core/stage.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace Reqdesk::Core {

/// One recorded move of an application; append-only history.
struct StageEvent
{
    QUuid id;
    QUuid applicationId;
    std::optional<Stage> from; ///< none for the first event (the application was created)
    Stage to = Stage::Applied;
    QDateTime at; ///< client clock: display only
    QString by;   ///< user name
    QString reason;
    qint64 version = 0;

    friend bool operator==(const StageEvent &, const StageEvent &) = default;
};

} // namespace Reqdesk::Core
