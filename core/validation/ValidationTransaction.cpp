#include "core/validation/ValidationTransaction.h"

#include <QMutex>
#include <QPointer>
#include <QScopeGuard>
#include <QThreadPool>

#include <semaphore>

namespace mm::validation {

// What the worker and the transaction share: the stop source, the transaction to post to
// until it is destroyed (after which the worker's posts are dropped), and `workerDone`, which
// tells the destructor that the pipeline has stopped and removed its temporary folder.
struct ValidationTransaction::Shared
{
    QMutex mutex;
    ValidationTransaction* target = nullptr;
    std::stop_source stop;
    bool workerStarted = false;
    std::binary_semaphore workerDone{0};

    void post(std::function<void(ValidationTransaction&)> call)
    {
        const QMutexLocker lock(&mutex);
        if (target)
            QMetaObject::invokeMethod(
                target, [transaction = target, call = std::move(call)] { call(*transaction); },
                Qt::QueuedConnection);
    }
};

ValidationTransaction::ValidationTransaction(ValidationContext context, QString path, QObject* parent)
    : Transaction(parent)
    , m_shared(std::make_shared<Shared>())
    , m_context(std::move(context))
    , m_path(std::move(path))
{
    m_shared->target = this;
}

ValidationTransaction::~ValidationTransaction()
{
    m_shared->stop.request_stop();
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->target = nullptr;
    }
    // The pipeline stops at its next check and kills a running checker at once; waiting for it
    // keeps a closing program from leaving the extracted module behind in the temporary folder.
    if (m_shared->workerStarted)
        m_shared->workerDone.acquire();
}

void ValidationTransaction::run()
{
    // "Downloading" is the working state of every transaction; validation has no commit point.
    setStatus(Status::Downloading);
    m_shared->workerStarted = true;
    QThreadPool::globalInstance()->start([shared = m_shared, context = m_context, path = m_path] {
        const auto done = qScopeGuard([&shared] { shared->workerDone.release(); });
        const ValidationPipeline pipeline(context);
        auto result =
            pipeline.run(path, shared->stop.get_token(), [&shared](int step, int steps, const QString& what) {
                shared->post([step, steps, what](ValidationTransaction& t) {
                    if (t.isFinished())
                        return;
                    t.setProgress(step, steps);
                    Q_EMIT t.stepStarted(what);
                });
            });
        shared->post([result = std::move(result)](ValidationTransaction& t) {
            if (t.isFinished())
                return;
            if (!result) {
                t.finishFailed(result.error());
                return;
            }
            t.m_report = *result;
            t.setProgress(t.progressTotal(), t.progressTotal());
            t.finishSucceeded();
        });
    });
}

void ValidationTransaction::abort()
{
    // The pipeline stops between checks and kills a running checker or probe.
    m_shared->stop.request_stop();
}

} // namespace mm::validation
