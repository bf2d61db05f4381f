#include "core/moderation/AuthorizedCall.h"

#include "core/accounts/Credentials.h"
#include "core/crypto/JsonFields.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::moderation {

AuthorizedCall::AuthorizedCall(QUrl marketplace, std::shared_ptr<accounts::Credentials> credentials)
    : m_marketplace(std::move(marketplace))
    , m_credentials(credentials ? std::move(credentials)
                                : accounts::Credentials::forMarketplace(m_marketplace))
{}

QUrl AuthorizedCall::endpoint(const QString& route, const QString& query) const
{
    QUrl url = m_marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/marketplace"_s + route);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

Result<net::HttpCall::Answer> AuthorizedCall::call(const QByteArray& method, const QUrl& url,
                                                   const QJsonObject& body, Auth auth,
                                                   std::stop_token stop) const
{
    net::HttpCall::Headers headers;
    if (auto authorization = m_credentials->authorization(stop))
        headers = std::move(*authorization);
    else if (auth == Auth::Required || authorization.error().code != ErrorCode::Unauthenticated)
        // A keychain that cannot be read must not turn into an anonymous request silently.
        return std::unexpected(authorization.error());
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return net::HttpCall::send(method, url, payload, headers, maxAnswerBytes, m_timeout, stop);
}

Result<QJsonObject> AuthorizedCall::json(const QByteArray& method, const QString& route,
                                         const QJsonObject& body, Auth auth, const QString& query,
                                         std::stop_token stop) const
{
    const QUrl url = endpoint(route, query);
    const auto answer = call(method, url, body, auth, stop);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status >= 400 || answer->status < 200)
        return std::unexpected(net::HttpCall::errorFor(url, *answer));
    return crypto::JsonFields::parseObject(answer->body, url.path(), maxAnswerBytes);
}

Result<void> AuthorizedCall::send(const QByteArray& method, const QString& route, const QJsonObject& body,
                                  std::stop_token stop) const
{
    const QUrl url = endpoint(route);
    const auto answer = call(method, url, body, Auth::Required, stop);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status >= 400 || answer->status < 200)
        return std::unexpected(net::HttpCall::errorFor(url, *answer));
    return {};
}

} // namespace mm::moderation
