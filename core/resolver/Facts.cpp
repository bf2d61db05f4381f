#include "core/resolver/Facts.h"

#include "core/resolver/PackageTable.h"
#include "core/resolver/TextHash.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <vector>

namespace mm::resolver {
namespace {

using Cause = Incompatibility::Cause;
using Requirements = QList<Dependency> Candidate::*;

void unavailableFacts(const Package& p, int package, Incompatibilities& out)
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
        out.push_back(std::move(fact));
        i = j;
    }
}

Incompatibility requirementFact(PackageTable& packages, int package, int target, const VersionSet& versions,
                                const Dependency& d, bool isConflict)
{
    const VersionSet matching = packages.matching(target, d.range, d.rangeText);
    Term depender{package, true, versions};
    if (matching.isEmpty()) {
        auto fact = Incompatibility::make({std::move(depender)}, Cause::MissingDependency);
        fact.target = d.id;
        fact.targetRange = matching.label();
        fact.targetKnown = packages[target].inCatalog;
        return fact;
    }
    // Two terms on two packages (a module never requires itself here), neither always true:
    // exactly what make() would keep, built without its merging passes. Facts are most of
    // the incompatibilities of a resolve.
    Incompatibility fact;
    fact.cause = isConflict ? Cause::Conflict : Cause::Dependency;
    fact.terms.append(std::move(depender));
    fact.terms.append(Term{target, isConflict, matching});
    return fact;
}

void requirementFacts(PackageTable& packages, int package, Requirements which, Incompatibilities& out)
{
    const bool isConflict = which == &Candidate::conflicts;
    // Copy: indexOf() below may grow the table and move the package.
    const QList<Candidate> candidates = packages[package].candidates;
    const QString self = packages[package].id;
    // Each version's requirement on each module (its first, should it name one twice), ordered by
    // module and then version, so the versions that say the same thing about a module are
    // neighbours. Modules are numbered as first met and only the distinct ones sorted by id
    // (the order the facts and the packages they load have always come in): a version scan per
    // module, or a sort of every requirement by its id, cost most of learning a package's facts.
    struct Entry
    {
        const Dependency* d;
        qsizetype version;
        int module; // slot in `modules`, then its rank by id
    };
    std::vector<Entry> entries;
    std::vector<const QString*> modules;
    // Module slots by id: open addressing over FNV hashes, a power of two at least twice the
    // requirements, so it never fills.
    qsizetype requirements = 0;
    for (const auto& c : candidates)
        requirements += (c.*which).size();
    const std::size_t mask = std::bit_ceil(std::size_t(2 * requirements + 2)) - 1;
    std::vector<std::pair<std::size_t, int>> slots(mask + 1, {0, -1}); // hash, slot in `modules`
    const auto slotOf = [&](const QString& id) {
        const std::size_t hash = textHash(id);
        for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
            auto& [h, slot] = slots[at];
            if (slot < 0) {
                h = hash;
                slot = int(modules.size());
                modules.push_back(&id);
                return slot;
            }
            if (h == hash && *modules[std::size_t(slot)] == id)
                return slot;
        }
    };
    const qsizetype n = candidates.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto first = entries.size();
        for (const auto& d : candidates[i].*which) {
            if (d.id == self)
                continue;
            const int module = slotOf(d.id);
            const auto same = [module](const Entry& e) { return e.module == module; };
            if (std::none_of(entries.cbegin() + qsizetype(first), entries.cend(), same))
                entries.push_back(Entry{&d, i, module});
        }
    }
    std::vector<int> byId(modules.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(),
              [&](int a, int b) { return *modules[std::size_t(a)] < *modules[std::size_t(b)]; });
    std::vector<int> rank(modules.size());
    for (std::size_t r = 0; r < byId.size(); ++r)
        rank[std::size_t(byId[r])] = int(r);
    for (Entry& e : entries)
        e.module = rank[std::size_t(e.module)];
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.module != b.module ? a.module < b.module : a.version < b.version;
    });
    int target = -1;
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const Dependency& d = *entries[k].d;
        if (k == 0 || entries[k - 1].module != entries[k].module)
            target = packages.indexOf(d.id);
        const qsizetype i = entries[k].version;
        qsizetype j = i;
        while (k + 1 < entries.size() && entries[k + 1].module == entries[k].module &&
               entries[k + 1].version == j + 1 && entries[k + 1].d->rangeText == d.rangeText) {
            ++j;
            ++k;
        }
        auto fact = requirementFact(packages, package, target, VersionSet::span(n, i, j), d, isConflict);
        // A conflict with a module no listed version of matches can never happen.
        if (!(isConflict && fact.cause == Cause::MissingDependency))
            out.push_back(std::move(fact));
    }
}

} // namespace

void appendFacts(PackageTable& packages, int package, Incompatibilities& out)
{
    unavailableFacts(packages[package], package, out);
    requirementFacts(packages, package, &Candidate::dependencies, out);
    requirementFacts(packages, package, &Candidate::conflicts, out);
}

} // namespace mm::resolver
