#include "server/accounts/LoginThrottle.h"

namespace mm::server::accounts {

LoginThrottle::LoginThrottle(std::chrono::seconds window)
    : m_window(window)
    , m_lastSweep(Clock::now())
{}

QList<LoginThrottle::Clock::time_point>&
LoginThrottle::recent(QHash<QString, QList<Clock::time_point>>& table, const QString& key,
                      Clock::time_point now)
{
    auto& failures = table[key];
    while (!failures.isEmpty() && failures.front() + m_window <= now)
        failures.removeFirst();
    return failures;
}

std::optional<qint64> LoginThrottle::wait(const QList<Clock::time_point>& failures, int limit,
                                          Clock::time_point now) const
{
    if (failures.size() < limit)
        return std::nullopt;
    // Attempts resume when the failures in the window drop below the limit again.
    const auto until = failures.at(failures.size() - limit) + m_window;
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(until - now).count();
    return std::max<qint64>(1, seconds);
}

std::optional<qint64> LoginThrottle::retryAfter(const QString& email, const QString& address)
{
    const auto now = Clock::now();
    forgetOld(now);
    const auto byEmail =
        email.isEmpty() ? std::nullopt : wait(recent(m_byEmail, email, now), maxPerEmail, now);
    const auto byAddress = wait(recent(m_byAddress, address, now), maxPerAddress, now);
    if (byEmail && byAddress)
        return std::max(*byEmail, *byAddress);
    return byEmail ? byEmail : byAddress;
}

void LoginThrottle::failed(const QString& email, const QString& address)
{
    const auto now = Clock::now();
    if (!email.isEmpty())
        recent(m_byEmail, email, now).append(now);
    recent(m_byAddress, address, now).append(now);
}

void LoginThrottle::succeeded(const QString& email)
{
    m_byEmail.remove(email);
}

void LoginThrottle::forgetOld(Clock::time_point now)
{
    // Once a window, drop keys whose failures have all expired, so the tables do not grow with
    // every address that ever mistyped.
    if (now - m_lastSweep < m_window)
        return;
    m_lastSweep = now;
    for (auto* table : {&m_byEmail, &m_byAddress})
        for (auto it = table->begin(); it != table->end();)
            it = (it->isEmpty() || it->back() + m_window <= now) ? table->erase(it) : std::next(it);
}

} // namespace mm::server::accounts
