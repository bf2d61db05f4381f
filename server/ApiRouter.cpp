#include "server/ApiRouter.h"

#include "server/ApiJson.h"
#include "server/audit/AuditLog.h"

#include <QJsonObject>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server {

ApiRouter::ApiRouter(QHttpServer& http, accounts::Authenticator& authenticator, audit::AuditLog* audit)
    : m_http(http)
    , m_authenticator(authenticator)
    , m_audit(audit)
{}

Result<ApiRouter::Caller> ApiRouter::admit(const Access& access, const QHttpServerRequest& request) const
{
    auto caller = m_authenticator.authenticate(request);
    if (!caller)
        return caller;
    if (auto allowed = access.check(*caller); !allowed) {
        // A signed-in user knocking on a door its roles do not open is worth a line in the log;
        // anonymous 401s are routine (expired tokens) and would drown it.
        if (allowed.error().code == ErrorCode::Forbidden) {
            spdlog::warn("denied {} {} to {} ({})", request.url().path().toStdString(),
                         access.describe().toStdString(), caller->userId.toStdString(),
                         roleNames(caller->roles).join(u',').toStdString());
            if (m_audit)
                (void)m_audit->record(*caller, u"access.denied"_s, request.url().path(),
                                      audit::AuditEntry::Outcome::Denied, {{u"needs"_s, access.describe()}});
        }
        return std::unexpected(allowed.error());
    }
    return caller;
}

QHttpServerResponse ApiRouter::refusal(const Error& error)
{
    QHttpServerResponse response = errorResponse(error);
    if (error.code == ErrorCode::Unauthenticated)
        response.setHeader("WWW-Authenticate", "Bearer realm=\"modmarket\"");
    return response;
}

} // namespace mm::server
