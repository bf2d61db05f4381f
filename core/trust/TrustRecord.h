#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/RevokedPackage.h"

#include <QDateTime>
#include <QMap>

namespace mm::trust {

// What the last verified sync established, kept in the catalog cache's meta table in the same
// transaction as the catalog it vouches for: the key list that signed it (re-verified against
// the pin whenever it is used), the catalog's expiry, the revoked keys and the revoked licenses.
struct TrustRecord
{
    QByteArray keyListEnvelope;
    qint64 keyListVersion = 0;
    QDateTime catalogExpires;
    QStringList revokedKeys;
    // From the signed catalog's "revoked_licenses": what offline license checks refuse.
    QStringList revokedLicenses;
    // From the signed catalog's "revoked_packages": versions taken down by the marketplace.
    QList<catalog::RevokedPackage> revokedPackages;

    QMap<QString, QString> toMeta() const;
    static TrustRecord read(const catalog::CatalogDatabase& database);

    // Whether an installed copy (module, version, package hash when known) was taken down, and why.
    std::optional<catalog::RevokedPackage> takedownOf(const QString& module, const QString& version,
                                                      const QString& sha256 = {}) const
    {
        return catalog::findRevoked(revokedPackages, module, version, sha256);
    }

    bool isEmpty() const { return keyListEnvelope.isEmpty(); }
    // A catalog past its expiry may be frozen by an attacker who withholds updates.
    bool isExpired(const QDateTime& now) const { return catalogExpires.isValid() && catalogExpires < now; }
};

} // namespace mm::trust
