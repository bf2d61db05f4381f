#pragma once

namespace mm::ui {

// What the user can ask of the installer from the module page and the Installed view; each goes
// through the plan confirmation before anything changes.
enum class InstallAction
{
    Install,
    Update,
    UpdateAll,
    Uninstall,
    RollBack
};

} // namespace mm::ui
