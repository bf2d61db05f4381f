#include "core/resolver/PackageSource.h"

#include <algorithm>

namespace mm::resolver {

PackageSource::~PackageSource() = default;

namespace {

QList<Dependency> toDependencies(const MemoryPackageSource::Requirements& requirements)
{
    QList<Dependency> out;
    for (const auto& [id, text] : requirements) {
        auto range = semver::Range::parse(text);
        Q_ASSERT(range);
        out.append(Dependency{id, range.value_or(semver::Range::any()), text});
    }
    return out;
}

} // namespace

void MemoryPackageSource::add(const QString& id, const QString& version, const Requirements& dependencies,
                              const Requirements& conflicts, const QString& unavailableReason, qint64 size)
{
    auto parsed = semver::Version::parse(version);
    Q_ASSERT(parsed);
    Candidate c{parsed.value_or(semver::Version()),
                toDependencies(dependencies),
                toDependencies(conflicts),
                unavailableReason.isEmpty(),
                unavailableReason,
                size};
    auto& list = m_modules[id];
    const auto at = std::find_if(list.begin(), list.end(),
                                 [&c](const Candidate& other) { return other.version < c.version; });
    list.insert(at, std::move(c));
}

std::optional<QList<Candidate>> MemoryPackageSource::candidates(const QString& id) const
{
    const auto it = m_modules.constFind(id);
    if (it == m_modules.cend())
        return std::nullopt;
    return *it;
}

} // namespace mm::resolver
