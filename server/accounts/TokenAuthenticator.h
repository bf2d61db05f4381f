#pragma once

#include "server/accounts/Authenticator.h"
#include "server/accounts/SessionRecords.h"
#include "server/accounts/UserRecords.h"

#include <QCoreApplication>

namespace mm::server::accounts {

// The Authenticator of modmarketd: a bearer access token from SessionRecords, the user and roles
// from UserRecords, read fresh on every request so a revocation or role change counts at once.
class TokenAuthenticator : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::TokenAuthenticator)

public:
    TokenAuthenticator(UserRecords& users, SessionRecords& sessions);

    Result<Caller> authenticate(const QHttpServerRequest& request) override;

    // The peer address of a request as the audit log and the throttle record it.
    static QString addressOf(const QHttpServerRequest& request);

private:
    UserRecords& m_users;
    SessionRecords& m_sessions;
};

} // namespace mm::server::accounts
