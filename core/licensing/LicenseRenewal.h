#pragma once

#include "core/licensing/LicenseService.h"

#include <QCoreApplication>
#include <QUrl>

namespace mm::licensing {

// Asks the marketplace for a new license document and keeps it: a renewal of a subscription or
// usage-based license (POST /licenses/:id/renew) or a trial (POST /licenses/trial). Blocking, for
// worker threads and the CLI. A refusal (409: no active subscription, a trial already used, …)
// comes back as Conflict with the marketplace's own sentence.
class LicenseRenewal
{
    Q_DECLARE_TR_FUNCTIONS(mm::licensing::LicenseRenewal)

public:
    // The check of the new document, which replaces the module's stored license.
    static Result<LicenseCheck> renew(LicenseService& service, const QUrl& marketplace,
                                      const QString& licenseId);
    static Result<LicenseCheck> startTrial(LicenseService& service, const QUrl& marketplace,
                                           const QString& moduleId);

private:
    static Result<LicenseCheck> post(LicenseService& service, const QUrl& marketplace, const QString& route,
                                     const QByteArray& body);
};

} // namespace mm::licensing
