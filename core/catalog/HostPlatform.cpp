#include "core/catalog/HostPlatform.h"

#include "core/semver/Range.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace mm::catalog {

HostPlatform HostPlatform::forThisMachine(const semver::Version& hostVersion)
{
    HostPlatform host{hostVersion, u"linux"_s, u"x86_64"_s};
#if defined(Q_OS_WIN)
    host.os = u"windows"_s;
#elif defined(Q_OS_MACOS)
    host.os = u"macos"_s;
#endif
    const QString cpu = QSysInfo::currentCpuArchitecture();
    if (cpu == u"arm64")
        host.arch = u"arm64"_s;
    return host;
}

std::optional<HostPlatform::Rejection> HostPlatform::rejection(const VersionInfo& info) const
{
    const auto range = semver::Range::parse(info.hostRange);
    if (!range)
        return Rejection{Rejection::Kind::InvalidHostRange, info.hostRange};
    if (!range->satisfies(version))
        return Rejection{Rejection::Kind::HostVersion, info.hostRange};
    if (!info.os.isEmpty() && !info.os.contains(os))
        return Rejection{Rejection::Kind::Os, info.os.join(u", "_s)};
    if (!info.arch.isEmpty() && !info.arch.contains(arch))
        return Rejection{Rejection::Kind::Arch, info.arch.join(u", "_s)};
    const auto needed = licensing::tierFromName(info.minTier);
    if (needed && !licensing::tierAllows(tier, *needed))
        return Rejection{Rejection::Kind::Tier, info.minTier};
    return std::nullopt;
}

QString HostPlatform::rejectionReason(const VersionInfo& info) const
{
    const auto r = rejection(info);
    if (!r)
        return {};
    switch (r->kind) {
    case Rejection::Kind::InvalidHostRange:
        return tr("its host platform range \"%1\" is invalid").arg(r->required);
    case Rejection::Kind::HostVersion:
        return tr("it needs host platform %1, this is %2").arg(r->required, version.toString());
    case Rejection::Kind::Os:
        return tr("it runs on %1 only, this is %2").arg(r->required, os);
    case Rejection::Kind::Arch:
        return tr("it is built for %1 only, this is %2").arg(r->required, arch);
    case Rejection::Kind::Tier:
        return tr("it needs the %1 tier, this tenant has %2")
            .arg(licensing::tierDisplayName(
                     licensing::tierFromName(r->required).value_or(licensing::Tier::Free)),
                 licensing::tierDisplayName(tier));
    }
    return {};
}

bool HostPlatform::accepts(const VersionInfo& info) const
{
    return !rejection(info);
}

const VersionInfo* HostPlatform::newestAccepted(const ModuleRecord& module) const
{
    // Versions are stored newest first; prereleases are only chosen when nothing stable fits.
    const VersionInfo* prerelease = nullptr;
    for (const auto& info : module.versions) {
        if (!accepts(info))
            continue;
        const auto parsed = semver::Version::parse(info.version);
        if (parsed && parsed->isPrerelease()) {
            if (!prerelease)
                prerelease = &info;
            continue;
        }
        return &info;
    }
    return prerelease;
}

QString HostPlatform::key() const
{
    return version.toString() + u'/' + os + u'/' + arch + u'/' + licensing::tierName(tier);
}

} // namespace mm::catalog
