#include "modmarket/Host.h"

#include "PluginFile.h"
#include "core/install/InstallState.h"
#include "core/install/ModuleStore.h"
#include "core/licensing/LicenseService.h"
#include "core/profile/Profile.h"
#include "core/usage/UsageLedger.h"

#include <QFileInfo>
#include <QPluginLoader>

#include <algorithm>
#include <map>
#include <spdlog/spdlog.h>

using mm::ErrorCode;
using mm::fail;

namespace modmarket {

namespace {

struct LoadedPlugin
{
    std::unique_ptr<QPluginLoader> loader;
    ModuleInterface* module = nullptr;
};

} // namespace

struct Host::State
{
    mm::Profile profile;
    std::unique_ptr<mm::install::InstallState> installs;
    // Absent when licenses cannot be checked in this profile; `licenseError` says why.
    std::unique_ptr<mm::licensing::LicenseService> licenses;
    mm::Error licenseError;
    std::map<QString, LoadedPlugin> loaded;
    // Opened on the first recorded use.
    std::unique_ptr<mm::usage::UsageLedger> usage;

    ModuleLicense licenseOf(const QString& id);
    mm::Result<InstalledModule> inspect(const mm::install::Installation& installation);
};

ModuleLicense Host::State::licenseOf(const QString& id)
{
    if (!licenses)
        return {
            std::nullopt, tr("Licenses cannot be checked in this profile: %1").arg(licenseError.message), {}};
    const auto check = licenses->check(id);
    if (!check) {
        if (check.error().code == ErrorCode::NotFound)
            return {std::nullopt, tr("No license for %1 is stored in this profile.").arg(id), {}};
        return {std::nullopt, tr("The license of %1 cannot be read: %2").arg(id, check.error().message), {}};
    }
    ModuleLicense license{check->status, check->message, {}};
    if (license.usable() && check->license)
        for (const auto& entitlement : check->license->entitlements)
            license.entitlements.grant(entitlement.feature, entitlement.limit);
    return license;
}

mm::Result<InstalledModule> Host::State::inspect(const mm::install::Installation& installation)
{
    const mm::install::ModuleStore store(profile.modulesRoot());
    const auto active = store.activeVersion(installation.id);
    if (!active)
        return fail(ErrorCode::NotFound, tr("Module %1 is installed but has no active version folder in %2.")
                                             .arg(installation.id, store.root()));
    // The link is what a host loads; the state row can lag behind it only while an operation
    // is interrupted, and the next recovery settles that.
    const QString folder = QFileInfo(store.currentLink(installation.id)).canonicalFilePath();
    auto manifest = mm::package::Manifest::readFromFolder(folder);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (manifest->id != installation.id || manifest->version != *active)
        return fail(ErrorCode::Verification, tr("%1/module.json describes %2 %3, not %4 %5.")
                                                 .arg(folder, manifest->id, manifest->version.toString(),
                                                      installation.id, active->toString()));
    return InstalledModule{installation.id, active->toString(), folder, std::move(*manifest),
                           licenseOf(installation.id)};
}

Host::Host(std::unique_ptr<State> state)
    : d(std::move(state))
{}

Host::Host(Host&&) noexcept = default;
Host& Host::operator=(Host&&) noexcept = default;
Host::~Host() = default;

mm::Result<Host> Host::open(const QString& profileDir)
{
    // A host reads a profile that an installer made; it never creates one.
    if (!profileDir.isEmpty() && !QFileInfo(profileDir).isDir())
        return fail(ErrorCode::NotFound, tr("There is no profile folder at %1.").arg(profileDir));
    auto profile = mm::Profile::open(profileDir);
    if (!profile)
        return std::unexpected(profile.error());
    auto installs = mm::install::InstallState::open(profile->statePath());
    if (!installs)
        return std::unexpected(installs.error());
    auto state =
        std::make_unique<State>(State{std::move(*profile), std::move(*installs), nullptr, {}, {}, nullptr});
    if (auto licenses = mm::licensing::LicenseService::open(state->profile); licenses) {
        state->licenses = std::move(*licenses);
    } else {
        state->licenseError = licenses.error();
        spdlog::warn("host: licenses cannot be checked in {}: {}", state->profile.directory().toStdString(),
                     licenses.error().message.toStdString());
    }
    return Host(std::move(state));
}

const QString& Host::profileDirectory() const
{
    return d->profile.directory();
}

bool Host::developerMode() const
{
    return d->profile.developerMode();
}

mm::Result<QList<InstalledModule>> Host::modules()
{
    auto installations = d->installs->installations();
    if (!installations)
        return std::unexpected(installations.error());
    std::sort(installations->begin(), installations->end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    QList<InstalledModule> result;
    for (const auto& installation : *installations) {
        auto module = d->inspect(installation);
        if (module)
            result.append(std::move(*module));
        else
            spdlog::warn("host: module {} is left out: {}", installation.id.toStdString(),
                         module.error().message.toStdString());
    }
    return result;
}

mm::Result<InstalledModule> Host::module(const QString& id)
{
    const auto installation = d->installs->installation(id);
    if (!installation)
        return std::unexpected(installation.error());
    if (!*installation)
        return fail(ErrorCode::NotFound, tr("Module %1 is not installed in this profile.").arg(id));
    return d->inspect(**installation);
}

mm::Result<bool> Host::isEntitled(const QString& moduleId, const QString& feature)
{
    if (!d->licenses)
        return std::unexpected(d->licenseError);
    return d->licenses->isEntitled(moduleId, feature);
}

mm::Result<ModuleInterface*> Host::load(const QString& moduleId)
{
    if (const auto it = d->loaded.find(moduleId); it != d->loaded.end())
        return it->second.module;
    const auto module = this->module(moduleId);
    if (!module)
        return std::unexpected(module.error());
    if (!module->license.usable()) {
        if (!d->profile.developerMode())
            return fail(ErrorCode::Forbidden,
                        tr("Module %1 is not loaded: %2").arg(moduleId, module->license.message));
        spdlog::warn("host: loading {} without a usable license because the profile is in developer mode: {}",
                     moduleId.toStdString(), module->license.message.toStdString());
    }
    const auto file = PluginFile::locate(*module);
    if (!file)
        return std::unexpected(file.error());
    auto loader = std::make_unique<QPluginLoader>(*file);
    QObject* root = loader->instance();
    if (!root)
        return fail(ErrorCode::InvalidInput, tr("The plugin %1 of module %2 cannot be loaded: %3")
                                                 .arg(*file, moduleId, loader->errorString()));
    auto* instance = qobject_cast<ModuleInterface*>(root);
    if (!instance) {
        loader->unload();
        return fail(ErrorCode::InvalidInput, tr("The plugin %1 of module %2 does not implement %3.")
                                                 .arg(*file, moduleId, QStringLiteral(ModuleInterface_iid)));
    }
    spdlog::info("host: loaded {} {} from {}", moduleId.toStdString(), module->version.toStdString(),
                 file->toStdString());
    d->loaded.emplace(moduleId, LoadedPlugin{std::move(loader), instance});
    return instance;
}

mm::Result<QString> Host::recordUsage(const QString& moduleId, qint64 quantity)
{
    if (quantity <= 0)
        return fail(ErrorCode::InvalidInput,
                    tr("Usage of %1 must be a positive quantity, not %2.").arg(moduleId).arg(quantity));
    const auto installation = d->installs->installation(moduleId);
    if (!installation)
        return std::unexpected(installation.error());
    if (!*installation)
        return fail(
            ErrorCode::NotFound,
            tr("Usage of %1 is not recorded: the module is not installed in this profile.").arg(moduleId));
    if (!d->usage) {
        auto ledger = mm::usage::UsageLedger::open(mm::usage::UsageLedger::pathIn(d->profile.directory()));
        if (!ledger)
            return std::unexpected(ledger.error());
        d->usage = std::move(*ledger);
    }
    const auto row = d->usage->record(moduleId, quantity);
    if (!row)
        return std::unexpected(row.error());
    return row->id;
}

} // namespace modmarket
