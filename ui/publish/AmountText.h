#pragma once

#include <QString>

#include <optional>

namespace mm::ui {

// Prices typed as decimal text ("12.50") and the integers in a currency's minor unit (1250) they
// stand for, in integer arithmetic only: a price must never pass through a double.
class AmountText
{
public:
    // Accepts digits with at most `digits` decimals after a '.' or the locale's decimal point,
    // and the locale's group separators; nullopt for anything else, a negative sign or an amount
    // beyond qint64.
    static std::optional<qint64> parse(QStringView text, int digits);
    // The plain text parse() reads back: "12.50" for 1250 with two digits, "1250" with none.
    static QString format(qint64 minorUnits, int digits);
};

} // namespace mm::ui
