#pragma once

#include "tests/fakestripe/HttpReply.h"
#include "tests/fakestripe/StripeStore.h"

#include <optional>

namespace mm::fakestripe {

// /v1/billing/meters and /v1/billing/meter_events: Billing Meters (one per event_name) and the
// usage events they aggregate, and what a meter adds up to for one customer.
class MeterApi
{
public:
    explicit MeterApi(StripeStore& store)
        : m_store(store)
    {}

    // nullopt when the route is not one of these; `path` is the part after /v1/.
    std::optional<HttpReply> handle(const QByteArray& method, const QStringList& path,
                                    const QJsonObject& params);

    // The meter's aggregate (sum, count or last) of the customer's events with since <= timestamp.
    static qint64 usage(const StripeStore& store, const QJsonObject& meter, const QString& customer,
                        qint64 since);

private:
    HttpReply createMeter(const QJsonObject& params);
    HttpReply listMeters(const QJsonObject& params) const;
    HttpReply createMeterEvent(const QJsonObject& params);
    std::optional<QJsonObject> meterNamed(const QString& eventName) const;

    StripeStore& m_store;
};

} // namespace mm::fakestripe
