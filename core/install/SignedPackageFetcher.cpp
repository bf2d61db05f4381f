#include "core/install/SignedPackageFetcher.h"

#include "core/crypto/Sha256.h"
#include "core/install/SignatureFile.h"
#include "core/net/BlockingGet.h"
#include "core/package/Manifest.h"
#include "core/package/SafeExtractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::install {

SignedPackageFetcher::SignedPackageFetcher(QString downloadCache, Locator locate, trust::InstallTrust trust,
                                           net::DownloadPolicy policy, package::ExtractLimits limits)
    : m_downloadCache(std::move(downloadCache))
    , m_locate(std::move(locate))
    , m_trust(std::move(trust))
    , m_policy(policy)
    , m_limits(limits)
{}

Result<QString> SignedPackageFetcher::download(const PackageLocation& where, const FetchProgress& progress,
                                               std::stop_token stop)
{
    if (!where.localArchive.isEmpty())
        return where.localArchive;
    if (!QDir().mkpath(m_downloadCache))
        return fail(ErrorCode::Storage, tr("Cannot create the download cache %1").arg(m_downloadCache));
    // Content-addressed: a file already in the cache under its hash needs no second download,
    // but it is hashed again in case it changed on disk.
    const QString path = QDir(m_downloadCache).filePath(where.sha256 + u".mmpkg"_s);
    if (QFileInfo(path).size() == where.size) {
        if (const auto cached = crypto::Sha256::hexOfFile(path); cached && *cached == where.sha256)
            return path;
        QFile::remove(path);
    }
    const net::DownloadTarget target{where.archiveUrl, path, where.size, where.sha256};
    const auto done = net::PackageDownloader(m_policy).download(
        target, [&](qint64 received, qint64 total) { progress(FetchPhase::Downloading, received, total); },
        stop);
    if (!done)
        return std::unexpected(done.error());
    return path;
}

Result<QByteArray> SignedPackageFetcher::signatures(const PackageLocation& where, const QString& archive,
                                                    std::stop_token stop)
{
    if (!where.localArchive.isEmpty())
        return SignatureFile::read(archive);
    return net::BlockingGet::fetch(where.signaturesUrl, SignatureFile::maxBytes, m_policy.stallTimeout, stop);
}

Result<StagedPackage> SignedPackageFetcher::fetch(const resolver::PlanStep& step, const QString& stagingDir,
                                                  const FetchProgress& progress, std::stop_token stop)
{
    const QString wanted = step.id + u'@' + (step.to ? step.to->toString() : QString());
    auto where = m_locate(step);
    if (!where)
        return std::unexpected(where.error());
    const auto archive = download(*where, progress, stop);
    if (!archive)
        return std::unexpected(archive.error());

    progress(FetchPhase::Verifying, 0, -1);
    QString sha256 = where->sha256;
    qint64 size = where->size;
    if (!where->localArchive.isEmpty()) {
        const auto hashed = crypto::Sha256::hexOfFile(*archive);
        if (!hashed)
            return std::unexpected(hashed.error());
        sha256 = *hashed;
        size = QFileInfo(*archive).size();
    }
    const auto envelope = signatures(*where, *archive, stop);
    if (!envelope)
        return std::unexpected(envelope.error());
    const trust::PackageSignatures::Expectation expected{sha256, size, step.id,
                                                         step.to ? step.to->toString() : QString()};
    const auto claim = trust::PackageSignatures::verify(
        *envelope, expected,
        where->developerSigned ? m_trust.forDeveloperKeys() : m_trust.forPublisher(where->publisher));
    if (!claim)
        return fail(claim.error().code, tr("%1: %2").arg(wanted, claim.error().message));
    if (!where->developerSigned && claim->publisher != where->publisher)
        return fail(ErrorCode::Verification,
                    tr("%1 is signed as a package of %2, but the catalog lists %3 as its publisher.")
                        .arg(wanted, claim->publisher, where->publisher));

    // Only now, with hash and signatures checked, is the archive parsed at all.
    progress(FetchPhase::Extracting, 0, -1);
    const auto report = package::SafeExtractor::extract(*archive, stagingDir, m_limits, [&](qint64 written) {
        progress(FetchPhase::Extracting, written, -1);
        return !stop.stop_requested();
    });
    if (!report)
        return fail(report.error().code, tr("%1: %2").arg(wanted, report.error().message));
    const auto manifest = package::Manifest::readFromFolder(stagingDir);
    if (!manifest)
        return fail(manifest.error().code, tr("%1: %2").arg(wanted, manifest.error().message));
    if (manifest->id != step.id || !step.to || manifest->version != *step.to)
        return fail(ErrorCode::Verification, tr("The package downloaded for %1 holds %2@%3.")
                                                 .arg(wanted, manifest->id, manifest->version.toString()));

    StagedPackage staged{step.id, *step.to, sha256, {}};
    for (const auto& file : report->files)
        staged.files.append({file.path, file.size, file.sha256, file.executable});
    spdlog::info("verified and extracted {} ({} files, {} bytes)", wanted.toStdString(), staged.files.size(),
                 report->totalBytes);
    return staged;
}

} // namespace mm::install
