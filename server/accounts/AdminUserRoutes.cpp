#include "server/accounts/AdminUserRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/accounts/AccountJson.h"
#include "server/accounts/PasswordHasher.h"
#include "server/audit/AuditLog.h"
#include "server/billing/PendingResponse.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {
namespace {

using Outcome = audit::AuditEntry::Outcome;

QStringList rolesOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().split(u',', Qt::SkipEmptyParts);
    QStringList roles;
    for (const QJsonValue& role : value.toArray())
        roles.append(role.toString());
    return roles;
}

} // namespace

AdminUserRoutes::AdminUserRoutes(catalog::CatalogDatabase& database, UserRecords& users,
                                 SessionRecords& sessions, TenantRecords& tenants,
                                 submissions::PublisherKeyRecords& publishers, audit::AuditLog& audit,
                                 HashingPool& hashing)
    : m_users(users)
    , m_sessions(sessions)
    , m_provisioning(database, users, tenants, publishers)
    , m_audit(audit)
    , m_hashing(hashing)
{}

void AdminUserRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    router.route(u"/api/marketplace/admin/users"_s, Method::Get, Access::admin(),
                 [this](const Caller&, const QHttpServerRequest&) { return list(); });
    router.route(u"/api/marketplace/admin/users"_s, Method::Post, Access::admin(),
                 [this](const Caller& caller, const QHttpServerRequest& request, QHttpServerResponder&& r) {
                     create(caller, request, std::move(r));
                 });
    router.route(u"/api/marketplace/admin/users/<arg>/revoke-sessions"_s, Method::Post, Access::admin(),
                 [this](const QString& id, const Caller& caller, const QHttpServerRequest&) {
                     return revokeSessions(id, caller);
                 });
}

QHttpServerResponse AdminUserRoutes::list()
{
    const auto users = m_users.all();
    if (!users)
        return errorResponse(users.error());
    QJsonArray items;
    for (const User& user : *users)
        items.append(user.toJson());
    return jsonResponse({{u"items"_s, items}});
}

void AdminUserRoutes::create(const Caller& caller, const QHttpServerRequest& request,
                             QHttpServerResponder&& responder)
{
    const billing::PendingResponse pending(std::move(responder));
    const auto body = AccountJson::body(request);
    if (!body)
        return pending.send(errorResponse(body.error()));
    const UserProvisioning::Request wanted{
        body->value(u"email").toString(),  body->value(u"password").toString(),
        body->value(u"name").toString(),   rolesOf(body->value(u"roles")),
        body->value(u"tenant").toString(), body->value(u"publisher").toString()};
    const auto user = UserProvisioning::check(wanted);
    if (!user)
        return pending.send(errorResponse(user.error()));
    if (auto existing = m_users.byEmail(user->email); !existing || *existing)
        return pending.send(errorResponse(
            existing ? Error{ErrorCode::Conflict, tr("There is already an account for %1.").arg(user->email)}
                     : existing.error()));
    m_hashing.run<Result<QByteArray>>(
        [password = wanted.password] { return PasswordHasher::hash(password); },
        [this, caller, user = *user, pending](Result<QByteArray> hash) mutable {
            if (!hash)
                return pending.send(errorResponse(hash.error()));
            user.passwordHash = *hash;
            const auto created = m_provisioning.create(user);
            if (!created)
                return pending.send(errorResponse(created.error()));
            spdlog::info("admin {} created account {} ({})", caller.userId.toStdString(),
                         created->id.toStdString(), roleNames(created->roles).join(u',').toStdString());
            (void)m_audit.record(caller, u"user.create"_s, u"user:"_s + created->id, Outcome::Ok,
                                 {{u"roles"_s, QJsonArray::fromStringList(roleNames(created->roles))}});
            pending.send(jsonResponse(created->toJson(), QHttpServerResponse::StatusCode::Created));
        });
}

QHttpServerResponse AdminUserRoutes::revokeSessions(const QString& id, const Caller& caller)
{
    const auto user = m_users.byId(id);
    if (!user)
        return errorResponse(user.error());
    if (!*user)
        return errorResponse({ErrorCode::NotFound, tr("There is no account %1.").arg(id)});
    const auto revoked = m_sessions.revokeAllOf(id);
    if (!revoked)
        return errorResponse(revoked.error());
    (void)m_audit.record(caller, u"user.sessions-revoked"_s, u"user:"_s + id, Outcome::Ok,
                         {{u"sessions"_s, *revoked}});
    return jsonResponse({{u"user"_s, id}, {u"revoked"_s, *revoked}});
}

} // namespace mm::server::accounts
