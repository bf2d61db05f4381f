#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace mm::server::accounts {

// Where password hashing runs: Argon2id takes tens of milliseconds and 64 MiB per call, so it runs
// on two threads of its own (a flood of logins queues here instead of stalling the event loop or
// exhausting memory), and `done` runs back on the thread that owns this object. Destroying the
// pool waits for the hashing in progress and drops the answers not delivered yet, so no
// continuation ever runs after the server is gone.
class HashingPool : public QObject
{
public:
    explicit HashingPool(int threads = 2);
    ~HashingPool() override;

    template <typename T>
    void run(std::function<T()> work, std::function<void(T)> done);

    // Runs what is queued now to completion (operator commands, tests).
    void waitForDone() { m_pool.waitForDone(); }

private:
    QThreadPool m_pool;
};

template <typename T>
void HashingPool::run(std::function<T()> work, std::function<void(T)> done)
{
    m_pool.start([this, work = std::move(work), done = std::move(done)]() mutable {
        T result = work();
        // `done` moves into the queued call, so what it holds (a responder) is destroyed on this
        // object's thread, whether it runs or is dropped with the object.
        QMetaObject::invokeMethod(
            this, [result = std::move(result), done = std::move(done)]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    });
}

} // namespace mm::server::accounts
