#pragma once

#include "core/catalog/CatalogService.h"
#include "core/catalog/HostPlatform.h"
#include "core/resolver/Plan.h"

#include <QFuture>

#include <optional>

namespace mm::resolver {

// What installing a module would take, computed before anything is downloaded: the plan
// (every dependency with its version, in install order, and the download size), or the
// explanation of why no plan exists.
struct InstallPreview
{
    std::optional<Plan> plan;
    QString explanation;
};

class InstallPlanner
{
public:
    // Resolves on the catalog service's reader thread, reading only the modules the
    // resolution reaches. `installed` is the current installed set.
    static QFuture<Result<InstallPreview>> preview(catalog::CatalogService& service, const QString& id,
                                                   const catalog::HostPlatform& host,
                                                   const QHash<QString, semver::Version>& installed = {});
};

} // namespace mm::resolver
