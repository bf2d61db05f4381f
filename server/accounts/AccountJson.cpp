#include "server/accounts/AccountJson.h"

#include "server/ApiJson.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {

Result<QJsonObject> AccountJson::body(const QHttpServerRequest& request)
{
    if (request.body().size() > maxBodyBytes)
        return fail(ErrorCode::InvalidInput,
                    tr("The request body is larger than %1 bytes.").arg(maxBodyBytes));
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return fail(ErrorCode::InvalidInput, tr("The request body must be a JSON object."));
    return json.object();
}

Result<QString> AccountJson::text(const QJsonObject& body, const QString& key)
{
    const QJsonValue value = body.value(key);
    if (!value.isString())
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is missing or not a string.").arg(key));
    return value.toString();
}

Result<QString> AccountJson::textIn(const QHttpServerRequest& request, const QString& key)
{
    const auto json = body(request);
    if (!json)
        return std::unexpected(json.error());
    return text(*json, key);
}

QJsonObject AccountJson::signedIn(const TokenPair& tokens, const User& user)
{
    return {{u"access_token"_s, tokens.access},
            {u"access_expires"_s, tokens.accessExpires.toString(Qt::ISODateWithMs)},
            {u"refresh_token"_s, tokens.refresh},
            {u"refresh_expires"_s, tokens.refreshExpires.toString(Qt::ISODateWithMs)},
            {u"token_type"_s, u"Bearer"_s},
            {u"user"_s, user.toJson()}};
}

QHttpServerResponse AccountJson::throttled(qint64 retryAfterSeconds)
{
    QHttpServerResponse response =
        errorResponse({ErrorCode::RateLimited, tr("Too many failed attempts. Try again in %n second(s).",
                                                  nullptr, int(retryAfterSeconds))});
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

Error AccountJson::wrongCredentials()
{
    return {ErrorCode::Unauthenticated, tr("The e-mail address or the password is wrong.")};
}

} // namespace mm::server::accounts
