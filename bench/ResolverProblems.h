#pragma once

#include "core/resolver/PackageSource.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mm::bench {

// A resolver problem as plain data, so the same problem can be handed to our Resolver (through a
// MemoryPackageSource) and written as a libsolv testcase. Versions are plain x.y.z releases (no
// prereleases, no build metadata), where semver precedence and rpm's version comparison agree.
struct ProblemRequirement
{
    QString id;
    QString range; // npm range text
};

struct ProblemVersion
{
    QString id;
    QString version;
    QList<ProblemRequirement> dependencies;
    QList<ProblemRequirement> conflicts;
};

struct ResolverProblem
{
    QString name;        // short, for the table
    QString description; // one line
    QList<ProblemVersion> versions;
    QStringList install; // requested ids, any version
    bool expectSatisfiable = true;

    resolver::MemoryPackageSource source() const;
    qsizetype moduleCount() const;
};

enum class RangeMix
{
    Typical, // npm-like: admit the release current with the dependent, mostly open to the next
             // major; one in thirty stale (bounded below that release)
    Tight    // caret, tilde, bounded comparator, hyphen and x-ranges evenly: a hard random problem
};

// `modules` x `versions` with dense npm ranges: every version k of module i depends on 2-5 modules
// below i with caret, tilde, comparator, hyphen or x-ranges around version index k of the target
// or up to a few releases below it, so several versions fit most ranges and newest-everywhere
// clashes. Every range of a module's first version admits the target's first version, so a
// solution always exists. The request installs the top 10 modules. Deterministic for a seed.
ResolverProblem denseRanges(int modules, int versions, quint32 seed, RangeMix mix);

// A chain m0 -> m1 -> ... of exact pins: version k of each module pins the next one to its own
// version k, and version k of the last module pins m0 to k - 1, which m0 k excludes. Only
// versions up to `firstGood` of the last module carry no such pin, so the solver must walk m0
// down from the newest version, discovering each failure at the end of the chain. With
// firstGood < 0 no version is good (the last module's version 0 pins m0 to its newest): the
// request for m0 has no solution.
ResolverProblem deepPins(int modules, int versions, int firstGood);

} // namespace mm::bench
