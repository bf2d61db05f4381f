#include "PluginFile.h"

#include <QDir>
#include <QFileInfo>

using mm::ErrorCode;
using mm::fail;

namespace modmarket {

mm::Result<QString> PluginFile::locate(const InstalledModule& module)
{
    if (module.manifest.plugin.isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("Module %1 has no plugin: its module.json names none.").arg(module.id));
    const QString folder = QFileInfo(module.folder).canonicalFilePath();
    const QString named = QDir(module.folder).filePath(module.manifest.plugin);
    const QFileInfo info(named);
    if (folder.isEmpty() || !info.exists())
        return fail(ErrorCode::NotFound,
                    tr("The plugin %1 of module %2 does not exist.").arg(named, module.id));
    // A link inside the folder could still point out of it.
    const QString real = info.canonicalFilePath();
    if (!real.startsWith(folder + u'/'))
        return fail(ErrorCode::Verification,
                    tr("The plugin %1 of module %2 leads to %3, outside the module folder.")
                        .arg(named, module.id, real));
    if (!QFileInfo(real).isFile())
        return fail(ErrorCode::InvalidInput,
                    tr("The plugin %1 of module %2 is not a regular file.").arg(named, module.id));
    return real;
}

} // namespace modmarket
