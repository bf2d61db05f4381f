#include "core/publish/PackageSigning.h"

#include "core/crypto/Sha256.h"
#include "core/package/ArchiveManifest.h"
#include "core/trust/PackageSignatures.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mm::publish {

Result<trust::PackageClaim> PackageSigning::claimFor(const QString& packagePath)
{
    const QFileInfo info(packagePath);
    if (!info.isFile())
        return fail(ErrorCode::NotFound, tr("%1 is not a package file").arg(packagePath));
    const auto manifest = package::ArchiveManifest::read(packagePath);
    if (!manifest)
        return std::unexpected(manifest.error());
    const auto sha = crypto::Sha256::hexOfFile(packagePath);
    if (!sha)
        return std::unexpected(sha.error());
    trust::PackageClaim claim;
    claim.id = manifest->id;
    claim.version = manifest->version.toString();
    claim.publisher = manifest->publisher;
    claim.sha256 = *sha;
    claim.size = QFileInfo(packagePath).size();
    return claim;
}

Result<trust::PackageClaim> PackageSigning::sign(const QString& packagePath, const crypto::SecretKey& key)
{
    auto claim = claimFor(packagePath);
    if (!claim)
        return claim;
    const QByteArray envelope = trust::PackageSignatures::signAsPublisher(*claim, key);
    const QString target = packagePath + u".sig"_s;
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(envelope) != envelope.size() || !out.commit())
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(target, out.errorString()));
    return claim;
}

} // namespace mm::publish
