#include "server/admincommands.h"

#include "core/demodatagenerator.h"
#include "server/demoseeder.h"
#include "server/passwordhasher.h"
#include "server/serverstorage.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace Reqdesk::Server {

using Core::ErrorCode;
using Core::makeError;
using Core::Status;

namespace {
constexpr int MinimumPasswordLength = 8;
} // namespace

AdminCommands::AdminCommands(const ServerConfig &config, ServerStorage &storage)
    : m_config(config)
    , m_storage(storage)
{}

int AdminCommands::run(QTextStream &input, QTextStream &out, QTextStream &err)
{
    Status status;
    switch (m_config.command) {
    case ServerConfig::Command::UserAdd:
        status = userAdd(input, out);
        break;
    case ServerConfig::Command::UserList:
        status = userList(out);
        break;
    case ServerConfig::Command::UserDisable:
        status = userDisable(out);
        break;
    case ServerConfig::Command::TokenRevoke:
        status = tokenRevoke(out);
        break;
    case ServerConfig::Command::UserGrantPay:
    case ServerConfig::Command::UserRevokePay: {
        const bool grant = m_config.command == ServerConfig::Command::UserGrantPay;
        status = m_storage.setPayAccess(m_config.subject, grant);
        if (status)
            out << (grant ? "granted" : "revoked") << " pay access of " << m_config.subject << '\n';
        break;
    }
    case ServerConfig::Command::SeedDemo:
        status = seedDemo(out);
        break;
    case ServerConfig::Command::SyncPurge: {
        const auto purged = m_storage.purgeTombstones(
                QDateTime::currentDateTimeUtc().addDays(-m_config.tombstoneDays));
        if (purged)
            out << "purged " << *purged << " tombstone(s)\n";
        else
            status = purged.error();
        break;
    }
    default:
        status = makeError(ErrorCode::InvalidArgument, QStringLiteral("not an admin command"));
        break;
    }
    out.flush();
    if (!status) {
        err << "reqdesk-server: " << status.error().message() << '\n';
        err.flush();
        return 1;
    }
    return 0;
}

Status AdminCommands::userAdd(QTextStream &input, QTextStream &out)
{
    const auto role = parseRole(m_config.role);
    if (!role) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("unknown role '%1' (admin, recruiter, hiring-manager, "
                                        "viewer)")
                                 .arg(m_config.role));
    }
    const QString name = m_config.subject.trimmed();
    if (name.isEmpty() || name.size() > 200 || name != m_config.subject) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a user name is 1 to 200 characters without surrounding "
                                        "spaces"));
    }
    if (*role == Role::HiringManager && m_config.org.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a hiring manager needs --org"));
    }
    // The password is the first line of standard input, so `echo pw | ...` and a here-string
    // both work and it never appears in the process list.
    const QString password = input.readLine();
    if (password.size() < MinimumPasswordLength) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the password (first line of standard input) needs at "
                                        "least %1 characters")
                                 .arg(MinimumPasswordLength));
    }
    const PasswordHasher hasher(m_config.passwordCost);
    NewUser user{name, *role, m_config.org, hasher.hash(password.toUtf8())};
    if (user.passwordHash.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("password hashing failed"));
    const auto created = m_storage.createUser(user, QDateTime::currentDateTimeUtc());
    if (!created)
        return created.error();
    out << "added " << created->name << " (" << roleName(created->role) << ")\n";
    return {};
}

Status AdminCommands::userList(QTextStream &out)
{
    const auto users = m_storage.listUsers();
    if (!users)
        return users.error();
    for (const UserRecord &user : *users) {
        out << user.name << '\t' << roleName(user.role) << '\t'
            << (user.org.isEmpty() ? QStringLiteral("-") : user.org) << '\t'
            << (user.disabled ? "disabled" : "active") << '\n';
    }
    return {};
}

Status AdminCommands::userDisable(QTextStream &out)
{
    const auto user = m_storage.findUserByName(m_config.subject);
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no user named '%1'").arg(m_config.subject));
    if (const Status disabled = m_storage.setUserDisabled(m_config.subject, true); !disabled)
        return disabled;
    // A disabled account keeps no live session.
    const auto revoked = m_storage.revokeUserTokens((*user)->id, QDateTime::currentDateTimeUtc());
    if (!revoked)
        return revoked.error();
    out << "disabled " << m_config.subject << "; revoked " << *revoked << " token(s)\n";
    return {};
}

Status AdminCommands::tokenRevoke(QTextStream &out)
{
    const auto user = m_storage.findUserByName(m_config.user);
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no user named '%1'").arg(m_config.user));
    const auto revoked = m_storage.revokeUserTokens((*user)->id, QDateTime::currentDateTimeUtc());
    if (!revoked)
        return revoked.error();
    out << "revoked " << *revoked << " token(s) of " << m_config.user << '\n';
    return {};
}

Status AdminCommands::seedDemo(QTextStream &out)
{
    const auto tenant = m_storage.defaultTenant();
    if (!tenant)
        return tenant.error();
    const Core::DemoDataGenerator generator(quint64(m_config.seed));
    QElapsedTimer timer;
    timer.start();
    const auto counts = DemoSeeder(m_storage).seed(
            *tenant, generator, m_config.seedRequisitions, m_config.seedApplications);
    if (!counts)
        return counts.error();
    if (counts->alreadySeeded) {
        out << "already seeded (requisition 0 of seed " << m_config.seed
            << " exists); nothing written\n";
        return {};
    }
    out << "seeded " << counts->requisitions << " requisition(s), " << counts->candidates
        << " candidate(s), " << counts->applications << " application(s), " << counts->stageEvents
        << " stage event(s) with seed " << m_config.seed << " in "
        << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
    return {};
}

} // namespace Reqdesk::Server
