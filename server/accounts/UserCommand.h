#pragma once

#include "server/ServerOptions.h"

namespace mm::server::accounts {

// `modmarketd user add --email E --role R[,R] [--tenant T] [--publisher P] [--name N]` with the
// password on stdin, and `modmarketd user list`: how an operator makes the first admin and the
// moderators (docs/accounts.md). Works on the data folder directly, with the server running or not.
class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::accounts::UserCommand)

public:
    // Returns the process exit code: 0, 1 when the command failed, 2 on bad usage.
    static int run(const ServerOptions& options);
};

} // namespace mm::server::accounts
