#include "core/install/OfflinePackage.h"

#include "core/crypto/Sha256.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/install/ModuleManager.h"
#include "core/install/SignatureFile.h"
#include "core/package/Manifest.h"
#include "core/package/SafeExtractor.h"
#include "core/trust/PackageClaim.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace mm::install {

Result<InspectedPackage> OfflinePackage::inspect(const QString& path, const trust::InstallTrust& trust,
                                                 const QString& workDir)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(ErrorCode::NotFound, tr("%1 is not a package file.").arg(path));
    const auto sha256 = crypto::Sha256::hexOfFile(path);
    if (!sha256)
        return std::unexpected(sha256.error());
    const auto read = SignatureFile::read(path);
    if (!read)
        return std::unexpected(read.error());
    const QByteArray& signatures = *read;
    const QString sigPath = SignatureFile::pathFor(path);
    // The claim is read before it is trusted only to know what to check it against.
    const auto envelope = crypto::SignedEnvelope::parse(signatures);
    if (!envelope)
        return fail(envelope.error().code, tr("%1: %2").arg(sigPath, envelope.error().message));
    const auto claimed = trust::PackageClaim::fromPayload(envelope->payload());
    if (!claimed)
        return fail(claimed.error().code, tr("%1: %2").arg(sigPath, claimed.error().message));
    const trust::PackageSignatures::Expectation expected{*sha256, info.size(), claimed->id, claimed->version};

    bool developerSigned = false;
    auto claim =
        trust.keys
            ? trust::PackageSignatures::verify(signatures, expected, trust.forPublisher(claimed->publisher))
            : Result<trust::PackageClaim>(std::unexpected(Error{ErrorCode::Verification, {}}));
    if (!claim && !trust.developerKeys.isEmpty()) {
        claim = trust::PackageSignatures::verify(signatures, expected, trust.forDeveloperKeys());
        developerSigned = bool(claim);
    }
    if (!claim)
        return fail(ErrorCode::Verification, tr("%1: %2").arg(path, claim.error().message));

    // Verified: now the archive may be opened, in a folder that goes away with this function.
    QTemporaryDir work(QDir(workDir).filePath(u"inspect-XXXXXX"_s));
    if (!work.isValid())
        return fail(ErrorCode::Storage, tr("Cannot create a work folder in %1").arg(workDir));
    const QString folder = work.filePath(u"package"_s);
    if (auto extracted = package::SafeExtractor::extract(path, folder); !extracted)
        return fail(extracted.error().code, tr("%1: %2").arg(path, extracted.error().message));
    auto manifest = package::Manifest::readFromFolder(folder);
    if (!manifest)
        return fail(manifest.error().code, tr("%1: %2").arg(path, manifest.error().message));
    if (manifest->id != claim->id || manifest->version.toString() != claim->version)
        return fail(ErrorCode::Verification,
                    tr("%1 is signed as %2@%3 but its manifest says %4@%5.")
                        .arg(path, claim->id, claim->version, manifest->id, manifest->version.toString()));
    InspectedPackage result{QFileInfo(path).absoluteFilePath(),
                            *sha256,
                            manifest->record,
                            manifest->version,
                            developerSigned,
                            developerSigned ? trust.developerKeys : QList<crypto::PublicKey>{}};
    result.manifest.versions.front().size = info.size();
    result.manifest.versions.front().sha256 = *sha256;
    return result;
}

} // namespace mm::install
