#pragma once

#include "core/common/Error.h"
#include "server/accounts/Caller.h"

class QHttpServerRequest;

namespace mm::server::accounts {

// Turns a request's "Authorization: Bearer <access token>" into the Caller behind it.
// No Authorization header: an anonymous Caller (with the peer address). A header that is not a
// bearer token, or a token that is unknown (forged), expired or revoked: Unauthenticated, whatever
// the route. Implemented by TokenAuthenticator (server/accounts); tests may use their own.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual Result<Caller> authenticate(const QHttpServerRequest& request) = 0;
};

} // namespace mm::server::accounts
