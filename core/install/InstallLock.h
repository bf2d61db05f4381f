#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace mm {
class Profile;
}

namespace mm::install {

// The profile's install lock (<profile>/install.lock): one operation or recovery at a time, across
// processes. A lock left by a process that died is taken over.
class InstallLock
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::InstallLock)

    struct Private
    {};

public:
    // Fails with ErrorCode::Conflict, naming the holder's pid, when another operation runs.
    static Result<std::unique_ptr<InstallLock>> acquire(const Profile& profile);
    InstallLock(Private, const QString& path); // use acquire()

private:
    QLockFile m_file;
};

} // namespace mm::install
