#pragma once

#include "core/common/Error.h"
#include "core/install/InstallState.h"
#include "core/licensing/License.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace mm::secrets {
class SecretStore;
}

namespace mm::licensing {

// What the index says of a stored license, readable without the keychain.
struct StoredLicense
{
    QString moduleId;
    QString licenseId;
    LicensePlan plan = LicensePlan::Free;
    QDateTime expires;   // invalid: never expires
    QDateTime graceEnds; // invalid: never expires
    QDateTime storedAt;
};

// The profile's licenses, one per module: the signed documents in the OS keychain (they are
// bearer credentials for the tenant) and an index in state.sqlite. The keychain is written first,
// so an index row never points at a document that is not there.
class LicenseBook
{
    Q_DECLARE_TR_FUNCTIONS(mm::licensing::LicenseBook)

public:
    LicenseBook(install::InstallState& state, const secrets::SecretStore& secrets, QString tenantId);

    Result<QList<StoredLicense>> list();
    Result<std::optional<StoredLicense>> find(const QString& moduleId);
    // The signed document; NotFound when the module has no license, Unavailable without keychain.
    Result<QByteArray> document(const QString& moduleId) const;
    // Replaces the module's license. `document` must be the envelope `license` was read from.
    Result<void> store(const License& license, const QByteArray& document);
    Result<void> remove(const QString& moduleId);

    // Licenses the marketplace said are revoked (online check or license list), with the reason.
    Result<void> markRevoked(const QString& licenseId, const QString& reason);
    Result<QSet<QString>> revoked();

private:
    install::InstallState& m_state;
    const secrets::SecretStore& m_secrets;
    QString m_tenantId;
};

} // namespace mm::licensing
