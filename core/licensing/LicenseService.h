#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/install/InstallState.h"
#include "core/licensing/LicenseBook.h"
#include "core/licensing/LicenseVerifier.h"
#include "core/licensing/TrustedClock.h"
#include "core/profile/Profile.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace mm::licensing {

struct ModuleLicense
{
    StoredLicense stored;
    LicenseCheck check;
};

// The profile's licenses as the app, the CLI and the host SDK see them: stored documents checked
// offline against the key list of the last verified sync, this tenant, this machine, the
// revocations known and the trusted clock. One instance per thread; cheap to open.
class LicenseService
{
    Q_DECLARE_TR_FUNCTIONS(mm::licensing::LicenseService)

    struct Private
    {};

public:
    // Fails (Verification) when the catalog cache holds no verified key list yet. The key list is
    // checked against the root pinned for `marketplace`.
    static Result<std::unique_ptr<LicenseService>> open(Profile& profile, const QUrl& marketplace);
    // The same for the profile's own marketplace.
    static Result<std::unique_ptr<LicenseService>> open(Profile& profile)
    {
        return open(profile, profile.marketplaceUrl());
    }
    LicenseService(Private, std::unique_ptr<install::InstallState> state,
                   std::unique_ptr<catalog::CatalogDatabase> catalog, QString tenantId);

    // Checks a document without storing it, against the current clock.
    LicenseCheck verify(QByteArrayView document);
    // NotFound when the module has no stored license.
    Result<LicenseCheck> check(const QString& moduleId);
    Result<QList<ModuleLicense>> checkAll();
    // Stores a license that can hold here (now or later); refuses, with the check's message,
    // one that never can: not a license, forged, from an unknown key, revoked, or for another
    // tenant or machine.
    Result<LicenseCheck> import(const QByteArray& document);
    // True when the module's license is usable and lists `feature`.
    Result<bool> isEntitled(const QString& moduleId, QStringView feature);

    LicenseBook& book() { return m_book; }
    TrustedClock& clock() { return m_clock; }
    install::InstallState& state() { return *m_state; }
    const QString& tenantId() const { return m_tenantId; }
    // Reloads revocations after the book learnt new ones.
    Result<void> reload();

private:
    Result<void> buildVerifier(const QString& pinnedRoot);

    std::unique_ptr<install::InstallState> m_state;
    std::unique_ptr<catalog::CatalogDatabase> m_catalog;
    secrets::SecretStore m_secrets;
    QString m_tenantId;
    QString m_pinnedRoot;
    LicenseBook m_book;
    TrustedClock m_clock;
    std::optional<LicenseVerifier> m_verifier;
};

} // namespace mm::licensing
