#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/licensing/LicensePlan.h"

#include <QDateTime>

#include <optional>

namespace mm::server {

// One license the marketplace issued, as its store keeps it: the signed document and the terms
// it holds, readable without parsing the document, and whether it was revoked since.
struct IssuedLicense
{
    QString id; // "lic-" + a UUID
    QString tenant;
    QString module;
    licensing::LicensePlan plan = licensing::LicensePlan::Free;
    QDateTime issued;
    QDateTime notBefore;
    QDateTime expires; // invalid: never expires
    qint64 graceSeconds = 0;
    QString machine;     // empty: not bound to a machine
    QByteArray document; // the envelope JSON exactly as it was signed
    QDateTime revokedAt; // invalid: not revoked
    QString revokedReason;

    bool isRevoked() const { return revokedAt.isValid(); }
};

// The licenses table of the server's store. Revoking one publishes a new catalog version, since
// the signed catalog is how clients learn of revocations offline (docs/catalog-format.md).
class LicenseRecords
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::LicenseRecords)

public:
    explicit LicenseRecords(catalog::CatalogDatabase& database);

    Result<void> createSchema();
    Result<void> insert(const IssuedLicense& license);
    // NotFound for an unknown id.
    Result<IssuedLicense> find(const QString& id);
    // Newest first.
    Result<QList<IssuedLicense>> forTenant(const QString& tenant);
    // The newest license of this plan the tenant holds for the module; revoked ones count only
    // when asked for (a revoked trial was still a trial).
    Result<std::optional<IssuedLicense>> latest(const QString& tenant, const QString& module,
                                                licensing::LicensePlan plan, bool includeRevoked);
    // Marks the license revoked (a license revoked before keeps its first time and reason) and
    // publishes a new catalog version, whose number is returned.
    Result<qint64> revoke(const QString& id, const QString& reason);
    Result<QStringList> revokedIds();

private:
    Result<QList<IssuedLicense>> select(const QString& where, const QVariantList& values,
                                        const QString& what);

    catalog::CatalogDatabase& m_database;
};

} // namespace mm::server
