#pragma once

#include <QString>

namespace mm::licensing {

// What a machine-bound license names: the first 32 hex digits of SHA-256 over
// "modmarket-machine/1\n" + /etc/machine-id, so the raw machine id never leaves the machine.
// MM_MACHINE_ID overrides the source text, which tests use to play another machine.
QString machineId();

} // namespace mm::licensing
