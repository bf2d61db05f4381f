#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/accounts/User.h"

#include <QList>

#include <optional>

namespace mm::server::accounts {

// The users table of the server's store: one row per account, e-mail addresses unique. Rows are
// never deleted: an account deleted for data rights is anonymised in place, so the ids the audit
// log and orders keep still name a (former) user.
class UserRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::UserRecords)

public:
    explicit UserRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    // Stores a new user with a fresh id and the current time; Conflict when the address is taken.
    Result<User> create(User user);
    Result<std::optional<User>> byId(const QString& id) const;
    Result<std::optional<User>> byEmail(const QString& email) const;
    // Every account, deleted ones included, oldest first.
    Result<QList<User>> all() const;
    // The number of accounts that belong to this publisher.
    Result<int> developersOf(const QString& publisher) const;
    Result<void> setPasswordHash(const QString& id, const QByteArray& hash);
    // E-mail "deleted-<id>@invalid", name "Former user", no hash, no roles, deleted now.
    Result<void> anonymise(const QString& id);

private:
    Result<std::optional<User>> one(const QString& column, const QString& value) const;

    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server::accounts
