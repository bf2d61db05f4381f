#include "bench/ResolverProblems.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::bench {

resolver::MemoryPackageSource ResolverProblem::source() const
{
    resolver::MemoryPackageSource out;
    const auto requirements = [](const QList<ProblemRequirement>& list) {
        resolver::MemoryPackageSource::Requirements r;
        for (const auto& req : list)
            r.append({req.id, req.range});
        return r;
    };
    for (const auto& v : versions)
        out.add(v.id, v.version, requirements(v.dependencies), requirements(v.conflicts));
    return out;
}

qsizetype ResolverProblem::moduleCount() const
{
    QSet<QString> ids;
    for (const auto& v : versions)
        ids.insert(v.id);
    return ids.size();
}

namespace {

QString moduleId(int index)
{
    return u"m%1"_s.arg(index, 4, 10, QChar(u'0'));
}

// Ten versions per major, two patches per minor: 1.0.0 1.0.1 1.1.0 ... 1.4.1 2.0.0 ...
struct DenseVersion
{
    int major, minor, patch;
};

DenseVersion denseVersion(int k)
{
    return {1 + k / 10, (k % 10) / 2, k % 2};
}

QString denseText(int k)
{
    const auto v = denseVersion(k);
    return u"%1.%2.%3"_s.arg(v.major).arg(v.minor).arg(v.patch);
}

// Tight mix: a range of a uniformly drawn kind around `anchor` (at most three releases below the
// dependent's own index). Upper bounds within a major are as common as open ones, so demands on a
// module from its many dependents clash everywhere: a random constraint problem, hard for any
// complete solver.
QString tightRange(int anchor, int versions, QRandomGenerator& rng)
{
    const auto a = denseVersion(anchor);
    switch (rng.bounded(5)) {
    case 0:
        return u"^"_s + denseText(anchor);
    case 1:
        return u"~"_s + denseText(anchor);
    case 2: {
        const int lo = std::max(0, anchor - int(rng.bounded(3)));
        const int hi = anchor + 1 + int(rng.bounded(6));
        if (hi >= versions)
            return u">="_s + denseText(lo);
        return QString(u">="_s + denseText(lo) + u" <"_s + denseText(hi));
    }
    case 3: {
        const int lo = std::max(0, anchor - 1 - int(rng.bounded(4)));
        return QString(denseText(lo) + u" - "_s + denseText(anchor));
    }
    default:
        if (rng.bounded(2) == 0)
            return u"%1.x"_s.arg(a.major);
        return u"%1.%2.x"_s.arg(a.major).arg(a.minor);
    }
}

// Typical mix, as npm manifests look: the range admits the target's version `k` (the dependent's
// own index: what was current when it was released) and usually a few releases below it; mostly
// open up to the next major. One in thirty is stale: bounded above, below `k`.
QString typicalRange(int k, QRandomGenerator& rng)
{
    const int lo = std::max(0, k - int(rng.bounded(4)));
    const auto l = denseVersion(lo);
    const auto v = denseVersion(k);
    if (rng.bounded(100) < 3) {
        const int old = std::max(0, k - 2 - int(rng.bounded(4)));
        const auto o = denseVersion(old);
        if (rng.bounded(2) == 0)
            return u"~%1.%2.0"_s.arg(o.major).arg(o.minor);
        return QString(denseText(std::max(0, old - int(rng.bounded(3)))) + u" - "_s + denseText(old));
    }
    const int roll = int(rng.bounded(100));
    if (roll < 55)
        return u"^"_s + denseText(lo);
    if (roll < 70)
        return QString(u">="_s + denseText(lo) + u" <"_s + u"%1.0.0"_s.arg(l.major + 1));
    if (roll < 80)
        return u"%1.x"_s.arg(v.major);
    if (roll < 95)
        return u"~%1.%2.0"_s.arg(v.major).arg(v.minor);
    return QString(denseText(lo) + u" - "_s + denseText(k));
}

QString pinText(int k)
{
    return u"%1.%2.0"_s.arg(1 + k / 100).arg(k % 100);
}

} // namespace

ResolverProblem denseRanges(int modules, int versions, quint32 seed, RangeMix mix)
{
    ResolverProblem p;
    p.name = QString((mix == RangeMix::Typical ? u"dense "_s : u"tight "_s) +
                     u"%1x%2"_s.arg(modules).arg(versions));
    p.description =
        u"%1 modules x %2 versions, 2-5 %3 dependencies per version on lower modules; install "
        u"the top 10"_s.arg(modules)
            .arg(versions)
            .arg(mix == RangeMix::Typical ? u"npm-like (mostly caret, 3% stale)"_s
                                          : u"tight (caret/tilde/comparator/hyphen/x, even mix)"_s);
    QRandomGenerator rng(seed);
    const int roots = std::min(5, modules);
    const auto drawTargets = [&](int i) {
        const int count = std::min(i, 2 + int(rng.bounded(4)));
        QList<int> targets;
        while (targets.size() < count) {
            const int j = int(rng.bounded(i));
            if (!targets.contains(j))
                targets.append(j);
        }
        std::sort(targets.begin(), targets.end());
        return targets;
    };
    for (int i = 0; i < modules; ++i) {
        // Typical: a module keeps what it depends on across its versions, as real ones mostly
        // do; tight: every version draws new targets.
        const QList<int> moduleTargets =
            i >= roots && mix == RangeMix::Typical ? drawTargets(i) : QList<int>();
        for (int k = 0; k < versions; ++k) {
            ProblemVersion v{moduleId(i), denseText(k), {}, {}};
            if (i >= roots) {
                const QList<int> targets = mix == RangeMix::Typical ? moduleTargets : drawTargets(i);
                for (int j : targets) {
                    const int anchor = std::max(0, k - int(rng.bounded(4)));
                    v.dependencies.append({moduleId(j), mix == RangeMix::Typical
                                                            ? typicalRange(k, rng)
                                                            : tightRange(anchor, versions, rng)});
                }
            }
            p.versions.append(std::move(v));
        }
    }
    for (int i = std::max(0, modules - 10); i < modules; ++i)
        p.install.append(moduleId(i));
    p.expectSatisfiable = true;
    return p;
}

ResolverProblem deepPins(int modules, int versions, int firstGood)
{
    ResolverProblem p;
    const bool solvable = firstGood >= 0;
    p.name =
        solvable ? u"pins %1x%2"_s.arg(modules).arg(versions) : u"unsat %1x%2"_s.arg(modules).arg(versions);
    p.description = solvable ? u"chain of %1 exact pins per version; only %2 of %3 versions of the head "
                               u"work, each failure found at the end of the chain"_s.arg(modules)
                                   .arg(firstGood + 1)
                                   .arg(versions)
                             : u"chain of %1 exact pins per version closed into a contradiction for "
                               u"every one of the %2 versions: no solution"_s.arg(modules)
                                   .arg(versions);
    const int last = modules - 1;
    for (int m = 0; m < modules; ++m) {
        for (int k = 0; k < versions; ++k) {
            ProblemVersion v{moduleId(m), pinText(k), {}, {}};
            if (m < last)
                v.dependencies.append({moduleId(m + 1), pinText(k)});
            else if (k > firstGood)
                v.dependencies.append({moduleId(0), pinText(k > 0 ? k - 1 : versions - 1)});
            p.versions.append(std::move(v));
        }
    }
    p.install.append(moduleId(0));
    p.expectSatisfiable = solvable;
    return p;
}

} // namespace mm::bench
