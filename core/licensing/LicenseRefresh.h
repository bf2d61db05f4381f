#pragma once

#include "core/licensing/LicenseService.h"

#include <QCoreApplication>
#include <QUrl>

#include <stop_token>

namespace mm::licensing {

// Fetches the tenant's licenses from the marketplace (GET /api/marketplace/licenses) and keeps
// the best one per module: usable before unusable, never-expiring before expiring, later expiry
// first. Licenses the marketplace lists as revoked are remembered as revoked. Runs on a worker
// thread or in the CLI.
class LicenseRefresh
{
    Q_DECLARE_TR_FUNCTIONS(mm::licensing::LicenseRefresh)

public:
    struct Outcome
    {
        QStringList stored;   // modules whose license was stored or replaced
        QStringList revoked;  // license ids the marketplace revoked
        QStringList problems; // documents that were refused, with the reason
    };

    static Result<Outcome> run(LicenseService& service, const QUrl& marketplace, std::stop_token stop = {});
};

} // namespace mm::licensing
