#pragma once

#include "core/common/Error.h"
#include "modmarket/InstalledModule.h"

#include <QCoreApplication>

namespace modmarket {

// The plugin file a module's manifest names, checked at load time: the manifest's rules keep the
// path relative and free of "..", and this makes sure that what is on disk now, links resolved,
// is a regular file inside the module's folder.
class PluginFile
{
    Q_DECLARE_TR_FUNCTIONS(modmarket::PluginFile)

public:
    // The canonical path of the plugin of `module`.
    static mm::Result<QString> locate(const InstalledModule& module);
};

} // namespace modmarket
