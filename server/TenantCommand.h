#pragma once

#include "server/ServerOptions.h"

namespace mm::server {

// `modmarketd tenant set-tier TENANT TIER`: what billing will do once it exists. Creates the
// tenant when it is new.
class TenantCommand
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::TenantCommand)

public:
    // Returns the process exit code: 0, 1 when the command failed, 2 on bad usage.
    static int run(const ServerOptions& options);
};

} // namespace mm::server
