#pragma once

#include "core/payband.h"
#include "core/requisitionstatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Reqdesk::Core {

/// The people who own a requisition; names or user ids as the source gives them.
struct HiringTeam
{
    QString hiringManager;
    QString recruiter;
    QString coordinator;

    friend bool operator==(const HiringTeam &, const HiringTeam &) = default;
};

/// The prose of a posting, split the way people read it.
struct PostingSections
{
    QString overview;
    QStringList responsibilities;
    QStringList requiredQualifications;
    QStringList preferredQualifications;
    QStringList otherRequirements;
    QStringList benefits;

    bool isEmpty() const
    {
        return overview.isEmpty() && responsibilities.isEmpty() && requiredQualifications.isEmpty()
               && preferredQualifications.isEmpty() && otherRequirements.isEmpty()
               && benefits.isEmpty();
    }
    friend bool operator==(const PostingSections &, const PostingSections &) = default;
};

/// A job requisition with its posting and pay bands.
struct Requisition
{
    QUuid id;
    QString title;
    QString company;
    QString org; ///< organisation (division) the requisition belongs to
    QString team;
    QString level; ///< the requisition's own level; bands may cover several
    QStringList locations;
    QString employmentType; ///< "full_time", "part_time", "contract", "internship", "temporary"
    QString workplaceType;  ///< "onsite", "hybrid", "remote"
    RequisitionStatus status = RequisitionStatus::Draft;
    QString statusReason;
    int headcount = 1;
    int openings = 1; ///< seats still to fill
    HiringTeam hiringTeam;
    PostingSections sections;
    QList<PayBand> bands;
    QString externalId; ///< id at the source (Greenhouse job id, Lever posting id)
    QString sourceUrl;
    std::optional<int> employerSize; ///< employees, for rules that depend on it
    QDate postedOn;
    QDate closesOn;      ///< application close date, when stated
    QDateTime createdAt; ///< client clock: display only
    QDateTime updatedAt;
    qint64 version = 0; ///< server change counter of the last synced change; 0 = never synced

    friend bool operator==(const Requisition &, const Requisition &) = default;
};

} // namespace Reqdesk::Core
