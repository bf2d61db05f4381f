#include "core/package/StagingTree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mm::package {
namespace {

constexpr int folderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
constexpr mode_t folderMode = 0755;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Empties the folder open as `fd` without following links: a link is removed, not its target.
void removeContents(int fd)
{
    const int listFd = ::dup(fd); // closedir() closes it
    if (listFd < 0)
        return;
    DIR* dir = ::fdopendir(listFd);
    if (!dir) {
        ::close(listFd);
        return;
    }
    ::rewinddir(dir);
    QList<QByteArray> names;
    while (const dirent* entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    for (const QByteArray& name : std::as_const(names)) {
        if (::unlinkat(fd, name.constData(), 0) == 0 || (errno != EISDIR && errno != EPERM))
            continue;
        const FileDescriptor child(::openat(fd, name.constData(), folderFlags));
        if (!child.isValid())
            continue;
        removeContents(child.get());
        ::unlinkat(fd, name.constData(), AT_REMOVEDIR);
    }
}

} // namespace

StagingTree::~StagingTree()
{
    m_lastFolder.reset();
    if (!m_root.isValid() || m_keep)
        return;
    removeContents(m_root.get());
    m_root.reset();
    ::rmdir(QFile::encodeName(m_destination).constData());
}

Result<void> StagingTree::open(const QString& requested)
{
    // Without a trailing '/', absolutePath() below is the parent and not the folder itself.
    const QString destination = QDir::cleanPath(requested);
    if (requested.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No destination folder was given for the extraction"));
    const QByteArray native = QFile::encodeName(destination);
    struct stat status = {};
    if (::lstat(native.constData(), &status) == 0)
        return fail(ErrorCode::Conflict, tr("Cannot extract into %1: it already exists").arg(destination));
    const QString parent = QFileInfo(destination).absolutePath();
    if (!QDir().mkpath(parent))
        return fail(ErrorCode::Storage, tr("Cannot create the folder %1").arg(parent));
    if (::mkdir(native.constData(), folderMode) != 0) {
        const int error = errno;
        return fail(error == EEXIST ? ErrorCode::Conflict : ErrorCode::Storage,
                    tr("Cannot create %1: %2").arg(destination, systemError(error)));
    }
    FileDescriptor root(::open(native.constData(), folderFlags));
    if (!root.isValid() || ::fchmod(root.get(), folderMode) != 0) {
        const int error = errno;
        root.reset();
        ::rmdir(native.constData());
        return fail(ErrorCode::Storage, tr("Cannot open %1: %2").arg(destination, systemError(error)));
    }
    m_destination = destination;
    m_root = std::move(root);
    return {};
}

Result<void> StagingTree::addFolder(const EntryPath& path, const QString& shown)
{
    if (path.isRoot())
        return {};
    const auto existing = claim(path, true, shown);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return {};
    const auto parent = parentFolder(path, shown);
    if (!parent)
        return std::unexpected(parent.error());
    const auto made = makeFolder(*parent, path.components().back(), path.path(), true, shown);
    if (!made)
        return std::unexpected(made.error());
    return {};
}

Result<FileDescriptor> StagingTree::createFile(const EntryPath& path, bool executable, const QString& shown)
{
    if (path.isRoot())
        return fail(ErrorCode::Verification, tr("entry %1: a file needs a name").arg(shown));
    if (const auto existing = claim(path, false, shown); !existing)
        return std::unexpected(existing.error());
    const auto parent = parentFolder(path, shown);
    if (!parent)
        return std::unexpected(parent.error());
    const mode_t mode = executable ? 0755 : 0644;
    FileDescriptor file(::openat(*parent, path.components().back().toUtf8().constData(),
                                 O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
    // fchmod because the umask may have taken bits away from `mode`.
    if (!file.isValid() || ::fchmod(file.get(), mode) != 0)
        return std::unexpected(storageError(shown, tr("cannot create the file: %1").arg(systemError(errno))));
    m_nodes.insert(EntryPath::collisionKey(path.path()), Node{path.path(), false, true, 0, 0});
    return file;
}

Result<const StagingTree::Node*> StagingTree::claim(const EntryPath& path, bool folder, const QString& shown)
{
    const QString full = path.path();
    const auto it = m_nodes.find(EntryPath::collisionKey(full));
    if (it == m_nodes.end())
        return nullptr;
    auto refuse = [&](const QString& rule) {
        return fail(ErrorCode::Verification, tr("entry %1: %2").arg(shown, rule));
    };
    if (it->path != full)
        return refuse(
            tr("differs only in case or Unicode normalisation from the earlier entry \"%1\"").arg(it->path));
    if (folder && it->folder && !it->explicitEntry) {
        it->explicitEntry = true; // a folder listed after its contents
        return &*it;
    }
    if (folder != it->folder)
        return refuse(folder ? tr("is a folder, but an earlier entry made it a file")
                             : tr("is a file, but an earlier entry made it a folder"));
    return refuse(tr("repeats an earlier entry"));
}

Result<int> StagingTree::parentFolder(const EntryPath& path, const QString& shown)
{
    const qsizetype depth = path.components().size() - 1;
    if (depth == 0)
        return m_root.get();
    const QString parentPath = path.prefix(depth);
    if (m_lastFolder.isValid() && parentPath == m_lastFolderPath)
        return m_lastFolder.get();
    m_lastFolder.reset();

    FileDescriptor current;
    int fd = m_root.get();
    for (qsizetype i = 0; i < depth; ++i) {
        const QString prefix = path.prefix(i + 1);
        const QString& name = path.components().at(i);
        const auto it = m_nodes.constFind(EntryPath::collisionKey(prefix));
        FileDescriptor next;
        if (it == m_nodes.cend()) {
            auto made = makeFolder(fd, name, prefix, false, shown);
            if (!made)
                return std::unexpected(made.error());
            next = std::move(*made);
        } else {
            auto refuse = [&](const QString& rule) {
                return fail(ErrorCode::Verification, tr("entry %1: %2").arg(shown, rule));
            };
            if (it->path != prefix)
                return refuse(
                    tr("differs only in case or Unicode normalisation from the earlier entry \"%1\"")
                        .arg(it->path));
            if (!it->folder)
                return refuse(tr("lies under \"%1\", which an earlier entry made a file").arg(prefix));
            next = FileDescriptor(::openat(fd, name.toUtf8().constData(), folderFlags));
            struct stat status = {};
            if (!next.isValid() || ::fstat(next.get(), &status) != 0)
                return std::unexpected(storageError(
                    shown, tr("cannot open the folder \"%1\": %2").arg(prefix, systemError(errno))));
            if (status.st_dev != it->device || status.st_ino != it->inode)
                return refuse(tr("the folder \"%1\" was replaced during the extraction").arg(prefix));
        }
        current = std::move(next);
        fd = current.get();
    }
    m_lastFolder = std::move(current);
    m_lastFolderPath = parentPath;
    return m_lastFolder.get();
}

Result<FileDescriptor> StagingTree::makeFolder(int parent, const QString& name, const QString& fullPath,
                                               bool explicitEntry, const QString& shown)
{
    const QByteArray native = name.toUtf8();
    if (::mkdirat(parent, native.constData(), folderMode) != 0)
        return std::unexpected(
            storageError(shown, tr("cannot create the folder \"%1\": %2").arg(fullPath, systemError(errno))));
    FileDescriptor folder(::openat(parent, native.constData(), folderFlags));
    struct stat status = {};
    if (!folder.isValid() || ::fstat(folder.get(), &status) != 0 || ::fchmod(folder.get(), folderMode) != 0)
        return std::unexpected(
            storageError(shown, tr("cannot open the folder \"%1\": %2").arg(fullPath, systemError(errno))));
    m_nodes.insert(EntryPath::collisionKey(fullPath),
                   Node{fullPath, true, explicitEntry, status.st_dev, status.st_ino});
    return folder;
}

Error StagingTree::storageError(const QString& shown, const QString& what) const
{
    return Error{ErrorCode::Storage, tr("entry %1: %2").arg(shown, what)};
}

} // namespace mm::package
