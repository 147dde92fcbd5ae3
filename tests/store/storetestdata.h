#pragma once

// Deterministic test data for the store tests: the same seed and index give the same record.

#include "core/application.h"
#include "core/candidate.h"
#include "core/requisition.h"
#include "core/timeutil.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

namespace Reqdesk::Store::TestData {

inline QUuid uuidFor(quint64 seed, qint64 index, quint32 salt)
{
    QRandomGenerator g(quint32(seed * 7919u + quint64(index) * 104729u + salt));
    return QUuid(g.generate(),
                 quint16(g.generate()),
                 quint16((g.generate() & 0x0fff) | 0x4000),
                 uchar(0x80 | (g.generate() & 0x3f)),
                 uchar(g.generate()),
                 uchar(g.generate()),
                 uchar(g.generate()),
                 uchar(g.generate()),
                 uchar(g.generate()),
                 uchar(g.generate()),
                 uchar(g.generate()));
}

inline QString pick(QRandomGenerator &g, const QStringList &list)
{
    return list.at(int(g.bounded(quint32(list.size()))));
}

inline Core::Requisition requisition(quint64 seed, qint64 index)
{
    static const QStringList titles = {QStringLiteral("Software Engineer"),
                                       QStringLiteral("Data Analyst"),
                                       QStringLiteral("Product Designer"),
                                       QStringLiteral("Site Reliability Engineer"),
                                       QStringLiteral("Technical Writer"),
                                       QStringLiteral("Security Engineer"),
                                       QStringLiteral("Engineering Manager"),
                                       QStringLiteral("Recruiting Coordinator"),
                                       QStringLiteral("Machine Learning Engineer"),
                                       QStringLiteral("Support Specialist")};
    static const QStringList prefixes = {QString(),
                                         QStringLiteral("Senior "),
                                         QStringLiteral("Staff "),
                                         QStringLiteral("Principal "),
                                         QStringLiteral("Junior ")};
    static const QStringList companies = {QStringLiteral("Acme Tools"),
                                          QStringLiteral("Birch Labs"),
                                          QStringLiteral("Cobalt Freight"),
                                          QStringLiteral("Dune Health")};
    static const QStringList orgs = {QStringLiteral("Engineering"),
                                     QStringLiteral("Design"),
                                     QStringLiteral("Operations"),
                                     QStringLiteral("People"),
                                     QStringLiteral("Finance")};
    static const QStringList locations = {QStringLiteral("San Francisco Bay Area"),
                                          QStringLiteral("New York City"),
                                          QStringLiteral("Remote (US)"),
                                          QStringLiteral("Berlin"),
                                          QStringLiteral("Zürich"),
                                          QStringLiteral("Austin, TX"),
                                          QStringLiteral("London"),
                                          QStringLiteral("São Paulo")};
    static const QStringList managers = {QStringLiteral("Ada Moreno"),
                                         QStringLiteral("Bilal Okafor"),
                                         QStringLiteral("Chen Wei"),
                                         QStringLiteral("Dana Kowalski"),
                                         QStringLiteral("Eitan Levi")};
    static const QStringList duties
            = {QStringLiteral("Design and build reliable services for payroll data"),
               QStringLiteral("Review code and mentor newer teammates"),
               QStringLiteral("Own the on-call rotation for the billing pipeline"),
               QStringLiteral("Write clear documentation for internal tools"),
               QStringLiteral("Work with recruiters to improve the interview loop"),
               QStringLiteral("Analyse hiring funnel metrics with SQL and Python")};

    QRandomGenerator g(quint32(seed * 31u + quint64(index) * 2654435761u));
    Core::Requisition r;
    r.id = uuidFor(seed, index, 1);
    r.title = pick(g, prefixes) + pick(g, titles);
    r.company = pick(g, companies);
    r.org = pick(g, orgs);
    r.team = QStringLiteral("Team %1").arg(g.bounded(20));
    r.level = QStringLiteral("IC%1").arg(1 + g.bounded(7));
    const int locationCount = 1 + int(g.bounded(2));
    for (int i = 0; i < locationCount; ++i) {
        const QString l = pick(g, locations);
        if (!r.locations.contains(l))
            r.locations << l;
    }
    r.employmentType = QStringLiteral("full_time");
    r.workplaceType = pick(
            g, {QStringLiteral("onsite"), QStringLiteral("hybrid"), QStringLiteral("remote")});
    r.status = Core::RequisitionStatus(g.bounded(7));
    r.headcount = 1 + int(g.bounded(3));
    r.openings = r.headcount;
    r.hiringTeam.hiringManager = pick(g, managers);
    r.hiringTeam.recruiter = pick(g, managers);
    r.sections.overview
            = QStringLiteral("Join %1 to work on %2 problems.").arg(r.company, r.org.toLower());
    r.sections.responsibilities = {pick(g, duties), pick(g, duties)};
    r.sections.requiredQualifications
            = {QStringLiteral("%1+ years of experience").arg(1 + g.bounded(10))};
    r.sections.benefits = {QStringLiteral("Health insurance"), QStringLiteral("401(k) match")};
    const int bandCount = int(g.bounded(5)); // 0..4 bands
    const QString currency = g.bounded(4) == 0 ? QStringLiteral("EUR") : QStringLiteral("USD");
    for (int i = 0; i < bandCount; ++i) {
        Core::PayBand b;
        b.id = uuidFor(seed, index, 100 + quint32(i));
        b.level = r.level;
        b.location = i < r.locations.size() ? r.locations.at(i) : pick(g, locations);
        b.currency = currency;
        if (g.bounded(6) == 0) {
            b.period = Core::Period::Hour;
            b.minMinor = (25 + g.bounded(40)) * 100;
            b.maxMinor = b.minMinor + g.bounded(30) * 100;
        } else {
            b.period = Core::Period::Year;
            b.minMinor = qint64(60000 + g.bounded(140) * 1000) * 100;
            b.maxMinor = b.minMinor + qint64(g.bounded(80) * 1000) * 100;
        }
        if (g.bounded(2) == 0)
            b.midMinor = (b.minMinor + b.maxMinor) / 2;
        b.sourceText = QStringLiteral("Band %1 for %2").arg(i).arg(b.location);
        r.bands << b;
    }
    r.externalId = QStringLiteral("ext-%1").arg(index);
    r.postedOn = QDate(2026, 1, 1).addDays(g.bounded(300));
    r.createdAt = Reqdesk::Core::utcDateTime(r.postedOn, QTime(9, 0));
    r.updatedAt = r.createdAt.addSecs(qint64(g.bounded(1000000)));
    r.version = index + 1;
    return r;
}

inline Core::Candidate candidate(quint64 seed, qint64 index)
{
    QRandomGenerator g(quint32(seed * 17u + quint64(index) * 40503u));
    Core::Candidate c;
    c.id = uuidFor(seed, index, 2);
    static const QStringList first = {QStringLiteral("Ana"),
                                      QStringLiteral("Ben"),
                                      QStringLiteral("Chloé"),
                                      QStringLiteral("Dev"),
                                      QStringLiteral("Eun")};
    static const QStringList last = {QStringLiteral("Ibarra"),
                                     QStringLiteral("Jensen"),
                                     QStringLiteral("Kaur"),
                                     QStringLiteral("Lopez")};
    c.name = pick(g, first) + QLatin1Char(' ') + pick(g, last) + QStringLiteral(" %1").arg(index);
    c.emails = {QStringLiteral("person%1@example.com").arg(index)};
    c.source = pick(g, {QStringLiteral("referral"), QStringLiteral("career site")});
    c.tags = {QStringLiteral("tag%1").arg(g.bounded(5))};
    c.createdAt = Reqdesk::Core::utcDateTime(QDate(2026, 2, 1), QTime(8, 0)).addSecs(index * 60);
    c.updatedAt = c.createdAt;
    return c;
}

inline Core::Application
application(quint64 seed, qint64 index, const QUuid &candidateId, const QUuid &requisitionId)
{
    Core::Application a;
    a.id = uuidFor(seed, index, 3);
    a.candidateId = candidateId;
    a.requisitionId = requisitionId;
    a.stage = Core::Stage::Applied;
    a.appliedAt = Reqdesk::Core::utcDateTime(QDate(2026, 3, 1), QTime(10, 0)).addSecs(index * 3600);
    a.stageChangedAt = a.appliedAt;
    a.updatedAt = a.appliedAt;
    a.expectedSalary
            = Core::Money{12000000 + index * 100, QStringLiteral("USD"), Core::Period::Year};
    return a;
}

} // namespace Reqdesk::Store::TestData
