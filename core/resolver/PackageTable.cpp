#include "core/resolver/PackageTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::resolver {

PackageTable::PackageTable(const PackageSource& source, QHash<QString, semver::Version> installed,
                           QStringList unlocked, bool unlockAll)
    : m_source(source)
    , m_installed(std::move(installed))
    , m_unlocked(std::move(unlocked))
    , m_unlockAll(unlockAll)
{
    Package root;
    root.inCatalog = true;
    root.candidates.append(Candidate{});
    root.versions.append(semver::Version());
    root.expanded = true; // its facts are the request, added by the Resolver
    m_packages.push_back(std::move(root));
}

int PackageTable::indexOf(const QString& id)
{
    if (const auto it = m_index.constFind(id); it != m_index.cend())
        return *it;
    Package package;
    package.id = id;
    load(package);
    m_packages.push_back(std::move(package));
    const int index = size() - 1;
    m_index.insert(id, index);
    return index;
}

void PackageTable::load(Package& package)
{
    auto listed = m_source.candidates(package.id);
    package.inCatalog = listed.has_value();
    if (listed) {
        package.candidates = std::move(*listed);
        std::reverse(package.candidates.begin(), package.candidates.end());
    }
    const auto installed = m_installed.constFind(package.id);
    if (installed != m_installed.cend()) {
        const auto same = [&](const Candidate& c) { return c.version == *installed; };
        if (std::none_of(package.candidates.cbegin(), package.candidates.cend(), same)) {
            // Withdrawn from the catalog: keep it choosable (it is already here), with no
            // dependencies we could know of.
            const auto at = std::find_if(package.candidates.begin(), package.candidates.end(),
                                         [&](const Candidate& c) { return *installed < c.version; });
            package.candidates.insert(at, Candidate{*installed, {}, {}, true, {}, 0});
        }
    }
    for (const auto& c : package.candidates)
        package.versions.append(c.version);
    if (installed != m_installed.cend() && !m_unlockAll && !m_unlocked.contains(package.id))
        package.preferred = package.versions.indexOf(*installed);
}

VersionSet PackageTable::matching(int package, const semver::Range& range, const QString& label) const
{
    const auto& versions = (*this)[package].versions;
    QBitArray bits(versions.size(), false);
    for (qsizetype i = 0; i < versions.size(); ++i)
        if (range.satisfies(versions[i]))
            bits.setBit(i);
    // "*" says nothing a bare id does not; other labels are quoted as written.
    return VersionSet(std::move(bits), range.isAny() ? QString() : label);
}

} // namespace mm::resolver
