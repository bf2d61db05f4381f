#include "core/install/ModuleManager.h"

#include "core/catalog/CatalogReader.h"
#include "core/crypto/Sha256.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/install/InstallReporter.h"
#include "core/install/KeptVersions.h"
#include "core/install/OfflinePackage.h"
#include "core/licensing/LicenseService.h"
#include "core/package/Manifest.h"
#include "core/package/SafeExtractor.h"
#include "core/resolver/CatalogPackageSource.h"
#include "core/trust/PackageClaim.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace mm::install {

ModuleManager::ModuleManager(Profile profile, QUrl marketplace)
    : m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
{}

ModuleManager::~ModuleManager() = default;

Result<catalog::CatalogDatabase*> ModuleManager::catalog()
{
    if (!m_catalog) {
        auto database = catalog::CatalogDatabase::open(m_profile.catalogPath());
        if (!database)
            return std::unexpected(database.error());
        m_catalog = std::move(*database);
    }
    if (m_catalog->catalogVersion() == 0)
        return fail(ErrorCode::NotFound,
                    tr("The catalog has not been synced yet; run \"modmarket-cli sync\" first."));
    return m_catalog.get();
}

Result<InstallState*> ModuleManager::state()
{
    if (!m_state) {
        if (!QDir().mkpath(m_profile.directory()))
            return fail(ErrorCode::Storage,
                        tr("Cannot create the profile folder %1").arg(m_profile.directory()));
        auto opened = InstallState::open(m_profile.statePath());
        if (!opened)
            return std::unexpected(opened.error());
        m_state = std::move(*opened);
    }
    return m_state.get();
}

Result<QList<Installation>> ModuleManager::installations()
{
    auto db = state();
    if (!db)
        return std::unexpected(db.error());
    return (*db)->installations();
}

Result<resolver::InstalledSet> ModuleManager::installedSet()
{
    const auto list = installations();
    if (!list)
        return std::unexpected(list.error());
    resolver::InstalledSet set;
    for (const auto& installation : *list)
        set.insert(installation.id, installation.version);
    return set;
}

std::optional<catalog::ModuleRecord> ModuleManager::record(const QString& id)
{
    auto db = catalog();
    if (!db)
        return std::nullopt;
    auto module = catalog::CatalogReader(**db).module(id);
    return module ? std::optional(std::move(*module)) : std::nullopt;
}

Result<resolver::Plan> ModuleManager::resolve(const resolver::Request& request,
                                              const std::optional<InspectedPackage>& file)
{
    if (auto db = catalog(); !db && !file)
        return std::unexpected(db.error());
    const auto installed = installedSet();
    if (!installed)
        return std::unexpected(installed.error());
    // An offline package joins the catalog's versions of its module for this one resolution.
    const resolver::CatalogPackageSource source(
        [this, &file](const QString& id) -> std::optional<catalog::ModuleRecord> {
            auto module = record(id);
            if (!file || id != file->manifest.id)
                return module;
            if (!module)
                return file->manifest;
            auto version = file->manifest.versions.front();
            module->versions.removeIf(
                [&](const catalog::VersionInfo& v) { return v.version == version.version; });
            module->versions.prepend(version);
            std::sort(module->versions.begin(), module->versions.end(), [](const auto& a, const auto& b) {
                return *semver::Version::parse(a.version) > *semver::Version::parse(b.version);
            });
            return module;
        },
        m_profile.hostPlatform());
    auto plan = resolver::Resolver(source).resolve(*installed, request);
    if (!plan)
        return fail(plan.error().kind == resolver::Failure::Kind::InvalidRequest ? ErrorCode::InvalidInput
                                                                                 : ErrorCode::Conflict,
                    plan.error().message);
    return *plan;
}

Result<resolver::Plan> ModuleManager::plan(const resolver::Request& request)
{
    // Dependencies that nothing needs any more after the plan leave with it; each removal can
    // orphan more, hence the rounds (a chain is at most as long as the installed set).
    resolver::Request current = request;
    for (;;) {
        auto plan = resolve(current);
        if (!plan)
            return plan;
        const auto orphans = unusedDependencies(*plan);
        if (!orphans)
            return std::unexpected(orphans.error());
        if (orphans->isEmpty())
            return plan;
        current.uninstall += *orphans;
    }
}

