#pragma once

#include "core/catalog/ModuleRecord.h"
#include "core/licensing/License.h"
#include "server/LicenseRecords.h"
#include "server/MarketplaceKeys.h"

namespace mm::server {

// Builds license documents (core's License), signs them with the newest license key of the key
// list and records them. The plan decides the terms: free and one-time licenses never expire;
// subscription and usage-based ones expire at the end of the paid period with a grace period;
// trials expire without grace.
class LicenseIssuer
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::LicenseIssuer)

public:
    // Two weeks to settle a failed payment before a lapsed subscription stops working.
    static constexpr qint64 defaultGraceSeconds = 14LL * 24 * 3600;

    LicenseIssuer(const MarketplaceKeys& keys, LicenseRecords& records);

    // `expires` is required for trial, subscription and usage-based plans, and must be in the
    // future; it must be invalid for free and one-time plans. `machine` binds the license to a
    // MachineId (32 hex digits) when not empty.
    Result<IssuedLicense> issue(const QString& tenant, const catalog::ModuleRecord& module,
                                licensing::LicensePlan plan, const QDateTime& expires,
                                const QString& machine = {});
    // The tenant's free license of the module that is not revoked, or a new one.
    Result<IssuedLicense> freeLicense(const QString& tenant, const catalog::ModuleRecord& module);

    static qint64 graceFor(licensing::LicensePlan plan);
    static bool expiresAtAll(licensing::LicensePlan plan);
    static bool isValidMachine(const QString& machine);

private:
    const MarketplaceKeys& m_keys;
    LicenseRecords& m_records;
};

} // namespace mm::server
