#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace mm::secrets {

// What a finished QtKeychain job reported.
struct KeychainOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data; // the secret, for a read
};

// The one thread every QtKeychain job of the process runs on. QtKeychain queues its jobs through
// a process-wide executor that is not thread-safe and stays bound to the thread that started the
// first job: jobs started from pool threads that later exit would stall every job after them.
// Internal to core/secrets; everything else goes through SecretStore.
class KeychainThread
{
    Q_DECLARE_TR_FUNCTIONS(mm::secrets::KeychainThread)

public:
    using JobFactory = std::function<QKeychain::Job*(QObject* parent)>;

    static KeychainThread& instance();
    ~KeychainThread();
    KeychainThread(const KeychainThread&) = delete;
    KeychainThread& operator=(const KeychainThread&) = delete;

    // Makes the job on the keychain thread, starts it and waits up to `timeout` for it. The job
    // is never told to fall back to an insecure store. When it does not finish in time the caller
    // gets Unavailable and the job finishes unobserved.
    Result<KeychainOutcome> run(JobFactory makeJob, std::chrono::milliseconds timeout);

private:
    KeychainThread() = default;
    QObject* ensureRunning(); // with m_mutex held
    void stop();
    static void stopInstance();

    std::mutex m_mutex;
    std::unique_ptr<QThread> m_thread;
    QObject* m_jobParent = nullptr; // lives on m_thread and goes with it
    bool m_stopped = false;
};

} // namespace mm::secrets
