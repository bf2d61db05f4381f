#include "core/licensing/TrustedClock.h"

namespace mm::licensing {

using install::InstallState;

TrustedClock::TrustedClock(InstallState& state)
    : m_state(state)
{}

Result<QDateTime> TrustedClock::latest() const
{
    const auto stored = m_state.lastSeen(InstallState::latestTimeKey.toString());
    if (!stored)
        return std::unexpected(stored.error());
    return *stored ? InstallState::parseTimestamp(**stored) : QDateTime();
}

Result<void> TrustedClock::observe(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // Most times seen are not newer: answer those with a read, so that checking licenses (which
    // hosts do often) never takes the state's write lock.
    const auto known = latest();
    if (!known)
        return std::unexpected(known.error());
    if (known->isValid() && *known >= time)
        return {};
    return m_state.transaction([&]() -> Result<void> {
        const auto current = latest();
        if (!current)
            return std::unexpected(current.error());
        if (current->isValid() && *current >= time)
            return {};
        return m_state.setLastSeen(InstallState::latestTimeKey.toString(), InstallState::timestamp(time));
    });
}

} // namespace mm::licensing
