#pragma once

#include "core/money.h"
#include "core/stage.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace Reqdesk::Core {

/// A candidate's application to one requisition and where it stands in the pipeline.
struct Application
{
    QUuid id;
    QUuid candidateId;
    QUuid requisitionId;
    Stage stage = Stage::Applied;
    QString exitReason; ///< why it was rejected or withdrawn
    std::optional<Money> expectedSalary;
    std::optional<Money> offer; ///< draft or extended offer
    QDateTime appliedAt;
    QDateTime stageChangedAt;
    QDateTime updatedAt;
    qint64 version = 0;

    friend bool operator==(const Application &, const Application &) = default;
};

} // namespace Reqdesk::Core
