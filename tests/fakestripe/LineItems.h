#pragma once

#include "tests/fakestripe/HttpReply.h"
#include "tests/fakestripe/StripeStore.h"

#include <QJsonArray>

#include <expected>

namespace mm::fakestripe {

// A Checkout Session's `line_items` validated the way Stripe does, normalised to
// {name, currency, unit_amount, quantity, recurring, price} with integers for the numbers and the
// full price object (a stored one for `price`, a new one made from `price_data`). Metered lines
// carry no quantity.
struct LineItems
{
    QJsonArray lines;
    QString currency;  // lower case
    qint64 amount = 0; // what the licensed lines cost for their quantity; metered lines count 0

    static std::expected<LineItems, HttpReply> parse(const QJsonValue& lineItems, const QString& mode,
                                                     const StripeStore& store);

private:
    // The price object a line's price_data stands for.
    static std::expected<QJsonObject, HttpReply> inlinePrice(const QJsonObject& priceData, const QString& at);
};

} // namespace mm::fakestripe
