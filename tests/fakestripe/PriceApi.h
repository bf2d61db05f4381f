#pragma once

#include "tests/fakestripe/HttpReply.h"
#include "tests/fakestripe/StripeStore.h"

#include <expected>
#include <optional>

namespace mm::fakestripe {

// /v1/prices: per-unit or tiered prices, one-time or recurring, metered ones tied to a Billing
// Meter, validated the way Stripe does with errors naming the parameter.
class PriceApi
{
public:
    explicit PriceApi(StripeStore& store)
        : m_store(store)
    {}

    // nullopt when the route is not one of these; `path` is the part after /v1/.
    std::optional<HttpReply> handle(const QByteArray& method, const QStringList& path,
                                    const QJsonObject& params);

private:
    HttpReply createPrice(const QJsonObject& params);
    std::expected<QString, HttpReply> product(const QJsonObject& params);
    std::expected<QJsonValue, HttpReply> recurring(const QJsonObject& params) const;
    // Sets unit_amount/unit_amount_decimal (per_unit) or tiers/tiers_mode (tiered) on `price`.
    std::optional<HttpReply> amounts(const QJsonObject& params, QJsonObject& price) const;
    static std::optional<HttpReply> tierList(const QJsonValue& tiers, QJsonArray& normalised);

    StripeStore& m_store;
};

} // namespace mm::fakestripe
