#pragma once

#include "core/crypto/PublicKey.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mm::trust {

// What a key of the key list may sign (docs/installation.md, "Key list").
enum class KeyRole
{
    Catalog,     // catalog snapshots and deltas
    Countersign, // approved packages
    License,     // licenses
};

QString keyRoleName(KeyRole role); // "catalog", "countersign", "license"
std::optional<KeyRole> keyRoleFromName(QStringView name);

struct TrustedKey
{
    QString id;
    KeyRole role = KeyRole::Catalog;
    crypto::PublicKey key;
    // The key may sign only what is dated before this.
    QDateTime expires;
};

} // namespace mm::trust