Result<QStringList> ModuleManager::unusedDependencies(const resolver::Plan& plan)
{
    const auto list = installations();
    if (!list)
        return std::unexpected(list.error());
    auto db = catalog();
    if (!db)
        return std::unexpected(db.error());
    QSet<QString> needed;
    for (auto it = plan.result.cbegin(); it != plan.result.cend(); ++it) {
        auto module = catalog::CatalogReader(**db).module(it.key());
        // A module whose dependencies cannot be read (gone from the catalog, or a read error)
        // might need anything: then nothing counts as unused.
        if (!module)
            return module.error().code == ErrorCode::NotFound
                       ? QStringList()
                       : Result<QStringList>(std::unexpected(module.error()));
        bool listed = false;
        for (const auto& version : module->versions) {
            if (semver::Version::parse(version.version) != it.value())
                continue;
            listed = true;
            for (const auto& dependency : version.dependencies)
                needed.insert(dependency.id);
        }
        if (!listed)
            return QStringList();
    }
    QStringList orphans;
    for (const auto& installation : *list)
        if (!installation.manual && plan.result.contains(installation.id) &&
            !needed.contains(installation.id))
            orphans.append(installation.id);
    return orphans;
}

Result<resolver::Plan> ModuleManager::rollbackPlan(const QString& id)
{
    auto db = state();
    if (!db)
        return std::unexpected(db.error());
    const auto current = (*db)->installation(id);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return fail(ErrorCode::NotFound, tr("%1 is not installed.").arg(id));
    const auto kept = KeptVersions(**db).list(id);
    if (!kept)
        return std::unexpected(kept.error());
    const auto previous = std::find_if(kept->cbegin(), kept->cend(), [&](const KeptVersion& version) {
        return version.version != (*current)->version;
    });
    if (previous == kept->cend())
        return fail(ErrorCode::NotFound,
                    tr("No earlier version of %1 is kept on disk to roll back to.").arg(id));
    const QString exact = u"="_s + previous->version.toString();
    resolver::Request request;
    request.install.append({id, semver::Range::parse(exact).value(), exact});
    return resolve(request);
}

Result<QList<OutdatedModule>> ModuleManager::outdated()
{
    if (auto db = catalog(); !db)
        return std::unexpected(db.error());
    const auto list = installations();
    if (!list)
        return std::unexpected(list.error());
    const catalog::HostPlatform host = m_profile.hostPlatform();
    QList<OutdatedModule> result;
    for (const auto& installation : *list) {
        const auto module = record(installation.id);
        if (!module)
            continue;
        // Versions are listed newest first: the first one this host runs is the candidate.
        // Prereleases are offered only to someone already running one.
        for (const auto& version : module->versions) {
            const auto parsed = semver::Version::parse(version.version);
            if (!parsed || !host.accepts(version) ||
                (parsed->isPrerelease() && !installation.version.isPrerelease()))
                continue;
            if (*parsed > installation.version)
                result.append({installation.id, installation.version, *parsed});
            break;
        }
    }
    return result;
}

Result<trust::InstallTrust> ModuleManager::trust(const QList<crypto::PublicKey>& developerKeys)
{
    auto db = catalog();
    if (!db && developerKeys.isEmpty())
        return std::unexpected(db.error());
    // A developer's own keys work offline, before any sync: then they are all there is.
    auto fromCatalog =
        db ? trust::InstallTrust::fromCatalog(**db, m_profile.pinnedRootFingerprint(m_marketplace))
           : Result<trust::InstallTrust>(trust::InstallTrust{});
    if (!fromCatalog && developerKeys.isEmpty())
        return std::unexpected(fromCatalog.error());
    trust::InstallTrust result = fromCatalog ? std::move(*fromCatalog) : trust::InstallTrust{};
    result.developerKeys = developerKeys;
    return result;
}

Result<InspectedPackage> ModuleManager::inspect(const QString& path,
                                                const QList<crypto::PublicKey>& developerKeys)
{
    if (!developerKeys.isEmpty() && !m_profile.developerMode())
        return fail(ErrorCode::InvalidInput,
                    tr("Trusting a publisher key by hand needs a profile in developer mode."));
    auto trusted = trust(developerKeys);
    if (!trusted)
        return std::unexpected(trusted.error());
    return OfflinePackage::inspect(path, *trusted, m_profile.directory());
}

