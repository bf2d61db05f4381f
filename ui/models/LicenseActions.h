#pragma once

#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUrl>

namespace mm::ui {

// What the Licenses view and a module page ask of the marketplace and the keychain, each on a
// worker thread with a LicenseService that lives and dies there. Every future carries a sentence
// for the status line on success, or the error.
class LicenseActions
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::LicenseActions)

public:
    // The tenant's licenses from the marketplace (LicenseRefresh).
    static QFuture<Result<QString>> refresh(const Profile& profile, const QUrl& marketplace);
    // A license document saved to a file (as an operator or a reseller hands it out).
    static QFuture<Result<QString>> importFile(const Profile& profile, const QUrl& marketplace,
                                               const QString& path);
    static QFuture<Result<QString>> renew(const Profile& profile, const QUrl& marketplace,
                                          const QString& licenseId);
    static QFuture<Result<QString>> startTrial(const Profile& profile, const QUrl& marketplace,
                                               const QString& moduleId);
};

} // namespace mm::ui
