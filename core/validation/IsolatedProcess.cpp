#include "core/validation/IsolatedProcess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool addressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool addressSanitizer = true;
#else
constexpr bool addressSanitizer = false;
#endif
#else
constexpr bool addressSanitizer = false;
#endif

// Bits the child writes to the status pipe before exec, saying which confinement took.
enum Granted : unsigned char
{
    NetworkNamespace = 1,
    UserNamespace = 2,
    NoNewPrivileges = 4,
    ResourceLimits = 8,
    MemoryLimit = 16,
    ProcessGroup = 32,
};

// Runs in the child between fork and exec: only system calls, no allocation, no locks.
struct ChildSetup
{
    qint64 memoryBytes;
    qint64 cpuSeconds;
    qint64 fileBytes;
    qint64 openFiles;
    bool root;
    int statusFd;

    void operator()() const
    {
        unsigned char granted = 0;
        if (::setpgid(0, 0) == 0)
            granted |= ProcessGroup;
        bool limits = true;
        auto limit = [&limits](int resource, qint64 value) {
            if (value <= 0)
                return;
            const rlimit r{rlim_t(value), rlim_t(value)};
            if (::setrlimit(resource, &r) != 0)
                limits = false;
        };
        limit(RLIMIT_CPU, cpuSeconds);
        limit(RLIMIT_FSIZE, fileBytes);
        limit(RLIMIT_NOFILE, openFiles);
        const rlimit noCore{0, 0};
        if (::setrlimit(RLIMIT_CORE, &noCore) != 0)
            limits = false;
        if (limits)
            granted |= ResourceLimits;
        if (memoryBytes > 0) {
            const rlimit r{rlim_t(memoryBytes), rlim_t(memoryBytes)};
            if (::setrlimit(RLIMIT_AS, &r) == 0)
                granted |= MemoryLimit;
        }
        // A user namespace first when unprivileged: it is what lets an ordinary user create the
        // network namespace. Root needs none.
        if (root && ::unshare(CLONE_NEWNET) == 0)
            granted |= NetworkNamespace;
        else if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0)
            granted |= NetworkNamespace | UserNamespace;
        if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0)
            granted |= NoNewPrivileges;
        if (statusFd >= 0) {
            [[maybe_unused]] const ssize_t written = ::write(statusFd, &granted, 1);
        }
    }
};

QString describe(unsigned char granted, bool memoryWanted)
{
    QStringList words;
    if (!(granted & NetworkNamespace))
        words.append(
            IsolatedProcess::tr("no network namespace (unshare not permitted: the network stays reachable)"));
    else if (granted & UserNamespace)
        words.append(IsolatedProcess::tr("user and network namespaces (no network)"));
    else
        words.append(IsolatedProcess::tr("network namespace (no network)"));
    if (granted & ResourceLimits)
        words.append(IsolatedProcess::tr("CPU, file size and open file limits"));
    if (memoryWanted && (granted & MemoryLimit))
        words.append(IsolatedProcess::tr("memory limit"));
    else if (memoryWanted)
        words.append(IsolatedProcess::tr("memory measured, not limited"));
    if (granted & NoNewPrivileges)
        words.append(IsolatedProcess::tr("no new privileges"));
    if (granted & ProcessGroup)
        words.append(IsolatedProcess::tr("own process group killed on timeout"));
    return words.join(u", "_s);
}

void append(QByteArray& buffer, const QByteArray& chunk, qint64 cap, bool& truncated)
{
    const qint64 room = cap - buffer.size();
    if (room <= 0) {
        truncated = truncated || !chunk.isEmpty();
        return;
    }
    if (chunk.size() > room) {
        buffer.append(chunk.left(room));
        truncated = true;
    } else {
        buffer.append(chunk);
    }
}

QProcessEnvironment childEnvironment(const QString& workingDirectory)
{
    const QProcessEnvironment parent = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    // Only what a program needs to start: nothing of the parent's secrets or proxies.
    for (const QString& name : {u"PATH"_s, u"LD_LIBRARY_PATH"_s, u"ASAN_OPTIONS"_s, u"UBSAN_OPTIONS"_s,
                                u"LSAN_OPTIONS"_s, u"QT_PLUGIN_PATH"_s})
        if (parent.contains(name))
            env.insert(name, parent.value(name));
    env.insert(u"HOME"_s, workingDirectory);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

} // namespace

IsolatedProcess::IsolatedProcess(IsolationLimits limits)
    : m_limits(limits)
{}

bool IsolatedProcess::hasAddressLimit()
{
    return !addressSanitizer;
}

ProcessOutcome IsolatedProcess::run(const QString& program, const QStringList& arguments,
                                    const QString& workingDirectory, std::stop_token stop) const
{
    ProcessOutcome outcome;
    int status[2] = {-1, -1};
    if (::pipe2(status, O_CLOEXEC | O_NONBLOCK) != 0)
        status[0] = status[1] = -1;

    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(childEnvironment(workingDirectory));
    process.setStandardInputFile(QProcess::nullDevice());
    const qint64 memory = hasAddressLimit() ? m_limits.memoryBytes : 0;
    const qint64 cpu = m_limits.cpuSeconds > 0
                           ? m_limits.cpuSeconds
                           : qint64(std::chrono::ceil<std::chrono::seconds>(m_limits.timeout).count()) + 1;
    process.setChildProcessModifier(
        ChildSetup{memory, cpu, m_limits.fileBytes, m_limits.openFiles, ::geteuid() == 0, status[1]});
    process.start();
    const bool started = process.waitForStarted(10000);
    if (status[1] >= 0)
        ::close(status[1]);
    if (!started) {
        if (status[0] >= 0)
            ::close(status[0]);
        outcome.end = ProcessOutcome::End::FailedToStart;
        outcome.startError = process.errorString();
        return outcome;
    }
    const qint64 pid = process.processId();
    auto killGroup = [&] {
        // The child made itself a group leader; everything it forked goes with it.
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        process.kill();
    };

    const QDeadlineTimer deadline(m_limits.timeout);
    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(50);
        append(outcome.standardOutput, process.readAllStandardOutput(), m_limits.outputBytes,
               outcome.outputTruncated);
        append(outcome.standardError, process.readAllStandardError(), m_limits.outputBytes,
               outcome.outputTruncated);
        if (process.state() == QProcess::NotRunning)
            break;
        if (stop.stop_requested() || deadline.hasExpired()) {
            outcome.end =
                stop.stop_requested() ? ProcessOutcome::End::Cancelled : ProcessOutcome::End::TimedOut;
            killGroup();
            process.waitForFinished(5000);
            break;
        }
    }
    // Grandchildren left behind in the group (a checker's helpers) do not outlive the run.
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    append(outcome.standardOutput, process.readAllStandardOutput(), m_limits.outputBytes,
           outcome.outputTruncated);
    append(outcome.standardError, process.readAllStandardError(), m_limits.outputBytes,
           outcome.outputTruncated);

    unsigned char granted = 0;
    if (status[0] >= 0) {
        if (::read(status[0], &granted, 1) != 1)
            granted = 0;
        ::close(status[0]);
    }
    outcome.isolation = describe(granted, m_limits.memoryBytes > 0);
    if (outcome.end == ProcessOutcome::End::Exited) {
        if (process.exitStatus() == QProcess::CrashExit) {
            outcome.end = ProcessOutcome::End::Crashed;
            // QProcess does not say which signal; the exit code of a crashed child is the signal.
            outcome.signal = process.exitCode();
        } else {
            outcome.exitCode = process.exitCode();
        }
    }
    return outcome;
}

} // namespace mm::validation
