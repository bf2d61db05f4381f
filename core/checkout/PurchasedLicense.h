#pragma once

#include "core/licensing/LicenseVerifier.h"
#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QUrl>

namespace mm::checkout {

// Keeps the license a paid order delivered. Unlike a license file the user imports, it must hold
// here now: a document that is forged, for another module or tenant, or already expired is
// refused and nothing is stored. Blocking (keychain), for a worker thread.
class PurchasedLicense
{
    Q_DECLARE_TR_FUNCTIONS(mm::checkout::PurchasedLicense)

public:
    static Result<licensing::LicenseCheck> store(Profile profile, const QUrl& marketplace,
                                                 const QString& moduleId, const QByteArray& document);
};

} // namespace mm::checkout
