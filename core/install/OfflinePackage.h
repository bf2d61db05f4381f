#pragma once

#include "core/common/Error.h"
#include "core/trust/InstallTrust.h"

#include <QCoreApplication>

namespace mm::install {

struct InspectedPackage;

// A package file installed without the marketplace (`install --from-file`): its signatures
// beside it are checked before the archive is opened, then the manifest is read from a
// throw-away extraction so the resolver can see what the package depends on.
class OfflinePackage
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::OfflinePackage)

public:
    static Result<InspectedPackage> inspect(const QString& path, const trust::InstallTrust& trust,
                                            const QString& workDir);
};

} // namespace mm::install
