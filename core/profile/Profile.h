#pragma once

#include "core/catalog/HostPlatform.h"
#include "core/common/Error.h"

#include <QCoreApplication>
#include <QUrl>

namespace mm {

// One marketplace profile: a folder holding the catalog cache, the local state, the modules
// root and the download cache, plus config.ini with the marketplace URL and the host platform.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(mm::Profile)

public:
    static constexpr quint16 defaultPort = 8470;
    static constexpr auto defaultHostVersion = "6.2.0";

    // Creates the folder when missing. An empty dir means the per-user default profile.
    static Result<Profile> open(const QString& dir = {});
    static QString defaultDirectory();
    static QUrl defaultMarketplaceUrl();

    const QString& directory() const { return m_dir; }
    QString catalogPath() const;
    QString statePath() const;
    QString modulesRoot() const;
    QString downloadCache() const;

    QUrl marketplaceUrl() const;
    Result<void> setMarketplaceUrl(const QUrl& url);
    semver::Version hostVersion() const;
    Result<void> setHostVersion(const QString& version);
    catalog::HostPlatform hostPlatform() const;

    // The fingerprint of the root key the user confirmed for this marketplace; empty when none
    // is pinned. Each marketplace URL has its own pin.
    QString pinnedRootFingerprint(const QUrl& marketplace) const;
    // Accepts the fingerprint with or without spaces or colons.
    Result<void> pinRootFingerprint(const QUrl& marketplace, const QString& fingerprint);

    // Developer mode allows offline installs of packages signed by keys the user trusts
    // explicitly (--trust-publisher-key) and not countersigned by the marketplace.
    bool developerMode() const;
    Result<void> setDeveloperMode(bool enabled);

    // How many previous versions of each module stay on disk for rollback.
    int keepVersions() const;
    Result<void> setKeepVersions(int count);
    QString stagingDirectory() const;

    // The tenant of the user signed in with this profile (config.ini `account/tenant`, written at
    // sign-in, cleared at sign-out); empty when nobody is signed in or the user has no tenant.
    // Licenses in the keychain are kept per tenant, so they are only seen while signed in.
    QString tenantId() const;
    Result<void> setSignedInTenant(const QString& tenantId);
    // The tenant's marketplace tier as last reported by the marketplace (free until then); it
    // decides which versions may be installed (a version's min_tier).
    licensing::Tier tenantTier() const;
    Result<void> setTenantTier(licensing::Tier tier);

private:
    explicit Profile(QString dir);
    QString setting(const QString& key, const QString& fallback) const;
    Result<void> store(const QString& key, const QString& value);

    QString m_dir;
};

} // namespace mm
