#pragma once

#include "server/accounts/Caller.h"
#include "server/accounts/HashingPool.h"
#include "server/accounts/SessionRecords.h"
#include "server/accounts/UserProvisioning.h"

#include <QHttpServerResponse>

class QHttpServerRequest;
class QHttpServerResponder;

namespace mm::server {
class ApiRouter;
namespace audit {
class AuditLog;
}
} // namespace mm::server

namespace mm::server::accounts {

// The marketplace admin's view of the accounts: GET /admin/users, POST /admin/users (moderators,
// admins and other accounts signup does not make) and POST /admin/users/<id>/revoke-sessions.
class AdminUserRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::AdminUserRoutes)

public:
    AdminUserRoutes(catalog::CatalogDatabase& database, UserRecords& users, SessionRecords& sessions,
                    TenantRecords& tenants, submissions::PublisherKeyRecords& publishers,
                    audit::AuditLog& audit, HashingPool& hashing);

    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse list();
    void create(const Caller& caller, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    QHttpServerResponse revokeSessions(const QString& id, const Caller& caller);

    UserRecords& m_users;
    SessionRecords& m_sessions;
    UserProvisioning m_provisioning;
    audit::AuditLog& m_audit;
    HashingPool& m_hashing;
};

} // namespace mm::server::accounts
