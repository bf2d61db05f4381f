#pragma once

#include "core/catalog/ModuleRecord.h"
#include "core/licensing/Tier.h"
#include "core/semver/Version.h"

#include <optional>

namespace mm::catalog {

// Where this profile installs modules: the host platform's version, OS and CPU architecture, and
// the tenant's marketplace tier. A module version can be installed here only if its host range,
// OS list and architecture list allow it and its minimum tier is within the tenant's.
struct HostPlatform
{
    Q_DECLARE_TR_FUNCTIONS(mm::catalog::HostPlatform)

public:
    semver::Version version;
    QString os;   // linux, windows, macos
    QString arch; // x86_64, arm64
    licensing::Tier tier = licensing::Tier::Free;

    // This machine's OS and architecture with the given host platform version.
    static HostPlatform forThisMachine(const semver::Version& hostVersion);

    // Why a version cannot run here, as data, so each caller phrases it in its own words.
    struct Rejection
    {
        enum class Kind
        {
            InvalidHostRange,
            HostVersion,
            Os,
            Arch,
            Tier, // the version's minimum tier is above the tenant's
        };
        Kind kind;
        QString required; // the version's host range, OS list, architecture list or minimum tier
    };
    std::optional<Rejection> rejection(const VersionInfo& info) const;

    bool accepts(const VersionInfo& info) const;
    // Why `info` does not run here, for the detail view and the CLI; empty when it does.
    QString rejectionReason(const VersionInfo& info) const;
    // Newest version of `module` this host accepts.
    const VersionInfo* newestAccepted(const ModuleRecord& module) const;
    // Stable text form, stored with the cache so a change of host recomputes compatibility.
    QString key() const;
};

} // namespace mm::catalog
