#pragma once

#include "server/ServerOptions.h"

namespace mm::server {

// `modmarketd license issue ...` prints a newly signed license document (and, for subscription
// and usage-based plans, records an active subscription until the end of the given days, which
// is how paid licenses come about until checkout exists); `modmarketd license revoke ID`
// revokes one and publishes a catalog version that carries the revocation.
class LicenseCommand
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::LicenseCommand)

public:
    // Returns the process exit code: 0, 1 when the command failed, 2 on bad usage.
    static int run(const ServerOptions& options);

private:
    static int issue(const ServerOptions& options);
    static int revoke(const ServerOptions& options);
};

} // namespace mm::server
