#pragma once

#include "core/common/Error.h"
#include "core/crypto/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <chrono>
#include <functional>
#include <stop_token>

namespace mm::net {

// One HTTP GET of a package into its partial file, appending from `file`'s current end with a
// Range request. The hash covers every byte in the file, so a resumed download is checked whole.
class DownloadAttempt
{
    Q_DECLARE_TR_FUNCTIONS(mm::net::DownloadAttempt)

public:
    enum class Outcome
    {
        Complete,  // the file holds the declared length
        Retryable, // a network failure or a 5xx: try again from where the file ends
        Fatal,     // the server misbehaved or refused: stop
    };
    struct Result
    {
        Outcome outcome = Outcome::Fatal;
        Error error;
    };

    DownloadAttempt(QFile& file, crypto::Sha256& hash, qint64 declaredSize,
                    std::function<void(qint64, qint64)> progress);

    Result run(const QUrl& url, std::chrono::milliseconds stallTimeout, std::stop_token stop);

private:
    QFile& m_file;
    crypto::Sha256& m_hash;
    qint64 m_size;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace mm::net
