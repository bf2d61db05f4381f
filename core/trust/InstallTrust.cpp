#include "core/trust/InstallTrust.h"

#include "core/catalog/CatalogReader.h"
#include "core/trust/TrustRecord.h"

using namespace Qt::StringLiterals;

namespace mm::trust {

Result<InstallTrust> InstallTrust::fromCatalog(catalog::CatalogDatabase& catalog, const QString& pinnedRoot)
{
    InstallTrust trust;
    const TrustRecord record = TrustRecord::read(catalog);
    if (record.isEmpty())
        return fail(ErrorCode::Verification,
                    tr("The catalog cache holds no verified key list; sync with the marketplace first."));
    // A frozen catalog could be hiding revocations and security fixes: reading it is fine,
    // installing from it is not.
    if (record.isExpired(QDateTime::currentDateTimeUtc()))
        return fail(
            ErrorCode::Verification,
            tr("The synced catalog expired on %1. Sync again before installing: an expired catalog may "
               "be hiding revoked keys and security updates.")
                .arg(record.catalogExpires.toString(Qt::ISODate)));
    if (pinnedRoot.isEmpty())
        return fail(
            ErrorCode::Verification,
            tr("No marketplace root key is pinned; confirm the marketplace with \"modmarket-cli trust "
               "--pin FINGERPRINT\" and sync."));
    auto keys = KeyList::verify(record.keyListEnvelope, pinnedRoot);
    if (!keys)
        return std::unexpected(keys.error());
    trust.keys = std::move(*keys);
    trust.revoked = record.revokedKeys;
    const auto publishers = catalog::CatalogReader(catalog).publishers();
    if (!publishers)
        return std::unexpected(publishers.error());
    for (const auto& publisher : *publishers) {
        QList<crypto::PublicKey> keysOfPublisher;
        for (const auto& key : publisher.keys)
            if (auto parsed = crypto::PublicKey::fromBase64(key.publicKey))
                keysOfPublisher.append(*parsed);
        trust.publisherKeys.insert(publisher.id, keysOfPublisher);
    }
    return trust;
}

PackageSignatures::Trust InstallTrust::forPublisher(const QString& publisher) const
{
    PackageSignatures::Trust result;
    result.publisherKeys = publisherKeys.value(publisher);
    result.keys = keys ? &*keys : nullptr;
    result.revokedKeyIds = revoked;
    return result;
}

PackageSignatures::Trust InstallTrust::forDeveloperKeys() const
{
    PackageSignatures::Trust result;
    result.publisherKeys = developerKeys;
    result.keys = keys ? &*keys : nullptr;
    result.revokedKeyIds = revoked;
    result.requireCountersignature = false;
    return result;
}

} // namespace mm::trust
