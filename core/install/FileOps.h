#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace mm::install {

// The few file-system calls the installer makes, as POSIX calls so that a failure keeps its
// errno. Every error is ErrorCode::Storage and names the path; a full disk, a permission
// problem and a read-only file system are told apart because the user fixes each differently.
// No call follows a symbolic link except where it says so.
class FileOps
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::FileOps)

public:
    enum class Action
    {
        Create,
        Remove,
        Rename,
        Link,
        Sync,
        Read
    };

    static Error error(int errnoValue, Action action, const QString& path);

    // Like mkdir -p (mode 0755); existing folders are fine.
    static Result<void> makePath(const QString& path);
    // Removes a file, a link or a whole folder; a missing path is fine. Links inside are removed,
    // never followed.
    static Result<void> removeTree(const QString& path);
    // Removes `path` if it is an empty folder; a missing or non-empty folder is left alone.
    static Result<void> removeIfEmpty(const QString& path);
    static Result<void> removeFile(const QString& path); // missing is fine
    static Result<void> rename(const QString& from, const QString& to);
    static Result<void> symlink(const QString& target, const QString& linkPath);
    // fsync of a folder, so that renames and new entries in it survive a power loss.
    static Result<void> syncDirectory(const QString& path);
    // Flushes the whole file system holding `path` (syncfs): one call where an fsync of every
    // file would take thousands, with the same guarantee that they are on disk afterwards.
    static Result<void> syncFileSystem(const QString& path);

    // lstat-based: a link is a link, whatever it points at.
    static bool exists(const QString& path);
    static bool isDirectory(const QString& path);
    static bool isSymLink(const QString& path);
    // The target of a symbolic link as written; empty when `path` is not a link.
    static QString readLink(const QString& path);
};

} // namespace mm::install
