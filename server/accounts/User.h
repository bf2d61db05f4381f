#pragma once

#include "server/accounts/Role.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace mm::server::accounts {

// One account on the marketplace as the users table keeps it.
struct User
{
    QString id;    // "usr-" + UUID
    QString email; // lower-case
    QString name;
    QByteArray passwordHash; // Argon2id string; empty once the account is deleted
    Roles roles;
    QString tenant;    // with TenantAdmin
    QString publisher; // with Developer
    QDateTime created;
    QDateTime deleted; // invalid while the account exists

    bool isDeleted() const { return deleted.isValid(); }
    // USER in docs/api.md: id, email, name, roles, tenant, publisher, created (never the hash).
    QJsonObject toJson() const;
};

} // namespace mm::server::accounts
