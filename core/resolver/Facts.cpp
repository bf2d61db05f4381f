#include "core/resolver/Facts.h"

#include "core/resolver/PackageTable.h"

#include <QSet>

#include <algorithm>

namespace mm::resolver {
namespace {

using Cause = Incompatibility::Cause;
using Requirements = QList<Dependency> Candidate::*;

const Dependency* requirementOn(const Candidate& c, Requirements which, const QString& id)
{
    for (const auto& d : c.*which)
        if (d.id == id)
            return &d;
    return nullptr;
}

void unavailableFacts(const Package& p, int package, QList<Incompatibility>& out)
{
    const qsizetype n = p.candidates.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p.candidates[i].available)
            continue;
        qsizetype j = i;
        const QString& reason = p.candidates[i].unavailableReason;
        while (j + 1 < n && !p.candidates[j + 1].available && p.candidates[j + 1].unavailableReason == reason)
            ++j;
        auto fact =
            Incompatibility::make({Term{package, true, VersionSet::span(n, i, j)}}, Cause::Unavailable);
        fact.reason = reason;
        out.append(std::move(fact));
        i = j;
    }
}

Incompatibility requirementFact(PackageTable& packages, int package, const VersionSet& versions,
                                const Dependency& d, bool isConflict)
{
    const int target = packages.indexOf(d.id);
    const VersionSet matching = packages.matching(target, d.range, d.rangeText);
    const Term depender{package, true, versions};
    if (matching.isEmpty()) {
        auto fact = Incompatibility::make({depender}, Cause::MissingDependency);
        fact.target = d.id;
        fact.targetRange = matching.label();
        fact.targetKnown = packages[target].inCatalog;
        return fact;
    }
    if (isConflict)
        return Incompatibility::make({depender, Term{target, true, matching}}, Cause::Conflict);
    return Incompatibility::make({depender, Term{target, false, matching}}, Cause::Dependency);
}

void requirementFacts(PackageTable& packages, int package, Requirements which, QList<Incompatibility>& out)
{
    const bool isConflict = which == &Candidate::conflicts;
    // Copy: indexOf() below may grow the table and move the package.
    const QList<Candidate> candidates = packages[package].candidates;
    const QString self = packages[package].id;
    QSet<QString> seen;
    QStringList ids;
    for (const auto& c : candidates)
        for (const auto& d : c.*which)
            if (d.id != self && !seen.contains(d.id)) {
                seen.insert(d.id);
                ids.append(d.id);
            }
    std::sort(ids.begin(), ids.end());
    const qsizetype n = candidates.size();
    for (const QString& id : ids) {
        for (qsizetype i = 0; i < n; ++i) {
            const Dependency* d = requirementOn(candidates[i], which, id);
            if (!d)
                continue;
            qsizetype j = i;
            while (j + 1 < n) {
                const Dependency* next = requirementOn(candidates[j + 1], which, id);
                if (!next || next->rangeText != d->rangeText)
                    break;
                ++j;
            }
            auto fact = requirementFact(packages, package, VersionSet::span(n, i, j), *d, isConflict);
            // A conflict with a module no listed version of matches can never happen.
            if (!(isConflict && fact.cause == Cause::MissingDependency))
                out.append(std::move(fact));
            i = j;
        }
    }
}

} // namespace

QList<Incompatibility> factsFor(PackageTable& packages, int package)
{
    QList<Incompatibility> out;
    unavailableFacts(packages[package], package, out);
    requirementFacts(packages, package, &Candidate::dependencies, out);
    requirementFacts(packages, package, &Candidate::conflicts, out);
    return out;
}

} // namespace mm::resolver
