#include "server/accounts/AccountRoutes.h"

#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/TenantRecords.h"
#include "server/accounts/AccountJson.h"
#include "server/accounts/AccountRules.h"
#include "server/accounts/PasswordHasher.h"
#include "server/audit/AuditLog.h"
#include "server/billing/DatabaseTransaction.h"
#include "server/billing/PendingResponse.h"
#include "server/submissions/PublisherKeyRecords.h"

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {
namespace {

using Outcome = audit::AuditEntry::Outcome;
using Status = QHttpServerResponse::StatusCode;

// The caller as the audit log should name it once the account is known.
Caller asUser(const Caller& caller, const User& user)
{
    Caller named = caller;
    named.userId = user.id;
    named.email = user.email;
    named.roles = user.roles;
    named.tenant = user.tenant;
    named.publisher = user.publisher;
    return named;
}

struct Verified
{
    bool ok = false;
    QByteArray rehash; // a new hash when the stored one was made with older limits
};

} // namespace

AccountRoutes::AccountRoutes(Stores stores, LoginThrottle& throttle, HashingPool& hashing)
    : m_stores(stores)
    , m_throttle(throttle)
    , m_hashing(hashing)
{}

void AccountRoutes::registerOn(ApiRouter& router)
{
    using Method = QHttpServerRequest::Method;
    router.route(u"/api/marketplace/auth/signup"_s, Method::Post, Access::anyone(),
                 [this](const Caller& caller, const QHttpServerRequest& request, QHttpServerResponder&& r) {
                     signup(caller, request, std::move(r));
                 });
    router.route(u"/api/marketplace/auth/login"_s, Method::Post, Access::anyone(),
                 [this](const Caller& caller, const QHttpServerRequest& request, QHttpServerResponder&& r) {
                     login(caller, request, std::move(r));
                 });
    router.route(
        u"/api/marketplace/auth/refresh"_s, Method::Post, Access::anyone(),
        [this](const Caller& caller, const QHttpServerRequest& request) { return refresh(caller, request); });
    router.route(u"/api/marketplace/auth/logout"_s, Method::Post, Access::signedIn(),
                 [this](const Caller& caller, const QHttpServerRequest&) { return logout(caller); });
}

Result<AccountRoutes::Signup> AccountRoutes::readSignup(const QJsonObject& body) const
{
    Signup signup;
    const auto emailText = AccountJson::text(body, u"email"_s);
    if (!emailText)
        return std::unexpected(emailText.error());
    const auto email = AccountRules::email(*emailText);
    if (!email)
        return std::unexpected(email.error());
    const auto password = AccountJson::text(body, u"password"_s);
    if (!password)
        return std::unexpected(password.error());
    if (auto ok = AccountRules::password(*password); !ok)
        return std::unexpected(ok.error());
    const auto name = AccountRules::name(body.value(u"name").toString(), *email);
    if (!name)
        return std::unexpected(name.error());
    const bool tenant = body.contains(u"tenant");
    const bool publisher = body.contains(u"publisher");
    if (tenant == publisher)
        return fail(
            ErrorCode::InvalidInput,
            tr("Sign up either a tenant (\"tenant\") or a publisher (\"publisher\"), not both or neither."));
    signup.user.email = *email;
    signup.user.name = *name;
    signup.password = *password;
    if (tenant) {
        signup.user.tenant = body.value(u"tenant").toString();
        signup.user.roles = Role::TenantAdmin;
        if (auto ok = AccountRules::tenantId(signup.user.tenant); !ok)
            return std::unexpected(ok.error());
    } else {
        signup.user.publisher = body.value(u"publisher").toString();
        signup.user.roles = Role::Developer;
        if (auto ok = AccountRules::publisherId(signup.user.publisher); !ok)
            return std::unexpected(ok.error());
        signup.publisherName = body.value(u"publisher_name").toString().trimmed();
        if (signup.publisherName.size() > 100)
            return fail(ErrorCode::InvalidInput, tr("\"publisher_name\" may have at most 100 characters."));
        if (signup.publisherName.isEmpty())
            signup.publisherName = signup.user.publisher;
    }
    return signup;
}

Result<void> AccountRoutes::checkFree(const User& user) const
{
    const auto existing = m_stores.users.byEmail(user.email);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict, tr("There is already an account for %1.").arg(user.email));
    if (!user.tenant.isEmpty()) {
        const auto taken = m_stores.tenants.exists(user.tenant);
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            return fail(ErrorCode::Conflict, tr("The tenant id \"%1\" is taken.").arg(user.tenant));
    }
    if (!user.publisher.isEmpty()) {
        const auto taken = m_stores.publishers.exists(user.publisher);
        const auto developers = m_stores.users.developersOf(user.publisher);
        if (!taken || !developers)
            return std::unexpected(!taken ? taken.error() : developers.error());
        if (*taken || *developers > 0)
            return fail(ErrorCode::Conflict, tr("The publisher id \"%1\" is taken.").arg(user.publisher));
    }
    return {};
}

