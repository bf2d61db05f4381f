#pragma once

#include "core/common/Error.h"
#include "modmarket/InstalledModule.h"
#include "modmarket/ModuleInterface.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace modmarket {

// What a host application links to consume what the marketplace installed (sdk/README.md):
// the active modules of a profile, their licenses checked offline, and their Qt plugins, loaded
// only while their licenses hold. It never changes what is installed. Use one Host per thread;
// loaded plugins stay loaded while it lives.
class Host
{
    Q_DECLARE_TR_FUNCTIONS(modmarket::Host)

public:
    // Opens an existing profile folder; an empty `profileDir` means the user's default profile.
    // A profile whose licenses cannot be checked (never synced, no keychain) still opens: its
    // modules then report why, and none of them loads outside developer mode.
    static mm::Result<Host> open(const QString& profileDir);
    Host(Host&&) noexcept;
    Host& operator=(Host&&) noexcept;
    ~Host();

    const QString& profileDirectory() const;
    // Developer mode loads a module without a usable license, with a warning in the log.
    bool developerMode() const;

    // The installed modules whose active version is in place, sorted by id, each with its license
    // checked now. A module whose folder or module.json is broken is left out and logged.
    mm::Result<QList<InstalledModule>> modules();
    // One active module; NotFound when it is not installed, the manifest's error when it is broken.
    mm::Result<InstalledModule> module(const QString& id);

    // Offline: true when the module's license is usable and grants `feature`; false without one.
    mm::Result<bool> isEntitled(const QString& moduleId, const QString& feature);

    // Loads the module's plugin (module.json "plugin") with QPluginLoader when its license is
    // usable; otherwise fails (Forbidden) with the license check's message. The plugin must be a
    // file inside the module folder and implement ModuleInterface. Loading twice gives the same
    // instance, owned by the plugin loader and valid while this Host lives.
    mm::Result<ModuleInterface*> load(const QString& moduleId);

    // Records `quantity` units of use of an installed usage-based module in the profile's
    // usage.sqlite, for the app or `modmarket-cli usage report` to send to the marketplace, which
    // bills them. Refuses a quantity below 1 and a module that is not installed. Offline; returns
    // the record's id (a UUID).
    mm::Result<QString> recordUsage(const QString& moduleId, qint64 quantity);

private:
    struct State;
    explicit Host(std::unique_ptr<State> state);

    std::unique_ptr<State> d;
};

} // namespace modmarket
