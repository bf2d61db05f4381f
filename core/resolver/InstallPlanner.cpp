#include "core/resolver/InstallPlanner.h"

#include "core/catalog/CatalogReader.h"
#include "core/resolver/CatalogPackageSource.h"
#include "core/resolver/Resolver.h"

namespace mm::resolver {

QFuture<Result<InstallPreview>> InstallPlanner::preview(catalog::CatalogService& service, const QString& id,
                                                        const catalog::HostPlatform& host,
                                                        const QHash<QString, semver::Version>& installed)
{
    return service.read<InstallPreview>(
        [id, host, installed](catalog::CatalogDatabase& db) -> Result<InstallPreview> {
            const catalog::CatalogReader reader(db);
            const CatalogPackageSource source(
                [&reader](const QString& moduleId) -> std::optional<catalog::ModuleRecord> {
                    auto module = reader.module(moduleId);
                    return module ? std::optional(std::move(*module)) : std::nullopt;
                },
                host);
            Request request;
            request.install.append({id, std::nullopt, {}});
            auto result = Resolver(source).resolve(installed, request);
            if (result)
                return InstallPreview{std::move(*result), {}};
            if (result.error().kind == Failure::Kind::InvalidRequest)
                return fail(ErrorCode::InvalidInput, result.error().message);
            return InstallPreview{std::nullopt, result.error().message};
        });
}

} // namespace mm::resolver
