#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>
#include <functional>
#include <stop_token>

namespace mm::net {

struct DownloadTarget
{
    QUrl url;
    QString path;    // the finished file; the partial one is path + ".part"
    qint64 size = 0; // declared length: a server that sends more is cut off
    QString sha256;  // lower-case hex
};

struct DownloadPolicy
{
    int attempts = 4;
    std::chrono::milliseconds firstBackoff{250}; // doubles after each failed attempt
    std::chrono::milliseconds stallTimeout{30000};
};

// Fetches one package file. An interrupted download resumes with a Range request from what the
// partial file holds; failed attempts are retried with backoff; the file is hashed as it arrives
// and only renamed to its final name once length and SHA-256 match the catalog. Synchronous:
// meant for a worker thread, where it runs its own event loop.
class PackageDownloader
{
    Q_DECLARE_TR_FUNCTIONS(mm::net::PackageDownloader)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit PackageDownloader(DownloadPolicy policy = {});

    Result<void> download(const DownloadTarget& target, const Progress& progress, std::stop_token stop) const;

private:
    DownloadPolicy m_policy;
};

} // namespace mm::net
