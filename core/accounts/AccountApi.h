#pragma once

#include "core/accounts/Session.h"

#include <QUrl>

#include <chrono>
#include <stop_token>

namespace mm::accounts {

// What POST /auth/signup takes: a new tenant with its admin, or a new publisher with its developer.
struct SignupRequest
{
    QString email;
    QString password;
    QString name;
    QString tenant; // set exactly one of tenant and publisher
    QString publisher;
    QString publisherName; // for a publisher; the server uses the id when empty
};

// The account routes of docs/accounts.md, blocking: for worker threads and the CLI. A refusal
// comes back with the marketplace's own sentence (Unauthenticated for a wrong password or a
// spent token, RateLimited when too many attempts failed).
class AccountApi
{
    Q_DECLARE_TR_FUNCTIONS(mm::accounts::AccountApi)

public:
    explicit AccountApi(QUrl marketplace);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    const QUrl& marketplace() const { return m_marketplace; }

    Result<Session> signup(const SignupRequest& request, std::stop_token stop = {}) const;
    Result<Session> login(const QString& email, const QString& password, std::stop_token stop = {}) const;
    // Spends `refreshToken`: the answer holds the only pair that works from now on.
    Result<Session> refresh(const QString& refreshToken, std::stop_token stop = {}) const;
    // Revokes the session the access token belongs to.
    Result<void> logout(const QString& accessToken, std::stop_token stop = {}) const;
    Result<AccountUser> me(const QString& accessToken, std::stop_token stop = {}) const;

    static QByteArray bearer(const QString& accessToken);
    // "host:port", the name of one marketplace in messages and keychain keys.
    static QString hostOf(const QUrl& marketplace);

private:
    Result<QByteArray> call(const QByteArray& method, const QString& route, const QByteArray& body,
                            const QString& accessToken, std::stop_token stop) const;
    Result<Session> sessionCall(const QString& route, const QJsonObject& body, std::stop_token stop) const;

    QUrl m_marketplace;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
};

} // namespace mm::accounts
