#include "server/KeysCommand.h"

#include "core/crypto/Fingerprint.h"
#include "server/MarketplaceKeys.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mm::server {
namespace {

int failWith(const Error& error)
{
    std::fprintf(stderr, "modmarketd: %s\n", qPrintable(error.message));
    return error.code == ErrorCode::InvalidInput ? 2 : 1;
}

} // namespace

int runKeysCommand(const ServerOptions& options)
{
    const QString& action = options.keysAction;
    auto keys = action == u"init" ? MarketplaceKeys::openOrCreate(options.dataDir)
                                  : MarketplaceKeys::open(options.dataDir);
    if (!keys)
        return failWith(keys.error());
    if (action == u"rotate") {
        QList<trust::KeyRole> roles;
        for (const QString& name : options.keysRoles)
            roles.append(*trust::keyRoleFromName(name));
        if (auto rotated = keys->rotate(roles); !rotated)
            return failWith(rotated.error());
    } else if (action == u"revoke") {
        if (auto revoked = keys->revoke(options.keysArgument); !revoked)
            return failWith(revoked.error());
    }
    if (action == u"fingerprint") {
        // Scripts read this line: the bare 64 hex digits.
        std::printf("%s\n", qPrintable(keys->rootFingerprint()));
        return 0;
    }
    std::printf("key list version %lld, root fingerprint %s\n",
                static_cast<long long>(keys->keyList().version),
                qPrintable(crypto::fingerprint::display(keys->rootFingerprint())));
    for (const auto& key : keys->keyList().keys)
        std::printf("  %-11s %s  expires %s%s\n", qPrintable(trust::keyRoleName(key.role)),
                    qPrintable(key.id), qPrintable(key.expires.toString(Qt::ISODate)),
                    keys->keyList().revoked.contains(key.id) ? " (revoked)" : "");
    return 0;
}

} // namespace mm::server
