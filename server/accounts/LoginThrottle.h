#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace mm::server::accounts {

// Slows down password guessing (docs/accounts.md, "Throttling"): after 5 failed logins for one
// e-mail address, or 20 from one network address, within the window (15 minutes), further attempts
// are refused until enough failures have left the window, whether the password is right or not.
// A successful login clears the failures counted for its e-mail address. Kept in memory: each server
// process counts on its own, and a restart forgets.
class LoginThrottle
{
public:
    using Clock = std::chrono::steady_clock;

    static constexpr int maxPerEmail = 5;
    static constexpr int maxPerAddress = 20;

    explicit LoginThrottle(std::chrono::seconds window = std::chrono::minutes(15));

    // Seconds until an attempt may be made again; nullopt when it may be made now.
    std::optional<qint64> retryAfter(const QString& email, const QString& address);
    // A failed attempt; `email` may be empty (a signup that failed counts for the address only).
    void failed(const QString& email, const QString& address);
    void succeeded(const QString& email);

private:
    // The failures of one key still inside the window, oldest first.
    QList<Clock::time_point>& recent(QHash<QString, QList<Clock::time_point>>& table, const QString& key,
                                     Clock::time_point now);
    std::optional<qint64> wait(const QList<Clock::time_point>& failures, int limit,
                               Clock::time_point now) const;
    void forgetOld(Clock::time_point now);

    std::chrono::seconds m_window;
    QHash<QString, QList<Clock::time_point>> m_byEmail;
    QHash<QString, QList<Clock::time_point>> m_byAddress;
    Clock::time_point m_lastSweep;
};

} // namespace mm::server::accounts