Result<User> AccountRoutes::create(const Signup& signup)
{
    User created;
    auto done = billing::DatabaseTransaction::run(m_stores.database, [&]() -> Result<void> {
        // Again: another signup may have taken a name while this one was hashing.
        if (auto ok = checkFree(signup.user); !ok)
            return ok;
        if (!signup.user.tenant.isEmpty()) {
            if (auto tenant = m_stores.tenants.seen(signup.user.tenant); !tenant)
                return std::unexpected(tenant.error());
        } else if (auto ok = m_stores.publishers.create(signup.user.publisher, signup.publisherName); !ok) {
            return ok;
        }
        auto user = m_stores.users.create(signup.user);
        if (!user)
            return std::unexpected(user.error());
        created = *user;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return created;
}

void AccountRoutes::signup(const Caller& caller, const QHttpServerRequest& request,
                           QHttpServerResponder&& responder)
{
    const billing::PendingResponse pending(std::move(responder));
    if (const auto wait = m_throttle.retryAfter({}, caller.address)) {
        (void)m_stores.audit.record(caller, u"auth.signup"_s, {}, Outcome::Denied,
                                    {{u"reason"_s, u"throttled"_s}});
        return pending.send(AccountJson::throttled(*wait));
    }
    const auto body = AccountJson::body(request);
    Result<Signup> signup = body ? readSignup(*body) : Result<Signup>(std::unexpected(body.error()));
    if (signup)
        if (auto free = checkFree(signup->user); !free)
            signup = std::unexpected(free.error());
    if (!signup) {
        // A taken address tells that an account exists: probing for them counts like a failed
        // login. Malformed requests reveal nothing and do not count.
        if (signup.error().code == ErrorCode::Conflict)
            m_throttle.failed({}, caller.address);
        return pending.send(errorResponse(signup.error()));
    }
    const QString password = signup->password;
    m_hashing.run<Result<QByteArray>>(
        [password] { return PasswordHasher::hash(password); },
        [this, caller, signup = *signup, pending](Result<QByteArray> hash) mutable {
            if (!hash)
                return pending.send(errorResponse(hash.error()));
            signup.user.passwordHash = *hash;
            signup.password.clear();
            auto user = create(signup);
            if (!user) {
                if (user.error().code == ErrorCode::Conflict)
                    m_throttle.failed({}, caller.address);
                return pending.send(errorResponse(user.error()));
            }
            auto tokens = m_stores.sessions.open(user->id);
            if (!tokens)
                return pending.send(errorResponse(tokens.error()));
            spdlog::info("new account {} ({})", user->id.toStdString(),
                         roleNames(user->roles).join(u',').toStdString());
            (void)m_stores.audit.record(asUser(caller, *user), u"auth.signup"_s, u"user:"_s + user->id,
                                        Outcome::Ok,
                                        {{u"tenant"_s, user->tenant}, {u"publisher"_s, user->publisher}});
            pending.send(jsonResponse(AccountJson::signedIn(*tokens, *user), Status::Created));
        });
}

void AccountRoutes::login(const Caller& caller, const QHttpServerRequest& request,
                          QHttpServerResponder&& responder)
{
    const billing::PendingResponse pending(std::move(responder));
    const auto body = AccountJson::body(request);
    if (!body)
        return pending.send(errorResponse(body.error()));
    const QString email = body->value(u"email").toString().trimmed().toLower();
    const auto password = AccountJson::text(*body, u"password"_s);
    if (email.isEmpty() || !password)
        return pending.send(errorResponse(
            {ErrorCode::InvalidInput, tr("Logging in needs \"email\" and \"password\" as strings.")}));
    const auto found = m_stores.users.byEmail(email);
    if (!found)
        return pending.send(errorResponse(found.error()));
    const std::optional<User> user = *found && !(*found)->isDeleted() ? *found : std::nullopt;
    const QString target = user ? u"user:"_s + user->id : u"email:"_s + email;
    const Caller actor = user ? asUser(caller, *user) : caller;
    if (const auto wait = m_throttle.retryAfter(email, caller.address)) {
        (void)m_stores.audit.record(actor, u"auth.login"_s, target, Outcome::Denied,
                                    {{u"reason"_s, u"throttled"_s}});
        return pending.send(AccountJson::throttled(*wait));
    }
    // An unknown address still pays for one verification, so timing does not tell which exist.
    const QByteArray hash = user ? user->passwordHash : PasswordHasher::dummyHash();
    m_hashing.run<Verified>(
        [hash, password = *password] {
            Verified verified{PasswordHasher::verify(hash, password), {}};
            if (verified.ok && PasswordHasher::needsRehash(hash))
                verified.rehash = PasswordHasher::hash(password).value_or(QByteArray());
            return verified;
        },
        [this, caller, actor, email, target, user, pending](Verified verified) {
            if (!verified.ok || !user) {
                m_throttle.failed(email, caller.address);
                (void)m_stores.audit.record(actor, u"auth.login"_s, target, Outcome::Failed,
                                            {{u"reason"_s, u"wrong-credentials"_s}});
                return pending.send(errorResponse(AccountJson::wrongCredentials()));
            }
            m_throttle.succeeded(email);
            if (!verified.rehash.isEmpty())
                (void)m_stores.users.setPasswordHash(user->id, verified.rehash);
            auto tokens = m_stores.sessions.open(user->id);
            if (!tokens)
                return pending.send(errorResponse(tokens.error()));
            (void)m_stores.audit.record(actor, u"auth.login"_s, target, Outcome::Ok,
                                        {{u"session"_s, tokens->sessionId}});
            pending.send(jsonResponse(AccountJson::signedIn(*tokens, *user)));
        });
}

QHttpServerResponse AccountRoutes::refresh(const Caller& caller, const QHttpServerRequest& request)
{
    const auto token = AccountJson::textIn(request, u"refresh_token"_s);
    if (!token)
        return errorResponse(token.error());
    const auto rotation = m_stores.sessions.rotate(*token);
    if (!rotation)
        return errorResponse(rotation.error());
    const auto refused = [] {
        return ApiRouter::refusal({ErrorCode::Unauthenticated,
                                   tr("The refresh token is not valid: it has expired, was used already or "
                                      "was revoked. Sign in again.")});
    };
    if (rotation->outcome == SessionRecords::Rotation::Outcome::Invalid)
        return refused();
    const auto user = m_stores.users.byId(rotation->userId);
    if (!user)
        return errorResponse(user.error());
    const Caller actor = *user ? asUser(caller, **user) : caller;
    if (rotation->outcome == SessionRecords::Rotation::Outcome::Reused) {
        spdlog::warn("a spent refresh token of session {} came back: the session is revoked",
                     rotation->sessionId.toStdString());
        (void)m_stores.audit.record(actor, u"auth.refresh-reuse"_s, u"session:"_s + rotation->sessionId,
                                    Outcome::Denied);
        return refused();
    }
    if (!*user || (*user)->isDeleted())
        return refused();
    return jsonResponse(AccountJson::signedIn(rotation->pair, **user));
}

QHttpServerResponse AccountRoutes::logout(const Caller& caller)
{
    if (auto ok = m_stores.sessions.revoke(caller.sessionId); !ok)
        return errorResponse(ok.error());
    (void)m_stores.audit.record(caller, u"auth.logout"_s, u"session:"_s + caller.sessionId, Outcome::Ok);
    return jsonResponse({{u"status"_s, u"signed-out"_s}});
}

} // namespace mm::server::accounts
