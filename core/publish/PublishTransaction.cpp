#include "core/publish/PublishTransaction.h"

#include "core/crypto/Sha256.h"
#include "core/crypto/SignedEnvelope.h"
#include "core/publish/PublishApi.h"
#include "core/trust/PackageClaim.h"

#include <QFile>
#include <QMutex>
#include <QScopeGuard>
#include <QThreadPool>

#include <semaphore>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::publish {
namespace {

constexpr qint64 maxSignatureBytes = 256 * 1024;

std::optional<trust::PackageClaim> claimOf(const QByteArray& envelope)
{
    const auto parsed = crypto::SignedEnvelope::parse(envelope);
    if (!parsed)
        return std::nullopt;
    auto claim = trust::PackageClaim::fromPayload(parsed->payload());
    return claim ? std::optional(std::move(*claim)) : std::nullopt;
}

} // namespace

// What the pool thread and the transaction share: posts after the transaction is gone are
// dropped, the stop source reaches a request in flight, and `workerDone` tells the destructor
// that the worker has let go of its network objects.
struct PublishTransaction::Shared
{
    QMutex mutex;
    PublishTransaction* target = nullptr;
    std::stop_source stop;
    bool workerStarted = false;
    std::binary_semaphore workerDone{0};

    void post(std::function<void(PublishTransaction&)> call)
    {
        const QMutexLocker lock(&mutex);
        if (target)
            QMetaObject::invokeMethod(
                target, [transaction = target, call = std::move(call)] { call(*transaction); },
                Qt::QueuedConnection);
    }
};

PublishTransaction::PublishTransaction(QUrl marketplace, QString packagePath, QObject* parent)
    : Transaction(parent)
    , m_shared(std::make_shared<Shared>())
    , m_marketplace(std::move(marketplace))
    , m_packagePath(std::move(packagePath))
{
    m_shared->target = this;
}

PublishTransaction::~PublishTransaction()
{
    m_shared->stop.request_stop();
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->target = nullptr;
    }
    // The worker sees the stop within one chunk or one wake-up of its request (50 ms). Waiting for
    // it means nothing of the upload outlives its owner: a CLI that returns right after a cancel
    // would otherwise exit while the worker still holds a network connection.
    if (m_shared->workerStarted)
        m_shared->workerDone.acquire();
}

void PublishTransaction::run()
{
    setStatus(Status::Downloading);
    m_shared->workerStarted = true;
    QThreadPool::globalInstance()->start([shared = m_shared, marketplace = m_marketplace,
                                          path = m_packagePath] {
        const auto done = qScopeGuard([&shared] { shared->workerDone.release(); });
        const std::stop_token stop = shared->stop.get_token();
        auto finish = [&](Result<Submission> result) {
            shared->post([result = std::move(result)](PublishTransaction& t) mutable {
                if (t.isFinished())
                    return;
                if (!result) {
                    spdlog::warn("publish: {} failed: {}", t.m_packagePath.toStdString(),
                                 result.error().message.toStdString());
                    return t.finishFailed(result.error());
                }
                spdlog::info("publish: {} submitted as {}", t.m_packagePath.toStdString(),
                             result->id.toStdString());
                t.m_submission = std::move(*result);
                t.finishSucceeded();
            });
        };
        auto failWith = [&](ErrorCode code, const QString& message) { finish(fail(code, message)); };

        QFile signatures(path + u".sig"_s);
        if (!signatures.open(QIODevice::ReadOnly))
            return failWith(ErrorCode::NotFound, tr("%1 is not signed: %2.sig cannot be read (%3); run "
                                                    "\"modmarket-cli sign %1\" first")
                                                     .arg(path, path, signatures.errorString()));
        const QByteArray envelope = signatures.read(maxSignatureBytes + 1);
        if (envelope.size() > maxSignatureBytes)
            return failWith(
                ErrorCode::InvalidInput,
                tr("%1.sig is larger than %2 bytes").arg(path, QString::number(maxSignatureBytes)));

        QFile package(path);
        if (!package.open(QIODevice::ReadOnly))
            return failWith(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, package.errorString()));
        const auto sha = crypto::Sha256::hexOfFile(path);
        if (!sha)
            return finish(std::unexpected(sha.error()));
        const qint64 size = package.size();

        const PublishApi api(marketplace);
        auto state = api.startUpload(*sha, size);
        if (!state)
            return finish(std::unexpected(state.error()));
        const qint64 resumed = state->complete ? size : state->received;
        shared->post([resumed, size](PublishTransaction& t) {
            t.m_resumedFrom = resumed;
            if (!t.isFinished())
                t.setProgress(resumed, size);
        });

        QByteArray chunk;
        while (!state->complete) {
            if (stop.stop_requested())
                return failWith(ErrorCode::Cancelled, tr("The upload of %1 was cancelled.").arg(path));
            if (!package.seek(state->received))
                return failWith(ErrorCode::Storage,
                                tr("Cannot read %1: %2").arg(path, package.errorString()));
            chunk = package.read(std::min(PublishApi::chunkBytes, size - state->received));
            if (chunk.isEmpty())
                return failWith(ErrorCode::Storage,
                                tr("Cannot read %1: it changed while it was uploaded").arg(path));
            const qint64 before = state->received;
            state = api.putChunk(state->id, before, chunk, size, stop);
            if (!state)
                return finish(std::unexpected(state.error()));
            // A marketplace that moves backwards or not at all would make this loop forever.
            if (!state->complete && state->received <= before)
                return failWith(ErrorCode::Server, tr("The marketplace accepted no bytes of %1 at offset %2.")
                                                       .arg(path, QString::number(before)));
            shared->post([received = state->received, size](PublishTransaction& t) {
                if (!t.isFinished())
                    t.setProgress(received, size);
            });
        }
        if (stop.stop_requested())
            return failWith(ErrorCode::Cancelled, tr("The upload of %1 was cancelled.").arg(path));
        shared->post([](PublishTransaction& t) {
            if (!t.isFinished())
                t.setStatus(Status::Committing);
        });
        auto submitted = api.submit(state->id, envelope, stop);
        // A submit that went through before an earlier run was interrupted: the marketplace has
        // this very package under review already, which is what this run wanted.
        if (!submitted && submitted.error().code == ErrorCode::Conflict)
            if (const auto claim = claimOf(envelope))
                if (auto existing = api.validation(claim->id, claim->version);
                    existing && existing->sha256 == *sha && existing->size == size)
                    submitted = std::move(*existing);
        finish(std::move(submitted));
    });
}

void PublishTransaction::abort()
{
    m_shared->stop.request_stop();
}

} // namespace mm::publish
