#include "core/install/InstallLock.h"

#include "core/install/InstallPaths.h"

namespace mm::install {

InstallLock::InstallLock(Private, const QString& path)
    : m_file(path)
{
    // Age alone never makes a lock stale: a long download must keep it. A dead holder still does.
    m_file.setStaleLockTime(0);
}

Result<std::unique_ptr<InstallLock>> InstallLock::acquire(const Profile& profile)
{
    const QString path = installLockPath(profile);
    auto lock = std::make_unique<InstallLock>(Private{}, path);
    if (lock->m_file.tryLock(0))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_file.getLockInfo(&pid, &host, &application);
        return fail(
            ErrorCode::Conflict,
            tr("Another operation is running on the profile %1 (pid %2)").arg(profile.directory()).arg(pid));
    }
    return fail(ErrorCode::Storage, tr("Cannot create the lock file %1").arg(path));
}

} // namespace mm::install
