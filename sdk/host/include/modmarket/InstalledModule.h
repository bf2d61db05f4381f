#pragma once

#include "core/package/Manifest.h"
#include "modmarket/ModuleLicense.h"

#include <QString>

namespace modmarket {

// One active module of the profile, as the host sees it.
struct InstalledModule
{
    QString id;
    QString version;
    // The module's active version folder: the `current` link of the modules root, resolved, so
    // it stays the same folder while an update switches the link.
    QString folder;
    // Its module.json; `manifest.plugin` names the Qt plugin inside `folder`, if any.
    mm::package::Manifest manifest;
    ModuleLicense license;
};

} // namespace modmarket
