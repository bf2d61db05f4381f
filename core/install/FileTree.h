#pragma once

#include "core/common/Error.h"
#include "core/install/PackageFetcher.h"

#include <QStringList>

namespace mm::install {

// How a folder on disk differs from the file list recorded for it. Paths are relative.
struct FileTreeDiff
{
    QStringList changed; // size, content or executable bit differ, or it is no longer a regular file
    QStringList missing;
    QStringList extra;

    bool isEmpty() const { return changed.isEmpty() && missing.isEmpty() && extra.isEmpty(); }
};

// Lists and hashes the files of an installed or staged package folder.
class FileTree
{
public:
    // Every entry below `root` that is not a folder, sorted by path. Links and special files are
    // listed with size -1 and no hash, so they never match a package's file; links are never
    // followed. A missing `root` (or one that is not a real folder) lists nothing.
    static Result<QList<StagedFile>> scan(const QString& root);
    static FileTreeDiff compare(const QList<StagedFile>& expected, const QList<StagedFile>& actual);
};

} // namespace mm::install
