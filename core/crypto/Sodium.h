#pragma once

namespace mm::crypto {

// Initialises libsodium once, from whichever thread gets here first; every function that calls
// into libsodium calls this first.
void ensureSodium();

} // namespace mm::crypto
