#include "core/install/FileOps.h"

#include "core/install/FaultPoint.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mm::install {
namespace {

struct DirCloser
{
    void operator()(DIR* dir) const { closedir(dir); }
};
using DirHandle = std::unique_ptr<DIR, DirCloser>;

struct FdCloser
{
    int fd = -1;
    ~FdCloser()
    {
        if (fd >= 0)
            close(fd);
    }
};

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

QString childPath(const QString& parent, const char* name)
{
    return parent + u'/' + QFile::decodeName(name);
}

// Opens the folder `name` in `parentFd` without following a link, as a directory stream.
DirHandle openDirectoryAt(int parentFd, const char* name)
{
    const int fd = openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    DIR* dir = fdopendir(fd);
    if (!dir)
        close(fd);
    return DirHandle(dir);
}

QList<QByteArray> entryNames(DIR* dir)
{
    QList<QByteArray> names;
    while (const dirent* entry = readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.append(QByteArray(entry->d_name));
    }
    return names;
}

// Empties the open folder `dir` (named `path` in errors).
Result<void> clearDirectory(DIR* dir, const QString& path, bool faultEach)
{
    const int fd = dirfd(dir);
    for (const QByteArray& name : entryNames(dir)) {
        const QString child = childPath(path, name.constData());
        struct stat st
        {};
        if (fstatat(fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                continue;
            return std::unexpected(FileOps::error(errno, FileOps::Action::Read, child));
        }
        if (S_ISDIR(st.st_mode)) {
            DirHandle sub = openDirectoryAt(fd, name.constData());
            if (!sub)
                return std::unexpected(FileOps::error(errno, FileOps::Action::Read, child));
            if (auto cleared = clearDirectory(sub.get(), child, false); !cleared)
                return cleared;
        }
        if (unlinkat(fd, name.constData(), S_ISDIR(st.st_mode) ? AT_REMOVEDIR : 0) != 0 && errno != ENOENT)
            return std::unexpected(FileOps::error(errno, FileOps::Action::Remove, child));
        if (faultEach)
            faultPoint("remove-entry");
    }
    return {};
}

Result<void> syncFd(int fd, const QString& path)
{
    if (fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        return std::unexpected(FileOps::error(errno, FileOps::Action::Sync, path));
    return {};
}

} // namespace

Error FileOps::error(int errnoValue, Action action, const QString& path)
{
    QString reason;
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
        reason = tr("no space left on the device");
        break;
    case EACCES:
    case EPERM:
        reason = tr("permission denied");
        break;
    case EROFS:
        reason = tr("the file system is read-only");
        break;
    case EXDEV:
        reason = tr("the staging folder and the modules folder are on different file systems");
        break;
    default:
        reason = QString::fromLocal8Bit(std::strerror(errnoValue));
    }
    QString message;
    switch (action) {
    case Action::Create:
        message = tr("Cannot create %1: %2");
        break;
    case Action::Remove:
        message = tr("Cannot remove %1: %2");
        break;
    case Action::Rename:
        message = tr("Cannot move %1 into place: %2");
        break;
    case Action::Link:
        message = tr("Cannot create the link %1: %2");
        break;
    case Action::Sync:
        message = tr("Cannot flush %1 to disk: %2");
        break;
    case Action::Read:
        message = tr("Cannot read %1: %2");
        break;
    }
    return Error{ErrorCode::Storage, message.arg(path, reason)};
}

Result<void> FileOps::makePath(const QString& path)
{
    if (isDirectory(path))
        return {};
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash > 0)
        if (auto parent = makePath(path.left(slash)); !parent)
            return parent;
    if (mkdir(encoded(path).constData(), 0755) != 0 && !(errno == EEXIST && isDirectory(path)))
        return std::unexpected(error(errno, Action::Create, path));
    return {};
}

Result<void> FileOps::removeTree(const QString& path)
{
    const QByteArray name = encoded(path);
    struct stat st
    {};
    if (lstat(name.constData(), &st) != 0) // ENOTDIR: a parent is a file, so nothing is there
        return errno == ENOENT || errno == ENOTDIR ? Result<void>{}
                                                   : std::unexpected(error(errno, Action::Read, path));
    if (!S_ISDIR(st.st_mode))
        return removeFile(path);
    DirHandle dir = openDirectoryAt(AT_FDCWD, name.constData());
    if (!dir)
        return std::unexpected(error(errno, Action::Read, path));
    if (auto cleared = clearDirectory(dir.get(), path, true); !cleared)
        return cleared;
    dir.reset();
    if (rmdir(name.constData()) != 0 && errno != ENOENT)
        return std::unexpected(error(errno, Action::Remove, path));
    return {};
}

Result<void> FileOps::removeIfEmpty(const QString& path)
{
    // Look first: rmdir() of a full folder in a read-only parent fails with EACCES, not ENOTEMPTY.
    if (DirHandle dir = openDirectoryAt(AT_FDCWD, encoded(path).constData());
        !dir || !entryNames(dir.get()).isEmpty())
        return {};
    if (rmdir(encoded(path).constData()) == 0 || errno == ENOENT || errno == ENOTEMPTY || errno == EEXIST ||
        errno == ENOTDIR)
        return {};
    return std::unexpected(error(errno, Action::Remove, path));
}

Result<void> FileOps::removeFile(const QString& path)
{
    if (unlink(encoded(path).constData()) != 0 && errno != ENOENT && errno != ENOTDIR)
        return std::unexpected(error(errno, Action::Remove, path));
    return {};
}

Result<void> FileOps::rename(const QString& from, const QString& to)
{
    if (::rename(encoded(from).constData(), encoded(to).constData()) != 0)
        return std::unexpected(error(errno, Action::Rename, to));
    return {};
}

Result<void> FileOps::symlink(const QString& target, const QString& linkPath)
{
    if (::symlink(encoded(target).constData(), encoded(linkPath).constData()) != 0)
        return std::unexpected(error(errno, Action::Link, linkPath));
    return {};
}

Result<void> FileOps::syncDirectory(const QString& path)
{
    FdCloser dir{open(encoded(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd < 0)
        return std::unexpected(error(errno, Action::Sync, path));
    return syncFd(dir.fd, path);
}

Result<void> FileOps::syncFileSystem(const QString& path)
{
    FdCloser dir{open(encoded(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd < 0)
        return std::unexpected(error(errno, Action::Sync, path));
    if (::syncfs(dir.fd) != 0)
        return std::unexpected(error(errno, Action::Sync, path));
    return {};
}

bool FileOps::exists(const QString& path)
{
    struct stat st
    {};
    return lstat(encoded(path).constData(), &st) == 0;
}

bool FileOps::isDirectory(const QString& path)
{
    struct stat st
    {};
    return lstat(encoded(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool FileOps::isSymLink(const QString& path)
{
    struct stat st
    {};
    return lstat(encoded(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

QString FileOps::readLink(const QString& path)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = readlink(encoded(path).constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0 || n >= buffer.size())
        return {};
    buffer.truncate(n);
    return QFile::decodeName(buffer);
}

} // namespace mm::install
