#include "core/accounts/AccountApi.h"

#include "core/crypto/JsonFields.h"
#include "core/net/HttpCall.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::accounts {
namespace {

constexpr qint64 maxAnswerBytes = 256 * 1024;

} // namespace

AccountApi::AccountApi(QUrl marketplace)
    : m_marketplace(std::move(marketplace))
{}

QByteArray AccountApi::bearer(const QString& accessToken)
{
    return "Bearer " + accessToken.toUtf8();
}

QString AccountApi::hostOf(const QUrl& marketplace)
{
    return marketplace.host().toLower() + u':' +
           QString::number(marketplace.port(marketplace.scheme() == u"https" ? 443 : 80));
}

Result<QByteArray> AccountApi::call(const QByteArray& method, const QString& route, const QByteArray& body,
                                    const QString& accessToken, std::stop_token stop) const
{
    QUrl url = m_marketplace;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/marketplace"_s + route);
    net::HttpCall::Headers headers;
    if (!accessToken.isEmpty())
        headers.append({"Authorization", bearer(accessToken)});
    const auto answer =
        net::HttpCall::send(method, url, body, headers, maxAnswerBytes, m_timeout, std::move(stop));
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status >= 400)
        return std::unexpected(net::HttpCall::errorFor(url, *answer));
    return answer->body;
}

Result<Session> AccountApi::sessionCall(const QString& route, const QJsonObject& body,
                                        std::stop_token stop) const
{
    const auto answer =
        call("POST", route, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, std::move(stop));
    if (!answer)
        return std::unexpected(answer.error());
    return Session::fromAnswer(*answer);
}

Result<Session> AccountApi::signup(const SignupRequest& request, std::stop_token stop) const
{
    if (request.tenant.isEmpty() == request.publisher.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A new account names either a tenant or a publisher."));
    QJsonObject body{{u"email"_s, request.email}, {u"password"_s, request.password}};
    if (!request.name.isEmpty())
        body.insert(u"name"_s, request.name);
    if (!request.tenant.isEmpty())
        body.insert(u"tenant"_s, request.tenant);
    if (!request.publisher.isEmpty()) {
        body.insert(u"publisher"_s, request.publisher);
        body.insert(u"publisher_name"_s,
                    request.publisherName.isEmpty() ? request.publisher : request.publisherName);
    }
    return sessionCall(u"/auth/signup"_s, body, std::move(stop));
}

Result<Session> AccountApi::login(const QString& email, const QString& password, std::stop_token stop) const
{
    if (email.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Enter the e-mail address of your account."));
    if (password.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Enter your password."));
    return sessionCall(u"/auth/login"_s, {{u"email"_s, email.trimmed()}, {u"password"_s, password}},
                       std::move(stop));
}

Result<Session> AccountApi::refresh(const QString& refreshToken, std::stop_token stop) const
{
    return sessionCall(u"/auth/refresh"_s, {{u"refresh_token"_s, refreshToken}}, std::move(stop));
}

Result<void> AccountApi::logout(const QString& accessToken, std::stop_token stop) const
{
    const auto answer = call("POST", u"/auth/logout"_s, "{}", accessToken, std::move(stop));
    if (!answer)
        return std::unexpected(answer.error());
    return {};
}

Result<AccountUser> AccountApi::me(const QString& accessToken, std::stop_token stop) const
{
    const auto answer = call("GET", u"/me"_s, {}, accessToken, std::move(stop));
    if (!answer)
        return std::unexpected(answer.error());
    const auto object = crypto::JsonFields::parseObject(*answer, tr("the account"), maxAnswerBytes);
    if (!object)
        return std::unexpected(object.error());
    return AccountUser::fromJson(*object, tr("the account"));
}

} // namespace mm::accounts
