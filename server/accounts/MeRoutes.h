#pragma once

#include "server/accounts/Caller.h"
#include "server/accounts/DataRights.h"
#include "server/accounts/HashingPool.h"
#include "server/accounts/UserRecords.h"

#include <QHttpServerResponse>

class QHttpServerRequest;
class QHttpServerResponder;

namespace mm::server {
class ApiRouter;
}

namespace mm::server::accounts {

// The signed-in user's own account: GET /me, GET /me/export and DELETE /me (data rights).
class MeRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::MeRoutes)

public:
    MeRoutes(UserRecords& users, DataRights& rights, audit::AuditLog& audit, HashingPool& hashing);

    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse me(const Caller& caller);
    QHttpServerResponse exportData(const Caller& caller);
    void erase(const Caller& caller, const QHttpServerRequest& request, QHttpServerResponder&& responder);

    UserRecords& m_users;
    DataRights& m_rights;
    audit::AuditLog& m_audit;
    HashingPool& m_hashing;
};

} // namespace mm::server::accounts
