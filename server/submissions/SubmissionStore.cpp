#include "server/submissions/SubmissionStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

SubmissionStore::SubmissionStore(QString root)
    : m_root(std::move(root))
{}

Result<void> SubmissionStore::create()
{
    if (!QDir().mkpath(m_root))
        return fail(ErrorCode::Storage, tr("Cannot create the submissions folder %1").arg(m_root));
    return {};
}

QString SubmissionStore::folderOf(const QString& id) const
{
    return QDir(m_root).filePath(id);
}

QString SubmissionStore::packagePath(const QString& id) const
{
    return folderOf(id) + u"/package.mmpkg"_s;
}

QString SubmissionStore::signaturesPath(const QString& id) const
{
    return folderOf(id) + u"/package.sig"_s;
}

Result<void> SubmissionStore::adopt(const QString& id, const QString& uploadFile,
                                    const QByteArray& signatures)
{
    if (!QDir().mkpath(folderOf(id)))
        return fail(ErrorCode::Storage, tr("Cannot create %1").arg(folderOf(id)));
    QSaveFile sig(signaturesPath(id));
    if (!sig.open(QIODevice::WriteOnly) || sig.write(signatures) != signatures.size() || !sig.commit()) {
        QDir(folderOf(id)).removeRecursively();
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(signaturesPath(id), sig.errorString()));
    }
    // Same file system (both under DATA): a rename, so the package is never half there.
    if (!QFile::rename(uploadFile, packagePath(id))) {
        QDir(folderOf(id)).removeRecursively();
        return fail(ErrorCode::Storage, tr("Cannot move %1 to %2").arg(uploadFile, packagePath(id)));
    }
    return {};
}

void SubmissionStore::giveBack(const QString& id, const QString& uploadFile)
{
    QFile::rename(packagePath(id), uploadFile);
    QDir(folderOf(id)).removeRecursively();
}

} // namespace mm::server::submissions
