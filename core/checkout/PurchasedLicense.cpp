#include "core/checkout/PurchasedLicense.h"

#include "core/licensing/LicenseService.h"

namespace mm::checkout {

Result<licensing::LicenseCheck> PurchasedLicense::store(Profile profile, const QUrl& marketplace,
                                                        const QString& moduleId, const QByteArray& document)
{
    auto service = licensing::LicenseService::open(profile, marketplace);
    if (!service)
        return std::unexpected(service.error());
    const licensing::LicenseCheck check = (*service)->verify(document);
    if (!check.license || !licensing::isUsable(check.status))
        return fail(ErrorCode::Verification,
                    tr("The license the marketplace delivered for %1 does not hold: %2")
                        .arg(moduleId, check.message));
    if (check.license->moduleId != moduleId)
        return fail(ErrorCode::Verification,
                    tr("The marketplace delivered a license of %1 for an order of %2.")
                        .arg(check.license->moduleId, moduleId));
    return (*service)->import(document);
}

} // namespace mm::checkout
