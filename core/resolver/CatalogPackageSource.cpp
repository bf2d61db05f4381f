#include "core/resolver/CatalogPackageSource.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::resolver {

CatalogPackageSource::CatalogPackageSource(const QList<catalog::ModuleRecord>& modules,
                                           catalog::HostPlatform host)
    : m_host(std::move(host))
{
    for (const auto& module : modules)
        m_modules.insert(module.id, module);
}

CatalogPackageSource::CatalogPackageSource(Loader loader, catalog::HostPlatform host)
    : m_loader(std::move(loader))
    , m_host(std::move(host))
{}

QStringList CatalogPackageSource::ids() const
{
    QStringList ids = m_modules.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<QList<Candidate>> CatalogPackageSource::candidates(const QString& id) const
{
    auto it = m_modules.constFind(id);
    if (it == m_modules.cend() && m_loader) {
        auto loaded = m_loader(id);
        if (!loaded)
            return std::nullopt;
        it = m_modules.insert(id, std::move(*loaded));
    }
    if (it == m_modules.cend())
        return std::nullopt;
    QList<Candidate> out;
    for (const auto& info : it->versions) {
        // ModuleRecord has checked the version; a failure here would mean a record built by
        // hand, and such a version is simply not offered.
        if (semver::Version::parse(info.version))
            out.append(convert(info));
    }
    // Newest first; versions equal but for build metadata are ordered by their text, so the
    // order never depends on the sort algorithm.
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        if (a.version != b.version)
            return b.version < a.version;
        return a.version.toString() < b.version.toString();
    });
    return out;
}

Candidate CatalogPackageSource::convert(const catalog::VersionInfo& info) const
{
    Candidate c;
    c.version = *semver::Version::parse(info.version);
    c.size = info.size;
    c.unavailableReason = unavailableReason(info);
    auto convertAll = [&c](const QList<catalog::Requirement>& requirements, QList<Dependency>& out) {
        for (const auto& r : requirements) {
            auto range = semver::Range::parse(r.range);
            if (!range) {
                c.unavailableReason = tr("has an invalid range for %1").arg(r.id);
                continue;
            }
            out.append(Dependency{r.id, *range, r.range});
        }
    };
    convertAll(info.dependencies, c.dependencies);
    convertAll(info.conflicts, c.conflicts);
    c.available = c.unavailableReason.isEmpty();
    return c;
}

QString CatalogPackageSource::unavailableReason(const catalog::VersionInfo& info) const
{
    // HostPlatform decides; this only words it as a predicate, so a derivation can read
    // "crm-sync 3.0.0 needs host platform >=7.0.0".
    using Kind = catalog::HostPlatform::Rejection::Kind;
    const auto r = m_host.rejection(info);
    if (!r)
        return {};
    switch (r->kind) {
    case Kind::InvalidHostRange:
        return tr("has an invalid host platform range \"%1\"").arg(r->required);
    case Kind::HostVersion:
        return tr("needs host platform %1").arg(r->required);
    case Kind::Os:
        return tr("runs on %1 only").arg(r->required);
    case Kind::Arch:
        return tr("is built for %1 only").arg(r->required);
    case Kind::Tier:
        return tr("needs the %1 tier, above this tenant's %2")
            .arg(licensing::tierDisplayName(
                     licensing::tierFromName(r->required).value_or(licensing::Tier::Free)),
                 licensing::tierDisplayName(m_host.tier));
    }
    return {};
}

} // namespace mm::resolver
