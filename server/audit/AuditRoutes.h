#pragma once

#include "server/accounts/Caller.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace mm::server {
class ApiRouter;
namespace accounts {
class UserRecords;
}
} // namespace mm::server

namespace mm::server::audit {

class AuditLog;

// GET /audit for marketplace admins: the audit log filtered by actor, action (exact or a prefix
// ending in '.'), target and time, newest first, paged with `before`.
class AuditRoutes
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::audit::AuditRoutes)

public:
    AuditRoutes(AuditLog& log, accounts::UserRecords& users);

    void registerOn(ApiRouter& router);

private:
    QHttpServerResponse list(const QHttpServerRequest& request);

    AuditLog& m_log;
    accounts::UserRecords& m_users;
};

} // namespace mm::server::audit
