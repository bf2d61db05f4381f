#include "core/install/FileTree.h"

#include "core/crypto/Sha256.h"
#include "core/install/FileOps.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mm::install {
namespace {

Result<void> scanInto(const QString& root, const QString& prefix, QList<StagedFile>& files)
{
    const QString folder = prefix.isEmpty() ? root : root + u'/' + prefix;
    const QStringList names =
        QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const QString relative = prefix.isEmpty() ? name : prefix + u'/' + name;
        const QString path = root + u'/' + relative;
        struct stat st
        {};
        if (lstat(QFile::encodeName(path).constData(), &st) != 0)
            return std::unexpected(FileOps::error(errno, FileOps::Action::Read, path));
        if (S_ISDIR(st.st_mode)) {
            if (auto sub = scanInto(root, relative, files); !sub)
                return sub;
            continue;
        }
        StagedFile file{relative, -1, {}, false};
        if (S_ISREG(st.st_mode)) {
            auto hash = crypto::Sha256::hexOfFile(path);
            if (!hash)
                return std::unexpected(hash.error());
            file.size = qint64(st.st_size);
            file.sha256 = *hash;
            file.executable = (st.st_mode & S_IXUSR) != 0;
        }
        files.append(std::move(file));
    }
    return {};
}

} // namespace

Result<QList<StagedFile>> FileTree::scan(const QString& root)
{
    QList<StagedFile> files;
    if (!FileOps::isDirectory(root))
        return files;
    if (auto scanned = scanInto(root, {}, files); !scanned)
        return std::unexpected(scanned.error());
    std::sort(files.begin(), files.end(),
              [](const StagedFile& a, const StagedFile& b) { return a.path < b.path; });
    return files;
}

FileTreeDiff FileTree::compare(const QList<StagedFile>& expected, const QList<StagedFile>& actual)
{
    QHash<QString, const StagedFile*> onDisk;
    for (const StagedFile& file : actual)
        onDisk.insert(file.path, &file);
    FileTreeDiff diff;
    for (const StagedFile& want : expected) {
        const StagedFile* have = onDisk.take(want.path);
        if (!have)
            diff.missing.append(want.path);
        else if (have->size != want.size || have->sha256 != want.sha256 ||
                 have->executable != want.executable)
            diff.changed.append(want.path);
    }
    diff.extra = onDisk.keys();
    for (QStringList* list : {&diff.changed, &diff.missing, &diff.extra})
        std::sort(list->begin(), list->end());
    return diff;
}

} // namespace mm::install
