#pragma once

#include <QJsonValue>

#include <optional>

namespace mm {

// A JSON number that is a whole number from 0 to 2^53 - 1 (the integers a double holds exactly).
// JSON has no integer type, so counts and money arrive as doubles; a fraction, a negative value,
// a huge value or a non-number is refused rather than rounded.
std::optional<qint64> wholeNumber(const QJsonValue& value);

} // namespace mm
