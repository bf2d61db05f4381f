#include "ui/publish/SigningWork.h"

#include "core/package/PackageWriter.h"
#include "core/publish/DeveloperKeys.h"
#include "core/publish/PackageSigning.h"
#include "core/publish/PublishApi.h"
#include "core/secrets/SecretStore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mm::ui {

Result<crypto::PublicKey> SigningWork::readKey(const QString& publisher)
{
    const secrets::SecretStore store;
    return publish::DeveloperKeys(store).publicKey(publisher);
}

Result<crypto::PublicKey> SigningWork::createKey(const QUrl& marketplace, const QString& publisher,
                                                 const QString& displayName)
{
    const secrets::SecretStore store;
    const publish::DeveloperKeys keys(store);
    auto secret = keys.secretKey(publisher);
    if (!secret && secret.error().code == ErrorCode::NotFound) {
        if (auto made = keys.generate(publisher); !made)
            return std::unexpected(made.error());
        secret = keys.secretKey(publisher);
    }
    if (!secret)
        return std::unexpected(secret.error());
    const publish::PublishApi api(marketplace);
    if (auto registered = api.registerKey(publisher, *secret, displayName); !registered)
        return fail(registered.error().code,
                    tr("The key is in your keychain, but the marketplace did not register it: %1")
                        .arg(registered.error().message));
    return keys.publicKey(publisher);
}

Result<SigningWork::Signed> SigningWork::packAndSign(const QString& source, bool isFolder,
                                                     const QString& outputDir)
{
    QString packagePath = source;
    if (isFolder) {
        auto manifest = package::Manifest::readFromFolder(source);
        if (!manifest)
            return std::unexpected(manifest.error());
        if (!QDir().mkpath(outputDir))
            return fail(ErrorCode::Storage, tr("Cannot create %1.").arg(outputDir));
        packagePath =
            QDir(outputDir).filePath(u"%1-%2.mmpkg"_s.arg(manifest->id, manifest->version.toString()));
        if (auto packed = package::PackageWriter::pack(source, packagePath); !packed)
            return std::unexpected(packed.error());
    }
    auto claim = publish::PackageSigning::claimFor(packagePath);
    if (!claim)
        return std::unexpected(claim.error());
    const secrets::SecretStore store;
    auto key = publish::DeveloperKeys(store).secretKey(claim->publisher);
    if (!key)
        return std::unexpected(key.error());
    auto signedClaim = publish::PackageSigning::sign(packagePath, *key);
    if (!signedClaim)
        return std::unexpected(signedClaim.error());
    return Signed{packagePath, *signedClaim};
}

} // namespace mm::ui
