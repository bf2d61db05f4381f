#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace mm::crypto::base64 {

// Standard base64 with padding.
QString encode(QByteArrayView bytes);
// Accepts only the canonical encoding (the one encode() writes), so one value has exactly one
// spelling in a signed document and no stray characters or bits are ignored.
std::optional<QByteArray> decode(QStringView text);

} // namespace mm::crypto::base64
