#pragma once

#include "core/common/Error.h"
#include "core/install/InstallState.h"

#include <QDateTime>

namespace mm::licensing {

// The newest time this profile has trusted: signed times from licenses and catalogs, and the
// server's Date header. It only moves forward and is kept in state.sqlite, so a system clock set
// back behind it is noticed (LicenseVerifier reports ClockTampered) instead of believed.
class TrustedClock
{
public:
    explicit TrustedClock(install::InstallState& state);

    // Invalid when nothing was trusted yet. Read from the state each time: another process (the
    // app, the CLI, a host) may have moved it on.
    Result<QDateTime> latest();
    // Records `time` when it is newer than the latest; older times are ignored.
    Result<void> observe(const QDateTime& time);

private:
    install::InstallState& m_state;
    // The newest time this object has read or written; it can only lag the stored one, so a
    // time not after it needs no query at all.
    QDateTime m_known;
};

} // namespace mm::licensing
