#include "core/install/FaultPoint.h"

#include <QString>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace mm::install {
namespace {

struct FaultSettings
{
    long killAt = 0;
    bool trace = false;
    bool active = false;
};

FaultSettings readSettings()
{
    FaultSettings settings;
    bool ok = false;
    const long killAt = qEnvironmentVariable("MM_FAULT_KILL_AT").toLong(&ok);
    settings.killAt = ok && killAt > 0 ? killAt : 0;
    settings.trace = qEnvironmentVariableIsSet("MM_FAULT_TRACE");
    settings.active = settings.killAt > 0 || settings.trace;
    return settings;
}

std::atomic<long> calls{0};

} // namespace

void faultPoint(const char* name)
{
    static const FaultSettings settings = readSettings();
    if (!settings.active)
        return;
    const long n = calls.fetch_add(1, std::memory_order_relaxed) + 1;
    if (settings.trace)
        std::fprintf(stderr, "fault-point %ld %s\n", n, name);
    if (n == settings.killAt) {
        std::fflush(stderr);
        std::raise(SIGKILL);
    }
}

} // namespace mm::install
