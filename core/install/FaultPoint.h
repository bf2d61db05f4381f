#pragma once

namespace mm::install {

// Crash testing. Called between every two steps that change the disk or the install state.
// MM_FAULT_KILL_AT=N raises SIGKILL at the Nth call of the process; MM_FAULT_TRACE (any value)
// prints "fault-point <n> <name>" for every call to stderr. Both are read once; when neither is
// set a call costs one load and a branch.
void faultPoint(const char* name);

} // namespace mm::install
