#include "core/common/JsonNumbers.h"

namespace mm {

std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    constexpr double maxExact = 9007199254740991.0;
    if (!(d >= 0 && d <= maxExact) || d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace mm
