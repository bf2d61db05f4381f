#pragma once

#include "core/common/Error.h"
#include "server/accounts/SessionRecords.h"
#include "server/accounts/User.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace mm::server::accounts {

// The JSON the account routes read and write.
class AccountJson
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::AccountJson)

public:
    static constexpr qsizetype maxBodyBytes = 16 * 1024;

    // The request body as a JSON object; InvalidInput when it is not one or is too large.
    static Result<QJsonObject> body(const QHttpServerRequest& request);
    // A string member; InvalidInput naming it when it is missing or not a string.
    static Result<QString> text(const QJsonObject& body, const QString& key);
    // A string member of the request body.
    static Result<QString> textIn(const QHttpServerRequest& request, const QString& key);
    // What login, signup and refresh answer: the tokens, their expiry and the user.
    static QJsonObject signedIn(const TokenPair& tokens, const User& user);
    // 429 with Retry-After.
    static QHttpServerResponse throttled(qint64 retryAfterSeconds);
    // The one answer for a wrong address and a wrong password, so neither can be told apart.
    static Error wrongCredentials();
};

} // namespace mm::server::accounts
