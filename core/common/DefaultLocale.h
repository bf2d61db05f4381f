#pragma once

namespace mm {

// The "C" locale (LANG unset, as in containers and CI) has no currency or grouping conventions,
// which would print prices as "290.00€". Programs call this at start to fall back to en_US then;
// any real user locale is left alone.
void useReadableDefaultLocale();

} // namespace mm
