#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mm::fakestripe {

// Stripe's price arithmetic. Decimal amounts (`unit_amount_decimal`, at most 12 decimal places of
// a minor unit) are held exactly as minor units x 10^12, so no floating point ever touches money.
class PriceAmount
{
public:
    __extension__ using Scaled = __int128;
    static constexpr int decimals = 12;

    // "0.2" -> 0.2 x 10^12; nullopt for a negative, malformed or too precise decimal.
    static std::optional<Scaled> parseDecimal(const QString& text);
    static QString formatDecimal(Scaled value);
    // A price's per-unit amount as a decimal string, from unit_amount or unit_amount_decimal.
    static std::optional<Scaled> unitOf(const QJsonObject& priceOrTier);

    // What `quantity` units of a stored price cost in minor units: per_unit, or tiered (graduated:
    // each tier's units at its own price; volume: all units at the price of the tier the quantity
    // falls in). Stripe keeps fractions of a minor unit until the line's total, which it rounds
    // to a whole minor unit, half up.
    static qint64 of(const QJsonObject& price, qint64 quantity);
};

} // namespace mm::fakestripe
