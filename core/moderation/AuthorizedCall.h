#pragma once

#include "core/common/Error.h"
#include "core/net/HttpCall.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <chrono>
#include <initializer_list>
#include <memory>
#include <stop_token>

namespace mm::accounts {
class Credentials;
}

namespace mm::moderation {

// One JSON route of modmarketd under /api/marketplace, sent with the signed-in user's bearer
// token: the shared plumbing of ModerationApi and reviews::ReviewApi. Blocking (worker threads,
// the CLI). Every answer must be a JSON object; a status >= 400 is the marketplace's refusal with
// its own sentence.
class AuthorizedCall
{
    Q_DECLARE_TR_FUNCTIONS(mm::moderation::AuthorizedCall)

public:
    enum class Auth
    {
        Required,   // no session is an Unauthenticated error before anything is sent
        IfSignedIn, // public routes that answer more to a signed-in user ("mine", "voted")
    };

    static constexpr qint64 maxAnswerBytes = 8 * 1024 * 1024;

    // `credentials` null: the process-wide ones of `marketplace`.
    explicit AuthorizedCall(QUrl marketplace, std::shared_ptr<accounts::Credentials> credentials = {});

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    const QUrl& marketplace() const { return m_marketplace; }
    QUrl endpoint(const QString& route, const QString& query = {}) const;

    Result<QJsonObject> json(const QByteArray& method, const QString& route, const QJsonObject& body,
                             Auth auth = Auth::Required, const QString& query = {},
                             std::stop_token stop = {}) const;
    // For routes that may answer 204 without a body.
    Result<void> send(const QByteArray& method, const QString& route, const QJsonObject& body,
                      std::stop_token stop = {}) const;

private:
    Result<net::HttpCall::Answer> call(const QByteArray& method, const QUrl& url, const QJsonObject& body,
                                       Auth auth, std::stop_token stop) const;

    QUrl m_marketplace;
    std::shared_ptr<accounts::Credentials> m_credentials;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace mm::moderation
