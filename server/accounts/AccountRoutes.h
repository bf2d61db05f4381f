#pragma once

#include "server/accounts/Caller.h"
#include "server/accounts/HashingPool.h"
#include "server/accounts/LoginThrottle.h"
#include "server/accounts/SessionRecords.h"
#include "server/accounts/UserRecords.h"

#include <QHttpServerResponse>

class QHttpServerRequest;
class QHttpServerResponder;

namespace mm::server {
class ApiRouter;
class TenantRecords;
namespace audit {
class AuditLog;
}
namespace submissions {
class PublisherKeyRecords;
}
} // namespace mm::server

namespace mm::server::accounts {

// POST /auth/signup, /auth/login, /auth/refresh and /auth/logout (docs/api.md, "Accounts").
// Signup and login hash on the HashingPool and answer through the responder when it is done.
class AccountRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::AccountRoutes)

public:
    struct Stores
    {
        catalog::CatalogDatabase& database;
        UserRecords& users;
        SessionRecords& sessions;
        TenantRecords& tenants;
        submissions::PublisherKeyRecords& publishers;
        audit::AuditLog& audit;
    };
    AccountRoutes(Stores stores, LoginThrottle& throttle, HashingPool& hashing);

    void registerOn(ApiRouter& router);

private:
    void signup(const Caller& caller, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void login(const Caller& caller, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    QHttpServerResponse refresh(const Caller& caller, const QHttpServerRequest& request);
    QHttpServerResponse logout(const Caller& caller);

    struct Signup
    {
        User user;
        QString password;
        QString publisherName;
    };
    Result<Signup> readSignup(const QJsonObject& body) const;
    // Conflict when the address, the tenant or the publisher is taken.
    Result<void> checkFree(const User& user) const;
    // Creates the tenant or publisher and the user, in one transaction.
    Result<User> create(const Signup& signup);

    Stores m_stores;
    LoginThrottle& m_throttle;
    HashingPool& m_hashing;
};

} // namespace mm::server::accounts
