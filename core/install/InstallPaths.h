#pragma once

#include "core/profile/Profile.h"

namespace mm::install {

// <profile>/staging: on the same file system as the modules root, so placing is a rename().
inline QString stagingRoot(const Profile& profile)
{
    return profile.stagingDirectory();
}

inline QString installLockPath(const Profile& profile)
{
    return profile.directory() + QStringLiteral("/install.lock");
}

} // namespace mm::install
