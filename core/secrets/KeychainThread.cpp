#include "core/secrets/KeychainThread.h"

#include <condition_variable>
#include <optional>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::secrets {
namespace {

// Shared by the waiting caller and the job's completion, which may arrive after the caller gave up.
struct Pending
{
    std::mutex mutex;
    std::condition_variable done;
    std::optional<KeychainOutcome> outcome;
};

} // namespace

KeychainThread& KeychainThread::instance()
{
    static KeychainThread thread;
    return thread;
}

KeychainThread::~KeychainThread()
{
    stop();
}

void KeychainThread::stopInstance()
{
    instance().stop();
}

Result<KeychainOutcome> KeychainThread::run(JobFactory makeJob, std::chrono::milliseconds timeout)
{
    auto pending = std::make_shared<Pending>();
    {
        // Posting under the lock keeps stop() from removing the job parent in between.
        const std::lock_guard lock(m_mutex);
        QObject* jobParent = ensureRunning();
        if (!jobParent)
            return fail(ErrorCode::Unavailable,
                        tr("The keychain cannot be used before the application starts or after it ends."));
        Q_ASSERT(QThread::currentThread() != m_thread.get());
        QMetaObject::invokeMethod(
            jobParent,
            [jobParent, makeJob = std::move(makeJob), pending] {
                QKeychain::Job* job = makeJob(jobParent);
                job->setAutoDelete(false); // owned by its parent until deleteLater below
                job->setInsecureFallback(false);
                QObject::connect(
                    job, &QKeychain::Job::finished, jobParent, [pending](QKeychain::Job* finished) {
                        KeychainOutcome outcome{finished->error(), finished->errorString(), {}};
                        if (const auto* read = qobject_cast<const QKeychain::ReadPasswordJob*>(finished))
                            outcome.data = read->binaryData();
                        {
                            const std::lock_guard done(pending->mutex);
                            pending->outcome = std::move(outcome);
                        }
                        pending->done.notify_all();
                        finished->deleteLater();
                    });
                job->start();
            },
            Qt::QueuedConnection);
    }
    std::unique_lock lock(pending->mutex);
    if (!pending->done.wait_for(lock, timeout, [&pending] { return pending->outcome.has_value(); })) {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(timeout).count();
        spdlog::warn("keychain: no answer within {} s", seconds);
        return fail(ErrorCode::Unavailable,
                    tr("The keychain did not answer within %n second(s); it may be waiting for a password "
                       "prompt that nobody can see.",
                       nullptr, int(seconds)));
    }
    return std::move(*pending->outcome);
}

QObject* KeychainThread::ensureRunning()
{
    if (m_stopped || !QCoreApplication::instance())
        return nullptr;
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"keychain"_s);
        auto jobParent = std::make_unique<QObject>();
        jobParent->moveToThread(m_thread.get());
        m_jobParent = jobParent.release(); // deleted on its own thread once the thread finishes
        QObject::connect(m_thread.get(), &QThread::finished, m_jobParent, &QObject::deleteLater);
        m_thread->start();
        // ~QCoreApplication runs this: a QThread must not outlive the event system it belongs to.
        qAddPostRoutine(&KeychainThread::stopInstance);
    }
    return m_jobParent;
}

void KeychainThread::stop()
{
    std::unique_ptr<QThread> thread;
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_jobParent = nullptr;
        thread = std::move(m_thread);
    }
    if (!thread)
        return;
    thread->quit();
    // Jobs are asynchronous, so the thread only stays busy if the keychain library blocks inside a
    // call; destroying a running QThread would abort, so such a thread is left to the process exit.
    if (!thread->wait(QDeadlineTimer(std::chrono::seconds(5)))) {
        spdlog::warn("keychain: the keychain thread did not stop; leaving it to the process exit");
        static QThread* const abandoned = thread.release();
        Q_UNUSED(abandoned);
    }
}

} // namespace mm::secrets
