#pragma once

#include "core/install/PackageFetcher.h"
#include "core/net/PackageDownloader.h"
#include "core/package/ExtractLimits.h"
#include "core/trust/InstallTrust.h"

#include <QCoreApplication>
#include <QUrl>

namespace mm::install {

// Where the package of one plan step comes from: the marketplace (by hash) or a local file.
struct PackageLocation
{
    QUrl archiveUrl; // marketplace download; empty for a local file
    QUrl signaturesUrl;
    QString localArchive; // offline install: the .mmpkg, with its .sig beside it
    QString sha256;       // expected; empty for a local file (it is whatever the signatures claim)
    qint64 size = 0;
    QString publisher;
    bool developerSigned = false; // verify with the developer's own keys, no countersignature
};

// The real fetcher: downloads a package into the content-addressed download cache (resuming,
// capped at the declared length, SHA-256 checked), checks the publisher's signature and the
// marketplace's countersignature against the signed catalog, and only then lets SafeExtractor
// parse the archive into staging. The manifest inside must name the planned id and version.
class SignedPackageFetcher : public PackageFetcher
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::SignedPackageFetcher)

public:
    using Locator = std::function<Result<PackageLocation>(const resolver::PlanStep&)>;

    SignedPackageFetcher(QString downloadCache, Locator locate, trust::InstallTrust trust,
                         net::DownloadPolicy policy = {}, package::ExtractLimits limits = {});

    Result<StagedPackage> fetch(const resolver::PlanStep& step, const QString& stagingDir,
                                const FetchProgress& progress, std::stop_token stop) override;

private:
    Result<QString> download(const PackageLocation& where, const FetchProgress& progress,
                             std::stop_token stop);
    Result<QByteArray> signatures(const PackageLocation& where, const QString& archive, std::stop_token stop);

    QString m_downloadCache;
    Locator m_locate;
    trust::InstallTrust m_trust;
    net::DownloadPolicy m_policy;
    package::ExtractLimits m_limits;
};

} // namespace mm::install
