#pragma once

#include "core/resolver/PackageSource.h"
#include "core/resolver/VersionSet.h"

#include <QHash>

#include <deque>
#include <vector>

namespace mm::resolver {

// What the solver knows about one package: its versions in ascending order (a VersionSet's
// bit i is versions[i]) and which one it would rather keep.
struct Package
{
    QString id;
    bool inCatalog = false;
    QList<Candidate> candidates; // ascending
    QList<semver::Version> versions;
    qsizetype preferred = -1; // the installed version, unless the request unlocks it
    bool expanded = false;    // its facts have been added to the solver
    bool sorted = true;       // versions ascending, as sources should but need not give them
};

// Packages by index, loaded from the source the first time they are named. Index 0 is the
// root: the request itself, with a single version.
class PackageTable
{
public:
    static constexpr int root = 0;

    // `installed`: versions kept in the table even if the catalog no longer lists them, so an
    // installed module that was withdrawn can stay where it is. `unlocked` lose their preference.
    PackageTable(const PackageSource& source, QHash<QString, semver::Version> installed, QStringList unlocked,
                 bool unlockAll);

    int indexOf(const QString& id); // loads on first use
    int find(const QString& id) const { return m_index.value(id, -1); }
    int size() const { return int(m_packages.size()); }
    const Package& operator[](int index) const { return m_packages[std::size_t(index)]; }
    Package& at(int index) { return m_packages[std::size_t(index)]; }

    VersionSet all(int package) const { return VersionSet::all((*this)[package].versions.size()); }
    // Cached: dependents of a module mostly repeat a few ranges, and matching tests every version.
    VersionSet matching(int package, const semver::Range& range, const QString& label) const;

private:
    void load(Package& package);

    // One range matched against one package's versions. Dependents of a package repeat a few
    // range texts, so entries are looked up per package by the text's hash, then text and range.
    struct Matched
    {
        std::size_t hash = 0;
        const QString* label; // in m_labels
        semver::Range range;
        VersionSet set;
    };

    const PackageSource& m_source;
    QHash<QString, semver::Version> m_installed;
    QStringList m_unlocked;
    bool m_unlockAll = false;
    std::vector<Package> m_packages;
    QHash<QString, int> m_index;
    mutable std::vector<std::vector<Matched>> m_matching; // by package
    mutable std::deque<QString> m_labels;                 // the sets' labels: a deque keeps their addresses
};

} // namespace mm::resolver
