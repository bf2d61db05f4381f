#include "server/accounts/TokenAuthenticator.h"

#include <QHttpServerRequest>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {

TokenAuthenticator::TokenAuthenticator(UserRecords& users, SessionRecords& sessions)
    : m_users(users)
    , m_sessions(sessions)
{}

QString TokenAuthenticator::addressOf(const QHttpServerRequest& request)
{
    QHostAddress address = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) // "::ffff:127.0.0.1" and "127.0.0.1" are one client
        address = QHostAddress(v4);
    return address.toString();
}

Result<Caller> TokenAuthenticator::authenticate(const QHttpServerRequest& request)
{
    Caller caller;
    caller.address = addressOf(request);
    const QByteArray header = request.value("Authorization");
    if (header.isEmpty())
        return caller;
    static constexpr QByteArrayView scheme = "Bearer ";
    if (!header.toLower().startsWith("bearer "))
        return fail(ErrorCode::Unauthenticated,
                    tr("The Authorization header must be \"Bearer\" and an access token."));
    const QString token = QString::fromLatin1(header.mid(scheme.size()).trimmed());
    auto grant =
        token.startsWith(u"mma_") ? m_sessions.access(token) : std::optional<SessionRecords::Grant>();
    if (!grant) {
        spdlog::error("cannot check an access token: {}", grant.error().message.toStdString());
        return std::unexpected(grant.error());
    }
    const auto refused = [] {
        return fail(ErrorCode::Unauthenticated,
                    tr("The access token is not valid: it has expired, was revoked or was never issued. "
                       "Sign in again."));
    };
    if (!*grant)
        return refused();
    const auto user = m_users.byId((*grant)->userId);
    if (!user)
        return std::unexpected(user.error());
    if (!*user || (*user)->isDeleted())
        return refused();
    caller.userId = (*user)->id;
    caller.email = (*user)->email;
    caller.roles = (*user)->roles;
    caller.tenant = caller.roles.testFlag(Role::TenantAdmin) ? (*user)->tenant : QString();
    caller.publisher = caller.roles.testFlag(Role::Developer) ? (*user)->publisher : QString();
    caller.sessionId = (*grant)->sessionId;
    return caller;
}

} // namespace mm::server::accounts
