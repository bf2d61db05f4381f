#pragma once

#include "server/ServerOptions.h"

namespace mm::server {

// `modmarketd keys ...`: create, rotate and revoke the marketplace keys, and print the root
// key's fingerprint for clients to pin. Returns the process exit code.
int runKeysCommand(const ServerOptions& options);

} // namespace mm::server
