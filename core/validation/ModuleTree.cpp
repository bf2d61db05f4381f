#include "core/validation/ModuleTree.h"

#include <algorithm>

namespace mm::validation {

const ModuleFile* ModuleTree::file(const QString& path) const
{
    const auto it = std::lower_bound(files.cbegin(), files.cend(), path,
                                     [](const ModuleFile& f, const QString& p) { return f.path < p; });
    return it != files.cend() && it->path == path ? &*it : nullptr;
}

} // namespace mm::validation
