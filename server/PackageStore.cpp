#include "server/PackageStore.h"

#include "core/crypto/Sha256.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mm::server {

PackageStore::PackageStore(QString root)
    : m_root(std::move(root))
{}

QString PackageStore::folderFor(const QString& sha256) const
{
    return QDir(m_root).filePath(sha256.left(2));
}

QString PackageStore::archivePath(const QString& sha256) const
{
    return QDir(folderFor(sha256)).filePath(sha256 + u".mmpkg"_s);
}

bool PackageStore::contains(const QString& sha256) const
{
    return crypto::Sha256::isHexDigest(sha256) && QFile::exists(archivePath(sha256));
}

Result<QString> PackageStore::add(const QString& archivePath, const QByteArray& signatures)
{
    const auto sha256 = crypto::Sha256::hexOfFile(archivePath);
    if (!sha256)
        return std::unexpected(sha256.error());
    if (!QDir().mkpath(folderFor(*sha256)))
        return fail(ErrorCode::Storage, tr("Cannot create the package folder %1").arg(folderFor(*sha256)));
    const QString target = this->archivePath(*sha256);
    if (!QFile::exists(target)) {
        // Copy under a temporary name first: a reader must never see half a package.
        const QString partial = target + u".part"_s;
        QFile::remove(partial);
        if (!QFile::copy(archivePath, partial) || !QFile::rename(partial, target)) {
            QFile::remove(partial);
            return fail(ErrorCode::Storage, tr("Cannot store the package %1 as %2").arg(archivePath, target));
        }
    }
    if (auto stored = setSignatures(*sha256, signatures); !stored)
        return std::unexpected(stored.error());
    return *sha256;
}

Result<void> PackageStore::setSignatures(const QString& sha256, const QByteArray& signatures)
{
    QSaveFile file(QDir(folderFor(sha256)).filePath(sha256 + u".sig"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(signatures) != signatures.size() || !file.commit())
        return fail(ErrorCode::Storage,
                    tr("Cannot store the signatures of package %1: %2").arg(sha256, file.errorString()));
    return {};
}

Result<QByteArray> PackageStore::signatures(const QString& sha256) const
{
    QFile file(QDir(folderFor(sha256)).filePath(sha256 + u".sig"_s));
    if (!crypto::Sha256::isHexDigest(sha256) || !file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("There is no package %1.").arg(sha256));
    return file.readAll();
}

} // namespace mm::server
