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

    // Invalid when nothing was trusted yet.
    Result<QDateTime> latest() const;
    // Records `time` when it is newer than the latest; older times are ignored.
    Result<void> observe(const QDateTime& time);

private:
    install::InstallState& m_state;
};

} // namespace mm::licensing
