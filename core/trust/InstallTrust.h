#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/trust/KeyList.h"
#include "core/trust/PackageSignatures.h"

#include <QHash>

#include <optional>

namespace mm::trust {

// What decides whether a package may be installed, rebuilt from the last verified sync: the key
// list (checked again against the pin), the revoked keys and every publisher's keys. Developer
// mode adds keys the user trusts by hand and waives the countersignature for them.
struct InstallTrust
{
    Q_DECLARE_TR_FUNCTIONS(mm::trust::InstallTrust)

public:
    std::optional<KeyList> keys;
    QStringList revoked;
    QHash<QString, QList<crypto::PublicKey>> publisherKeys;
    QList<crypto::PublicKey> developerKeys;

    static Result<InstallTrust> fromCatalog(catalog::CatalogDatabase& catalog, const QString& pinnedRoot);

    // The checks for a package of `publisher` from the marketplace: publisher and countersignature.
    PackageSignatures::Trust forPublisher(const QString& publisher) const;
    // The checks for an offline package signed by a key the developer trusts by hand.
    PackageSignatures::Trust forDeveloperKeys() const;
};

} // namespace mm::trust
