#pragma once

#include "core/common/Error.h"
#include "core/package/EntryPath.h"
#include "core/package/FileDescriptor.h"

#include <QCoreApplication>
#include <QHash>

#include <sys/types.h>

namespace mm::package {

// The folder an archive is extracted into. It creates the folder and everything in it itself,
// with mkdirat/openat relative to descriptors of folders it created (O_NOFOLLOW, O_EXCL), so
// nothing can be written through a link even if the tree changes meanwhile. It remembers what
// each name is and refuses duplicates, names that differ only in case, and files where folders
// are (or the reverse). Unless keep() is called, the destructor removes the whole folder.
class StagingTree
{
    Q_DECLARE_TR_FUNCTIONS(mm::package::StagingTree)

public:
    StagingTree() = default;
    ~StagingTree();
    StagingTree(const StagingTree&) = delete;
    StagingTree& operator=(const StagingTree&) = delete;

    // Creates `destination` (mode 0755), which must not exist; missing parents are created too.
    Result<void> open(const QString& destination);
    // `shown` is the entry's printable name, used in messages.
    Result<void> addFolder(const EntryPath& path, const QString& shown);
    // A new empty file, 0755 when executable and 0644 otherwise, open for writing.
    Result<FileDescriptor> createFile(const EntryPath& path, bool executable, const QString& shown);
    // Leaves the folder in place when the tree is destroyed.
    void keep() { m_keep = true; }

private:
    struct Node
    {
        QString path; // as first written, to tell a case collision from a repeat
        bool folder = false;
        bool explicitEntry = false; // false for folders created only as parents of entries
        dev_t device = 0;
        ino_t inode = 0;
    };

    Result<const Node*> claim(const EntryPath& path, bool folder, const QString& shown);
    // Descriptor of the folder holding `path`'s last component, created where missing.
    Result<int> parentFolder(const EntryPath& path, const QString& shown);
    Result<FileDescriptor> makeFolder(int parent, const QString& name, const QString& fullPath,
                                      bool explicitEntry, const QString& shown);
    Error storageError(const QString& shown, const QString& what) const;

    QString m_destination;
    FileDescriptor m_root;
    bool m_keep = false;
    QHash<QString, Node> m_nodes; // by EntryPath::collisionKey
    // Most entries land in the folder of the one before, so its descriptor is kept.
    QString m_lastFolderPath;
    FileDescriptor m_lastFolder;
};

} // namespace mm::package
