#include "core/licensing/TrustedClock.h"

namespace mm::licensing {

using install::InstallState;

TrustedClock::TrustedClock(InstallState& state)
    : m_state(state)
{}

Result<QDateTime> TrustedClock::latest()
{
    const auto stored = m_state.lastSeen(InstallState::latestTimeKey.toString());
    if (!stored)
        return std::unexpected(stored.error());
    const QDateTime time = *stored ? InstallState::parseTimestamp(**stored) : QDateTime();
    if (time.isValid() && (!m_known.isValid() || time > m_known))
        m_known = time;
    return time;
}

Result<void> TrustedClock::observe(const QDateTime& time)
{
    // Most times seen are not newer than one already read (a license check reads the clock just
    // before it observes the license's issue time): those need no query and no write lock.
    if (!time.isValid() || (m_known.isValid() && time <= m_known))
        return {};
    auto written = m_state.transaction([&]() -> Result<void> {
        const auto current = latest();
        if (!current)
            return std::unexpected(current.error());
        if (current->isValid() && *current >= time)
            return {};
        return m_state.setLastSeen(InstallState::latestTimeKey.toString(), InstallState::timestamp(time));
    });
    if (written && (!m_known.isValid() || time > m_known))
        m_known = time;
    return written;
}

} // namespace mm::licensing
