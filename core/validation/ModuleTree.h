#pragma once

#include "core/package/Manifest.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace mm::validation {

struct ModuleFile
{
    QString path; // inside the module, '/'-separated
    qint64 size = 0;
    bool executable = false;
};

// The module as the checks see it: a folder of files (the given folder, or the package extracted
// into a temporary one) and what only the original could tell (modes the extractor drops).
struct ModuleTree
{
    QString root; // absolute; empty when the package could not be extracted
    bool isPackage = false;
    QList<ModuleFile> files; // sorted by path
    QStringList folders;     // sorted by path
    // Paths with a setuid, setgid or sticky bit, and the mode as found.
    QList<std::pair<QString, int>> specialModes;
    std::optional<package::Manifest> manifest;

    bool hasFiles() const { return !root.isEmpty(); }
    const ModuleFile* file(const QString& path) const;
    QString absolute(const QString& path) const { return root + u'/' + path; }
};

} // namespace mm::validation
