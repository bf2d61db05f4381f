#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <stop_token>

namespace mm::validation {

// What a confined child may use. Zero means no limit of that kind.
struct IsolationLimits
{
    qint64 memoryBytes = 0; // RLIMIT_AS; ignored in an AddressSanitizer build (see hasAddressLimit())
    qint64 cpuSeconds = 0;
    qint64 fileBytes = 64LL * 1024 * 1024; // largest file the child may write
    qint64 openFiles = 256;
    std::chrono::milliseconds timeout{60000}; // wall clock; the whole process group is killed after it
    qint64 outputBytes = 4LL * 1024 * 1024;   // of stdout and of stderr each; the rest is dropped
};

struct ProcessOutcome
{
    enum class End
    {
        Exited,
        Crashed, // ended by a signal
        TimedOut,
        FailedToStart,
        Cancelled
    };
    End end = End::Exited;
    int exitCode = 0;
    int signal = 0;
    QByteArray standardOutput;
    QByteArray standardError;
    bool outputTruncated = false;
    QString isolation; // what the child actually got, in words ("network namespace, resource limits")
    QString startError;
};

// Runs a program the pipeline does not trust (a code checker, the example host loading a
// module's plugin) confined as far as this machine allows: resource limits, no new privileges,
// a network namespace of its own (no network at all) when unshare() is permitted, and a process
// group of its own so a timeout kills everything it started. Blocking; call on a worker thread.
class IsolatedProcess
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::IsolatedProcess)

public:
    explicit IsolatedProcess(IsolationLimits limits);

    ProcessOutcome run(const QString& program, const QStringList& arguments, const QString& workingDirectory,
                       std::stop_token stop = {}) const;

    // False in an AddressSanitizer build, whose shadow memory does not fit under RLIMIT_AS: the
    // memory limit is then left out and only measured.
    static bool hasAddressLimit();

private:
    IsolationLimits m_limits;
};

} // namespace mm::validation
