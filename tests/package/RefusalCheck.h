#pragma once

#include "core/common/Error.h"
#include "core/package/ExtractLimits.h"
#include "tests/package/Sandbox.h"

#include <functional>

namespace mm::test {

// Extracts `archive` into the sandbox's destination and checks what every refusal must hold:
// the error code, a message naming `named` (the entry, or the archive), no destination left
// behind, and an unchanged sandbox everywhere else. Fails the running test otherwise.
void expectRefused(const Sandbox& sandbox, const QString& archive, ErrorCode code, const QString& named,
                   const package::ExtractLimits& limits = {},
                   const std::function<bool(qint64)>& progress = {});

// The sandbox listing without the destination's own tree, for successful extractions.
QStringList listingAroundDestination(const Sandbox& sandbox);

} // namespace mm::test
