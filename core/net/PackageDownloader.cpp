#include "core/net/PackageDownloader.h"

#include "core/net/DownloadAttempt.h"

#include <QFile>

#include <spdlog/spdlog.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace mm::net {
namespace {

// Sleeps in short steps so that a cancel during the backoff is honoured at once.
bool waitUnlessStopped(std::chrono::milliseconds delay, const std::stop_token& stop)
{
    const auto until = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < until) {
        if (stop.stop_requested())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return !stop.stop_requested();
}

// Hashes what a previous run left in the partial file, so the digest covers the whole package.
Result<void> hashExisting(QFile& file, crypto::Sha256& hash)
{
    if (!file.seek(0))
        return fail(ErrorCode::Storage, PackageDownloader::tr("Cannot read %1").arg(file.fileName()));
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = file.read(block.data(), block.size())) > 0;)
        hash.add(QByteArrayView(block.constData(), n));
    if (!file.seek(file.size()))
        return fail(ErrorCode::Storage, PackageDownloader::tr("Cannot read %1").arg(file.fileName()));
    return {};
}

} // namespace

PackageDownloader::PackageDownloader(DownloadPolicy policy)
    : m_policy(policy)
{}

Result<void> PackageDownloader::download(const DownloadTarget& target, const Progress& progress,
                                         std::stop_token stop) const
{
    const QString partPath = target.path + u".part"_s;
    QFile part(partPath);
    if (!part.open(QIODevice::ReadWrite))
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(partPath, part.errorString()));
    if (part.size() > target.size)
        part.resize(0); // not a prefix of this package: start over
    crypto::Sha256 hash;
    if (auto hashed = hashExisting(part, hash); !hashed)
        return hashed;
    if (part.size() > 0)
        spdlog::info("resuming {} at byte {} of {}", target.url.path().toStdString(), part.size(),
                     target.size);

    auto backoff = m_policy.firstBackoff;
    DownloadAttempt::Result last;
    for (int attempt = 1; attempt <= m_policy.attempts; ++attempt) {
        last = part.size() == target.size ? DownloadAttempt::Result{DownloadAttempt::Outcome::Complete, {}}
                                          : DownloadAttempt(part, hash, target.size, progress)
                                                .run(target.url, m_policy.stallTimeout, stop);
        if (last.outcome != DownloadAttempt::Outcome::Retryable)
            break;
        spdlog::warn("download attempt {} of {} failed: {}", attempt, target.url.toString().toStdString(),
                     last.error.message.toStdString());
        if (attempt < m_policy.attempts && !waitUnlessStopped(backoff, stop))
            return fail(ErrorCode::Cancelled, tr("The download of %1 was cancelled.").arg(target.url.path()));
        backoff *= 2;
    }
    if (last.outcome != DownloadAttempt::Outcome::Complete) {
        // A server that lies about the content must not leave bytes behind to resume from.
        if (last.error.code == ErrorCode::Verification)
            part.remove();
        return std::unexpected(last.error);
    }

    const QString actual = hash.hexResult();
    if (actual != target.sha256) {
        part.remove();
        return fail(ErrorCode::Verification,
                    tr("The download of %1 has SHA-256 %2 but the catalog lists %3; it was discarded.")
                        .arg(target.url.path(), actual, target.sha256));
    }
    part.close();
    QFile::remove(target.path);
    if (!QFile::rename(partPath, target.path))
        return fail(ErrorCode::Storage, tr("Cannot move the download to %1").arg(target.path));
    return {};
}

} // namespace mm::net
