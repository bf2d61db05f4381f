#include "ui/models/InstalledReader.h"

#include "core/catalog/CatalogDatabase.h"
#include "core/catalog/CatalogReader.h"
#include "core/install/InstallState.h"
#include "core/install/KeptVersions.h"
#include "core/install/ModuleManager.h"
#include "core/trust/TrustRecord.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mm::ui {
namespace {

Result<InstalledList> readInstalled(const Profile& profile, const QUrl& marketplace)
{
    install::ModuleManager manager(profile, marketplace);
    const auto installations = manager.installations();
    if (!installations)
        return std::unexpected(installations.error());
    InstalledList list;
    QHash<QString, semver::Version> newest;
    if (const auto outdated = manager.outdated())
        for (const auto& module : *outdated)
            newest.insert(module.id, module.available);
    else
        list.updatesUnknown = outdated.error().message;
    // Only what the resolver can reach counts as an update; without a plan for everything at once,
    // each module's own Update explains what stands in the way.
    QHash<QString, semver::Version> reachable = newest;
    if (!newest.isEmpty()) {
        resolver::Request everything;
        everything.updateAll = true;
        if (const auto plan = manager.plan(everything)) {
            reachable.clear();
            for (const auto& step : plan->steps)
                if (step.action == resolver::PlanStep::Action::Upgrade && step.to)
                    reachable.insert(step.id, *step.to);
        }
    }

    auto state = install::InstallState::open(profile.statePath());
    if (!state)
        return std::unexpected(state.error());
    install::KeptVersions kept(**state);
    // Names are a nicety: without a cache the ids stand alone.
    auto catalog = catalog::CatalogDatabase::open(profile.catalogPath());
    const trust::TrustRecord trust = catalog ? trust::TrustRecord::read(**catalog) : trust::TrustRecord{};
    for (const auto& installation : *installations) {
        InstalledModule module;
        module.id = installation.id;
        module.version = installation.version;
        module.manual = installation.manual;
        module.installedAt = installation.installedAt;
        if (reachable.contains(installation.id))
            module.update = reachable.value(installation.id);
        if (newest.contains(installation.id))
            module.newest = newest.value(installation.id);
        const auto versions = kept.list(installation.id);
        if (!versions)
            return std::unexpected(versions.error());
        for (const auto& version : *versions)
            if (version.version != installation.version)
                module.kept.append(version.version);
        if (const auto takedown = trust.takedownOf(installation.id, installation.version.toString()))
            module.takedownReason = takedown->reason;
        if (catalog)
            if (const auto record = catalog::CatalogReader(**catalog).module(installation.id))
                module.name = record->name;
        list.modules.append(std::move(module));
    }
    std::sort(list.modules.begin(), list.modules.end(),
              [](const InstalledModule& a, const InstalledModule& b) { return a.id < b.id; });
    return list;
}

Result<QList<install::HistoryEntry>> readHistory(const Profile& profile)
{
    auto state = install::InstallState::open(profile.statePath());
    if (!state)
        return std::unexpected(state.error());
    auto entries = install::InstallHistory(**state).entries();
    if (entries)
        std::reverse(entries->begin(), entries->end());
    return entries;
}

} // namespace

QFuture<Result<InstalledList>> InstalledReader::installed(const Profile& profile, const QUrl& marketplace)
{
    return QtConcurrent::run(readInstalled, profile, marketplace);
}

QFuture<Result<QList<install::HistoryEntry>>> InstalledReader::history(const Profile& profile)
{
    return QtConcurrent::run(readHistory, profile);
}

} // namespace mm::ui
