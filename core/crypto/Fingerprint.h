#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mm::crypto::fingerprint {

// "3f2a 91c0 …": groups of four hex digits separated by spaces, for people to compare.
QString display(QStringView hex);
// Accepts what people paste: spaces and colons anywhere, any case, surrounding blanks.
// Returns the 64 lower-case hex digits, or nullopt when that is not what remains.
std::optional<QString> normalise(QStringView input);
// A key id: the first 16 lower-case hex digits of a fingerprint.
bool isKeyId(QStringView text);

} // namespace mm::crypto::fingerprint
