#pragma once

#include "core/common/Error.h"
#include "core/crypto/SecretKey.h"
#include "core/trust/PackageClaim.h"

#include <QCoreApplication>

namespace mm::publish {

// Signs a package as its publisher: reads module.json out of the archive, hashes the archive, and
// writes the package envelope (docs/installation.md, "Package") to "<package>.sig" atomically.
class PackageSigning
{
    Q_DECLARE_TR_FUNCTIONS(mm::publish::PackageSigning)

public:
    // The claim a signature would carry: id, version and publisher of the manifest inside, and
    // the archive's SHA-256 and size.
    static Result<trust::PackageClaim> claimFor(const QString& packagePath);
    // Returns the claim it signed.
    static Result<trust::PackageClaim> sign(const QString& packagePath, const crypto::SecretKey& key);
};

} // namespace mm::publish
