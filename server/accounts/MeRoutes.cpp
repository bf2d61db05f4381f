#include "server/accounts/MeRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/accounts/AccountJson.h"
#include "server/accounts/PasswordHasher.h"
#include "server/audit/AuditLog.h"
#include "server/billing/PendingResponse.h"

using namespace Qt::StringLiterals;

namespace mm::server::accounts {
namespace {
using Outcome = audit::AuditEntry::Outcome;
}

MeRoutes::MeRoutes(UserRecords& users, DataRights& rights, audit::AuditLog& audit, HashingPool& hashing)
    : m_users(users)
    , m_rights(rights)
    , m_audit(audit)
    , m_hashing(hashing)
{}

void MeRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    router.route(u"/api/marketplace/me/export"_s, Method::Get, Access::signedIn(),
                 [this](const Caller& caller, const QHttpServerRequest&) { return exportData(caller); });
    router.route(u"/api/marketplace/me"_s, Method::Get, Access::signedIn(),
                 [this](const Caller& caller, const QHttpServerRequest&) { return me(caller); });
    router.route(u"/api/marketplace/me"_s, Method::Delete, Access::signedIn(),
                 [this](const Caller& caller, const QHttpServerRequest& request, QHttpServerResponder&& r) {
                     erase(caller, request, std::move(r));
                 });
}

QHttpServerResponse MeRoutes::me(const Caller& caller)
{
    const auto user = m_users.byId(caller.userId);
    if (!user)
        return errorResponse(user.error());
    if (!*user)
        return errorResponse({ErrorCode::NotFound, tr("There is no account %1.").arg(caller.userId)});
    return jsonResponse((*user)->toJson());
}

QHttpServerResponse MeRoutes::exportData(const Caller& caller)
{
    // Recorded first, so the export shows that it was made.
    (void)m_audit.record(caller, u"account.export"_s, u"user:"_s + caller.userId, Outcome::Ok);
    const auto document = m_rights.exportFor(caller.userId);
    if (!document)
        return errorResponse(document.error());
    return jsonResponse(*document);
}

void MeRoutes::erase(const Caller& caller, const QHttpServerRequest& request,
                     QHttpServerResponder&& responder)
{
    const billing::PendingResponse pending(std::move(responder));
    const auto password = AccountJson::textIn(request, u"password"_s);
    if (!password)
        return pending.send(
            errorResponse({ErrorCode::InvalidInput,
                           tr("Deleting the account needs the account's \"password\" to confirm.")}));
    const auto user = m_users.byId(caller.userId);
    if (!user || !*user)
        return pending.send(
            errorResponse(user ? Error{ErrorCode::NotFound, tr("There is no such account.")} : user.error()));
    const QByteArray hash = (*user)->passwordHash;
    const QString target = u"user:"_s + caller.userId;
    m_hashing.run<bool>(
        [hash, password = *password] { return PasswordHasher::verify(hash, password); },
        [this, caller, target, pending](bool verified) {
            if (!verified) {
                (void)m_audit.record(caller, u"account.delete"_s, target, Outcome::Failed,
                                     {{u"reason"_s, u"wrong-password"_s}});
                return pending.send(ApiRouter::refusal(
                    {ErrorCode::Unauthenticated, tr("The password is wrong; the account was not deleted.")}));
            }
            if (auto erased = m_rights.erase(caller.userId); !erased) {
                (void)m_audit.record(caller, u"account.delete"_s, target, Outcome::Failed,
                                     {{u"reason"_s, erased.error().message}});
                return pending.send(errorResponse(erased.error()));
            }
            (void)m_audit.record(caller, u"account.delete"_s, target, Outcome::Ok);
            pending.send(jsonResponse({{u"status"_s, u"deleted"_s}}));
        });
}

} // namespace mm::server::accounts
