#pragma once

#include "core/common/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/trust/PackageClaim.h"

#include <QCoreApplication>
#include <QUrl>

namespace mm::ui {

// The signing step's blocking work, for worker threads: the publisher's key in the keychain, its
// registration with the marketplace, and packing and signing the module.
class SigningWork
{
    Q_DECLARE_TR_FUNCTIONS(mm::ui::SigningWork)

public:
    struct Signed
    {
        QString packagePath;
        trust::PackageClaim claim;
    };

    // NotFound when the publisher has no key in the keychain.
    static Result<crypto::PublicKey> readKey(const QString& publisher);
    // Makes the publisher's key unless the keychain has one (an earlier attempt whose
    // registration failed), then registers it with the marketplace under `displayName`.
    static Result<crypto::PublicKey> createKey(const QUrl& marketplace, const QString& publisher,
                                               const QString& displayName);
    // A folder is packed into `outputDir` first; a package is signed where it is. Either way the
    // signature envelope goes beside the package as "<package>.sig".
    static Result<Signed> packAndSign(const QString& source, bool isFolder, const QString& outputDir);
};

} // namespace mm::ui
