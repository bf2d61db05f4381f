#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "core/install/InstallEngine.h"
#include "core/install/InstallState.h"
#include "core/install/SignedPackageFetcher.h"
#include "core/resolver/Resolver.h"

#include <QUrl>

#include <memory>

namespace mm::install {

struct OutdatedModule
{
    QString id;
    semver::Version installed;
    semver::Version available; // newest version this host can run
};

// An offline package that passed its signature checks, with the manifest read from it.
struct InspectedPackage
{
    QString path;
    QString sha256;
    catalog::ModuleRecord manifest;
    semver::Version version;
    bool developerSigned = false;
    QList<crypto::PublicKey> developerKeys;
};

// What the CLI and the app ask of the installer, as one recipe per request: read the installed
// set, resolve the request against the synced catalog for this host, then let InstallEngine
// apply the plan with packages that SignedPackageFetcher downloads and verifies. Synchronous,
// for the CLI's thread or a worker thread; one instance per thread.
class ModuleManager
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::ModuleManager)

public:
    ModuleManager(Profile profile, QUrl marketplace);
    ~ModuleManager();

    Result<QList<Installation>> installations();
    Result<resolver::InstalledSet> installedSet();

    // A plan, or Conflict with the resolver's explanation, or InvalidInput for a request that
    // contradicts itself or the installed set. Dependencies the plan leaves unused are removed.
    Result<resolver::Plan> plan(const resolver::Request& request);
    // Back to the most recently used other kept version of `id`, with what that version needs.
    Result<resolver::Plan> rollbackPlan(const QString& id);
    Result<QList<OutdatedModule>> outdated();

    // Checks the package beside its .sig (countersigned, or signed by one of `developerKeys`
    // when the profile is in developer mode) and reads its manifest.
    Result<InspectedPackage> inspect(const QString& path, const QList<crypto::PublicKey>& developerKeys);
    Result<resolver::Plan> planFile(const InspectedPackage& package);

    Result<OperationResult> apply(const resolver::Plan& plan, OperationKind kind, const QSet<QString>& manual,
                                  const InstallObserver& observer = {}, std::stop_token stop = {},
                                  const std::optional<InspectedPackage>& file = std::nullopt);

private:
    Result<catalog::CatalogDatabase*> catalog();
    Result<InstallState*> state();
    Result<trust::InstallTrust> trust(const QList<crypto::PublicKey>& developerKeys);
    Result<resolver::Plan> resolve(const resolver::Request& request,
                                   const std::optional<InspectedPackage>& file = std::nullopt);
    std::optional<catalog::ModuleRecord> record(const QString& id);
    // Installed as dependencies, and needed by nothing in the plan's result.
    Result<QStringList> unusedDependencies(const resolver::Plan& plan);
    // A notice for each paid module installed while nobody is signed in.
    void noteUnlicensed(const resolver::Plan& plan, OperationResult& result);
    // Keeps the licenses the marketplace issued with the install; failures become notices.
    void storeLicenses(const QList<QByteArray>& documents, OperationResult& result);
    Result<PackageLocation> locate(const resolver::PlanStep& step,
                                   const std::optional<InspectedPackage>& file);

    Profile m_profile;
    QUrl m_marketplace;
    std::unique_ptr<catalog::CatalogDatabase> m_catalog;
    std::unique_ptr<InstallState> m_state;
};

} // namespace mm::install
