#include "core/resolver/PackageTable.h"

#include "core/resolver/TextHash.h"

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
    package.sorted = std::is_sorted(package.versions.cbegin(), package.versions.cend());
    if (installed != m_installed.cend() && !m_unlockAll && !m_unlocked.contains(package.id))
        package.preferred = package.versions.indexOf(*installed);
}

VersionSet PackageTable::matching(int package, const semver::Range& range, const QString& label) const
{
    const std::size_t hash = textHash(label);
    if (m_matching.size() <= std::size_t(package))
        m_matching.resize(std::size_t(package) + 1);
    auto& cached = m_matching[std::size_t(package)];
    for (const Matched& m : cached)
        if (m.hash == hash && *m.label == label && m.range == range)
            return m.set;
    const auto& versions = (*this)[package].versions;
    const QString* text = &m_labels.emplace_back(label);
    // "*" says nothing a bare id does not; other labels are quoted as written.
    VersionSet set = VersionSet::none(versions.size(), range.isAny() ? nullptr : text);
    // With one comparator set, a version outside any comparator's bound cannot match: test only
    // the window all bounds leave (when the versions are ascending), since testing every version
    // against every range is most of learning a package's facts.
    qsizetype first = 0;
    qsizetype end = versions.size();
    bool bounded = false;
    if (const auto& sets = range.comparatorSets(); sets.size() == 1 && (*this)[package].sorted) {
        bounded = true;
        using Op = semver::Comparator::Op;
        // Precedence compares major, minor and patch first: doing that inline leaves the full
        // comparison (prerelease identifiers) to versions of the same release.
        const auto less = [](const semver::Version& a, const semver::Version& b) {
            if (a.major() != b.major())
                return a.major() < b.major();
            if (a.minor() != b.minor())
                return a.minor() < b.minor();
            if (a.patch() != b.patch())
                return a.patch() < b.patch();
            return a < b;
        };
        const auto lower = [&](const semver::Version& v) {
            return std::lower_bound(versions.cbegin(), versions.cend(), v, less) - versions.cbegin();
        };
        const auto upper = [&](const semver::Version& v) {
            return std::upper_bound(versions.cbegin(), versions.cend(), v, less) - versions.cbegin();
        };
        for (const semver::Comparator& c : sets.front()) {
            if (c.op == Op::GreaterEqual || c.op == Op::Equal)
                first = std::max(first, lower(c.version));
            if (c.op == Op::Greater)
                first = std::max(first, upper(c.version));
            if (c.op == Op::Less)
                end = std::min(end, lower(c.version));
            if (c.op == Op::LessEqual || c.op == Op::Equal)
                end = std::min(end, upper(c.version));
        }
    }
    // Inside the window every comparator holds, so only the prerelease rule can still exclude a
    // version: releases need no test. Without a window (several sets) `bounded` is false.
    for (qsizetype i = first; i < end; ++i)
        if ((bounded && !versions[i].isPrerelease()) || range.satisfies(versions[i]))
            set.insert(i);
    cached.push_back(Matched{hash, text, range, set});
    return set;
}

} // namespace mm::resolver
