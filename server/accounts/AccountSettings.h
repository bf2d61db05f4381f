#pragma once

#include <chrono>

namespace mm::server::accounts {

// Lifetimes and limits of sign-ins (modmarketd --access-token-ttl, --refresh-token-ttl,
// --login-window; docs/accounts.md).
struct AccountSettings
{
    std::chrono::seconds accessTtl{15 * 60};
    std::chrono::seconds refreshTtl{30 * 24 * 3600};
    std::chrono::seconds loginWindow{15 * 60};
};

} // namespace mm::server::accounts
