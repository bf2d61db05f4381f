#pragma once

#include "core/common/Error.h"
#include "server/LicenseRecords.h"
#include "server/billing/OrderRecords.h"

#include <QCoreApplication>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <optional>

class QHttpServerRequest;

namespace mm::server::billing {

// JSON shapes of the billing routes (docs/checkout.md) and their error answers.
class BillingJson
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::billing::BillingJson)

public:
    // The API's error shape; besides ApiJson's statuses, Unavailable is 503 and a Stripe that
    // failed us (network, timeout, its own error) is 502.
    static QHttpServerResponse error(const Error& error);
    static QHttpServerResponse noPayments();
    static Result<QJsonObject> body(const QHttpServerRequest& request);
    static QJsonObject order(const Order& order, const std::optional<IssuedLicense>& license);
};

} // namespace mm::server::billing
