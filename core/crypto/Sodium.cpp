#include "core/crypto/Sodium.h"

#include <QtGlobal>

#include <sodium.h>

namespace mm::crypto {

void ensureSodium()
{
    // A function-local static is initialised exactly once even when threads race to it.
    static const bool ready = [] {
        // Fails only when the system has no usable random source; nothing can be signed then.
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
        return true;
    }();
    (void)ready;
}

} // namespace mm::crypto
