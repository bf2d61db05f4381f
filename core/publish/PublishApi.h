#pragma once

#include "core/common/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecretKey.h"
#include "core/publish/Submission.h"
#include "core/semver/Version.h"
#include "core/validation/Advisory.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>
#include <optional>
#include <stop_token>

namespace mm::publish {

// An upload the marketplace is receiving: how many bytes it has of how many.
struct UploadState
{
    QString id; // "up-<uuid>"
    qint64 received = 0;
    qint64 size = 0;
    bool complete = false;
};

// The developer routes of modmarketd (docs/developers/api.md), blocking: for worker threads and
// the CLI. A refusal carries the marketplace's own sentence.
class PublishApi
{
    Q_DECLARE_TR_FUNCTIONS(mm::publish::PublishApi)

public:
    static constexpr qint64 chunkBytes = 1024 * 1024;

    explicit PublishApi(QUrl marketplace);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    const QUrl& marketplace() const { return m_marketplace; }

    // POST /publishers/:id/keys. A publisher's first key creates it (with `displayName`); a
    // further key must be endorsed by one it already has. Returns the registered key's id.
    Result<QString> registerKey(const QString& publisher, const crypto::SecretKey& key,
                                const QString& displayName,
                                const crypto::SecretKey* endorsingKey = nullptr) const;

    // POST /uploads: a new upload, or the unfinished one of the same bytes (so a rerun resumes).
    Result<UploadState> startUpload(const QString& sha256, qint64 size) const;
    Result<UploadState> upload(const QString& uploadId) const;
    // PUT /uploads/:id with Content-Range "bytes offset-(offset+size-1)/total".
    Result<UploadState> putChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes,
                                 qint64 total, std::stop_token stop = {}) const;

    // POST /modules/submit with the package's signature envelope (the .sig file's bytes).
    Result<Submission> submit(const QString& uploadId, const QByteArray& signatures,
                              std::stop_token stop = {}) const;
    Result<Submission> submission(const QString& submissionId) const;
    // GET /modules/:id/validation: the newest submission of the module (of `version` if given).
    Result<Submission> validation(const QString& moduleId, const QString& version = {}) const;
    Result<QList<Submission>> submissions(const QString& publisher) const;

    Result<QList<validation::Advisory>> advisories() const;
    Result<QList<semver::Version>> hostVersions() const;

private:
    QUrl endpoint(const QString& route) const;

    QUrl m_marketplace;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace mm::publish