Result<resolver::Plan> ModuleManager::planFile(const InspectedPackage& package)
{
    const QString exact = u"="_s + package.version.toString();
    resolver::Request request;
    request.install.append({package.manifest.id, semver::Range::parse(exact).value(), exact});
    return resolve(request, package);
}

Result<PackageLocation> ModuleManager::locate(const resolver::PlanStep& step,
                                              const std::optional<InspectedPackage>& file)
{
    const QString wanted = step.id + u'@' + (step.to ? step.to->toString() : QString());
    if (file && step.id == file->manifest.id && step.to == file->version)
        return PackageLocation{
            {}, {}, file->path, file->sha256, 0, file->manifest.publisher, file->developerSigned};
    const auto module = record(step.id);
    if (!module)
        return fail(ErrorCode::NotFound, tr("%1 is not in the synced catalog.").arg(wanted));
    for (const auto& version : module->versions) {
        if (!step.to || semver::Version::parse(version.version) != *step.to)
            continue;
        if (version.sha256.isEmpty())
            return fail(ErrorCode::NotFound, tr("The catalog lists no package for %1.").arg(wanted));
        QUrl archive = m_marketplace;
        archive.setPath(archive.path().chopped(archive.path().endsWith(u'/') ? 1 : 0) +
                        u"/api/marketplace/packages/"_s + version.sha256);
        QUrl signatures = archive;
        signatures.setPath(archive.path() + u"/signatures"_s);
        return PackageLocation{archive,      signatures,        {},   version.sha256,
                               version.size, module->publisher, false};
    }
    return fail(ErrorCode::NotFound, tr("The synced catalog has no version %1.").arg(wanted));
}

Result<OperationResult> ModuleManager::apply(const resolver::Plan& plan, OperationKind kind,
                                             const QSet<QString>& manual, const InstallObserver& observer,
                                             std::stop_token stop,
                                             const std::optional<InspectedPackage>& file)
{
    // Locations and trust are settled here, on this thread and its database connections; the
    // fetcher only looks them up. A plan that needs no download (rollback, uninstall) needs
    // neither, so their errors surface only if a package is actually fetched.
    QHash<QString, Result<PackageLocation>> locations;
    for (const auto& step : plan.steps)
        if (step.to)
            locations.insert(step.id, locate(step, file));
    auto trusted = trust(file ? file->developerKeys : QList<crypto::PublicKey>{});
    const std::optional<Error> trustError = trusted ? std::nullopt : std::optional(trusted.error());
    SignedPackageFetcher fetcher(
        m_profile.downloadCache(),
        [&](const resolver::PlanStep& step) -> Result<PackageLocation> {
            if (trustError)
                return std::unexpected(*trustError);
            return locations.value(step.id,
                                   fail(ErrorCode::NotFound, tr("%1 is not part of the plan.").arg(step.id)));
        },
        trusted ? std::move(*trusted) : trust::InstallTrust{});
    ApplyOptions options;
    options.kind = kind;
    options.manual = manual;
    options.keep = m_profile.keepVersions();
    auto result = InstallEngine(m_profile).apply(plan, options, fetcher, observer, stop);
    if (result && !plan.isEmpty()) {
        const auto report = InstallReporter::report(m_marketplace, plan);
        storeLicenses(report.licenses, *result);
        if (report.signedOut)
            noteUnlicensed(plan, *result);
    }
    return result;
}

void ModuleManager::noteUnlicensed(const resolver::Plan& plan, OperationResult& result)
{
    // Free modules work signed out; a paid one only runs with the license the marketplace issues
    // to the signed-in tenant.
    for (const auto& step : plan.steps) {
        if (!step.to)
            continue;
        const auto module = record(step.id);
        if (module && module->pricing.model != pricing::PricingModel::Free)
            result.notices.append(
                tr("Sign in first: %1 is a paid module and runs only with a license of your "
                   "tenant (File › Sign in, or modmarket-cli login).")
                    .arg(step.id));
    }
}

void ModuleManager::storeLicenses(const QList<QByteArray>& documents, OperationResult& result)
{
    if (documents.isEmpty())
        return;
    auto licenses = licensing::LicenseService::open(m_profile, m_marketplace);
    if (!licenses) {
        result.notices.append(
            tr("The marketplace issued licenses that could not be stored: %1").arg(licenses.error().message));
        return;
    }
    for (const QByteArray& document : documents)
        if (auto imported = (*licenses)->import(document); !imported)
            result.notices.append(imported.error().message);
}

} // namespace mm::install
