#include "server/billing/BillingJson.h"

#include "server/ApiJson.h"
#include "server/LicenseRoutes.h"
#include "server/billing/BillingTime.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mm::server::billing {

QHttpServerResponse BillingJson::error(const Error& error)
{
    using Status = QHttpServerResponse::StatusCode;
    std::optional<Status> status;
    switch (error.code) {
    case ErrorCode::Unavailable:
        status = Status::ServiceUnavailable;
        break;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Server:
        status = Status::BadGateway;
        break;
    default:
        break;
    }
    if (!status)
        return errorResponse(error);
    return jsonResponse(
        {{u"error"_s, QJsonObject{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, error.message}}}},
        *status);
}

QHttpServerResponse BillingJson::noPayments()
{
    return error({ErrorCode::Unavailable, tr("This marketplace does not take payments yet.")});
}

Result<QJsonObject> BillingJson::body(const QHttpServerRequest& request)
{
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return fail(ErrorCode::InvalidInput, tr("The request body must be a JSON object."));
    return json.object();
}

QJsonObject BillingJson::order(const Order& o, const std::optional<IssuedLicense>& license)
{
    return {{u"id"_s, o.id},
            {u"module"_s, o.module},
            {u"plan"_s, o.plan},
            {u"model"_s, o.model},
            {u"amount"_s, o.amount},
            {u"currency"_s, o.currency},
            {u"status"_s, o.status},
            {u"created"_s, isoUtc(o.created)},
            {u"updated"_s, isoUtc(o.updated)},
            {u"checkout_url"_s, o.checkoutUrl},
            {u"license"_s, license ? QJsonValue(LicenseRoutes::licenseToJson(*license)) : QJsonValue()},
            {u"message"_s, o.message}};
}

} // namespace mm::server::billing
