#include "core/validation/ResolvabilityCheck.h"

#include "core/resolver/CatalogPackageSource.h"
#include "core/resolver/Resolver.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

// The catalog with the version under test added (replacing a listed version of the same number).
class WithCandidate final : public resolver::PackageSource
{
public:
    WithCandidate(const resolver::PackageSource& catalog, QString id, resolver::Candidate candidate)
        : m_catalog(catalog)
        , m_id(std::move(id))
        , m_candidate(std::move(candidate))
    {}

    std::optional<QList<resolver::Candidate>> candidates(const QString& id) const override
    {
        auto listed = m_catalog.candidates(id);
        if (id != m_id)
            return listed;
        QList<resolver::Candidate> out = listed.value_or(QList<resolver::Candidate>{});
        out.removeIf([this](const resolver::Candidate& c) { return c.version == m_candidate.version; });
        out.append(m_candidate);
        std::sort(out.begin(), out.end(), [](const resolver::Candidate& a, const resolver::Candidate& b) {
            return b.version < a.version;
        });
        return out;
    }

private:
    const resolver::PackageSource& m_catalog;
    QString m_id;
    resolver::Candidate m_candidate;
};

// The OS and architecture the module is resolved for: this marketplace's reference platform
// when the module runs there, else the first it names.
QString pick(const QStringList& allowed, const QString& preferred)
{
    return allowed.isEmpty() || allowed.contains(preferred) ? preferred : allowed.front();
}

} // namespace

ResolvabilityCheck::ResolvabilityCheck(CatalogLookup& catalog, const QList<semver::Version>& hostVersions,
                                       FindingSink& sink)
    : m_catalog(catalog)
    , m_hostVersions(hostVersions)
    , m_sink(sink)
{}

void ResolvabilityCheck::run(const ModuleTree& tree)
{
    const QString check = u"resolve"_s;
    if (!tree.manifest) {
        m_sink.skipped(check, tr("There is no valid manifest to resolve."));
        return;
    }
    if (m_hostVersions.isEmpty()) {
        m_sink.skipped(check, tr("No supported host versions are known."));
        return;
    }
    const package::Manifest& manifest = *tree.manifest;
    const catalog::VersionInfo& info = manifest.record.versions.front();
    const auto hostRange = semver::Range::parse(info.hostRange);
    QList<semver::Version> admitted;
    for (const auto& v : m_hostVersions)
        if (hostRange && hostRange->satisfies(v))
            admitted.append(v);
    if (admitted.isEmpty()) {
        QStringList supported;
        for (const auto& v : m_hostVersions)
            supported << v.toString();
        m_sink.add(u"resolve.no-host"_s, Severity::Warning, u"module.json"_s, 0,
                   tr("The host range \"%1\" admits none of the supported host versions (%2).")
                       .arg(info.hostRange, supported.join(u", "_s)));
        m_sink.ran(check);
        return;
    }

    const QString exactText = u"="_s + manifest.version.toString();
    auto exact = semver::Range::parse(exactText);
    if (!exact) {
        m_sink.skipped(check,
                       tr("The version %1 cannot be asked for exactly.").arg(manifest.version.toString()));
        return;
    }
    resolver::Request request;
    request.install.append(resolver::Request::Install{manifest.id, *exact, manifest.version.toString()});
    QStringList resolvedOn;
    for (const auto& hostVersion : admitted) {
        catalog::HostPlatform host;
        host.version = hostVersion;
        host.os = pick(info.os, u"linux"_s);
        host.arch = pick(info.arch, u"x86_64"_s);
        // The highest tier, so a paid module's tier never reads as a dependency problem.
        host.tier = licensing::Tier::Enterprise;
        const resolver::CatalogPackageSource catalogSource(
            [this](const QString& id) { return m_catalog.module(id); }, host);
        const resolver::CatalogPackageSource own(QList<catalog::ModuleRecord>{manifest.record}, host);
        const auto candidates = own.candidates(manifest.id);
        if (!candidates || candidates->isEmpty())
            continue;
        const WithCandidate source(catalogSource, manifest.id, candidates->front());
        const auto plan = resolver::Resolver(source).resolve({}, request);
        if (!plan)
            m_sink.add(u"resolve.unresolvable"_s, Severity::Error, u"module.json"_s, 0,
                       tr("On host version %1 (%2, %3) it cannot be installed: %4")
                           .arg(hostVersion.toString(), host.os, host.arch, plan.error().message));
        else
            resolvedOn << hostVersion.toString();
    }
    m_sink.ran(check,
               resolvedOn.isEmpty() ? QString() : tr("Resolves on host %1.").arg(resolvedOn.join(u", "_s)));
}

} // namespace mm::validation
