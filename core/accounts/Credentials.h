#pragma once

#include "core/accounts/AccountApi.h"
#include "core/accounts/SessionStore.h"
#include "core/net/HttpCall.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

namespace mm::accounts {

// The sign-in of one marketplace for the whole process: every call that acts for the signed-in
// user asks it for the Authorization header. It reads the session from the keychain, refreshes
// the access token shortly before it expires and stores the rotated pair at once. Only one
// refresh runs at a time: a refresh token works once, and the marketplace revokes the whole
// session when a spent one comes back, so two threads refreshing together would sign the user out.
// Thread safe; blocking (network and keychain), never on the UI thread.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(mm::accounts::Credentials)

public:
    // A refresh starts when the access token has less than this left (or less than half its
    // lifetime, when that is shorter).
    static constexpr std::chrono::seconds refreshMargin{60};

    // The one instance of the process for this marketplace (scheme, host and port).
    static std::shared_ptr<Credentials> forMarketplace(const QUrl& marketplace);

    // A separate instance, as another process would have: for tests.
    explicit Credentials(QUrl marketplace, secrets::SecretStore secrets = secrets::SecretStore());

    const QUrl& marketplace() const { return m_api.marketplace(); }
    QString host() const { return AccountApi::hostOf(marketplace()); }

    // {"Authorization", "Bearer …"} for a call as the signed-in user. Unauthenticated with a
    // sentence saying how to sign in when nobody is, or when the marketplace refused the refresh
    // (the stored session is removed then); Unavailable when the keychain cannot be read.
    Result<net::HttpCall::Headers> authorization(std::stop_token stop = {});
    // The stored session as it is (no refresh): who is signed in. Unauthenticated when nobody is.
    Result<Session> session();
    // GET /me with a fresh token.
    Result<AccountUser> me(std::stop_token stop = {});

    // Logs in and keeps the session; replaces the one before without revoking it on the server
    // (the caller signs out first when it wants that).
    Result<Session> signIn(const QString& email, const QString& password, std::stop_token stop = {});
    Result<Session> signUp(const SignupRequest& request, std::stop_token stop = {});

    struct SignOut
    {
        bool wasSignedIn = false;
        std::optional<Error> serverProblem; // the session could not be revoked on the server
    };
    // Revokes the session on the server when it can and removes it from the keychain in any case.
    // Fails only when the keychain entry could not be removed.
    Result<SignOut> signOut(std::stop_token stop = {});

    // The message of Unauthenticated when nobody is signed in.
    QString signInHint() const;

private:
    // With m_mutex held: reads the stored session.
    Result<void> ensureLoaded();
    Result<Session> keep(Result<Session> session);
    // Without m_mutex: gets a new pair for `current`, adopting a newer one another process stored.
    Result<Session> rotate(const Session& current, std::stop_token stop);
    void forget(const QString& why);

    AccountApi m_api;
    SessionStore m_store;
    std::mutex m_mutex;
    std::condition_variable_any m_refreshed;
    bool m_refreshing = false;
    std::optional<Session> m_session;
};

} // namespace mm::accounts
