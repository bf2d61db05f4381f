#include "core/validation/ValidationTransaction.h"

#include <QMutex>
#include <QPointer>
#include <QThreadPool>

namespace mm::validation {

// What the worker and the transaction share: the stop source, and the transaction to post to
// until it is destroyed (after which the worker's posts are dropped).
struct ValidationTransaction::Shared
{
    QMutex mutex;
    ValidationTransaction* target = nullptr;
    std::stop_source stop;

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
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->target = nullptr;
}

void ValidationTransaction::run()
{
    // "Downloading" is the working state of every transaction; validation has no commit point.
    setStatus(Status::Downloading);
    QThreadPool::globalInstance()->start([shared = m_shared, context = m_context, path = m_path] {
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
