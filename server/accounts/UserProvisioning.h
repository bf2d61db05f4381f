#pragma once

#include "server/accounts/UserRecords.h"

#include <QStringList>

namespace mm::server {
class TenantRecords;
namespace submissions {
class PublisherKeyRecords;
}
} // namespace mm::server

namespace mm::server::accounts {

// Accounts an admin creates (POST /admin/users, `modmarketd user add`): any roles, unlike signup,
// which makes only tenant admins and developers. A tenant admin needs a tenant and a developer a
// publisher; either is created when new.
class UserProvisioning
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::UserProvisioning)

public:
    struct Request
    {
        QString email;
        QString password;
        QString name;
        QStringList roles;
        QString tenant;
        QString publisher;
    };

    UserProvisioning(catalog::CatalogDatabase& database, UserRecords& users, TenantRecords& tenants,
                     submissions::PublisherKeyRecords& publishers);

    // The user to create, checked (without its password hash); the error names the rule broken.
    static Result<User> check(const Request& request);
    // Stores `user` (with its hash) and its new tenant or publisher, in one transaction.
    Result<User> create(const User& user);

private:
    catalog::CatalogDatabase& m_database;
    UserRecords& m_users;
    TenantRecords& m_tenants;
    submissions::PublisherKeyRecords& m_publishers;
};

} // namespace mm::server::accounts
