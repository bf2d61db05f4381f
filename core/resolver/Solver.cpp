#include "core/resolver/Solver.h"

#include "core/resolver/Facts.h"
#include "core/resolver/PackageTable.h"

#include <algorithm>
#include <utility>

namespace mm::resolver {

Solver::Solver(PackageTable& packages)
    : m_packages(packages)
    , m_solution(packages)
{}

int Solver::store(Incompatibility incompatibility)
{
    m_all.push_back(std::move(incompatibility));
    m_blocked.emplace_back();
    m_slotsOf.emplace_back();
    m_parkedNext.push_back(-1);
    return int(m_all.size()) - 1;
}

int Solver::add(Incompatibility incompatibility)
{
    const int index = store(std::move(incompatibility));
    watch(index);
    return index;
}

void Solver::watch(int index)
{
    Slots& slots = m_slotsOf[std::size_t(index)];
    slots.start = int(m_slots.size());
    for (const Term& term : m_all[std::size_t(index)].terms) {
        if (m_byPackage.size() <= std::size_t(term.package))
            m_byPackage.resize(std::size_t(term.package) + 1);
        const int position = m_byPackage[std::size_t(term.package)].append(index);
        m_slots.emplace_back(term.package, position);
    }
    slots.count = int(m_slots.size()) - slots.start;
}

void Solver::park(int index, int assignment)
{
    if (m_parkedHead.size() <= std::size_t(assignment))
        m_parkedHead.resize(std::size_t(assignment) + 1, -1);
    m_parkedNext[std::size_t(index)] = std::exchange(m_parkedHead[std::size_t(assignment)], index);
    const Slots slots = m_slotsOf[std::size_t(index)]; // none yet for a learned one not kept
    for (int s = slots.start; s < slots.start + slots.count; ++s)
        m_byPackage[std::size_t(m_slots[std::size_t(s)].first)].close(m_slots[std::size_t(s)].second);
}

void Solver::backtrack(int level)
{
    const int before = m_solution.size();
    m_solution.backtrack(level);
    const int after = m_solution.size();
    for (int a = after; a < before && std::size_t(a) < m_parkedHead.size(); ++a) {
        for (int index = std::exchange(m_parkedHead[std::size_t(a)], -1); index >= 0;
             index = m_parkedNext[std::size_t(index)]) {
            const Slots slots = m_slotsOf[std::size_t(index)];
            for (int s = slots.start; s < slots.start + slots.count; ++s)
                m_byPackage[std::size_t(m_slots[std::size_t(s)].first)].reopen(
                    m_slots[std::size_t(s)].second);
        }
    }
}

std::expected<void, int> Solver::solve()
{
    const int root = PackageTable::root;
    add(Incompatibility::make({Term{root, false, m_packages.all(root)}}, Incompatibility::Cause::Root));
    std::optional<int> next = root;
    while (next) {
        if (auto ok = propagate(*next); !ok)
            return ok;
        next = decide();
    }
    return {};
}

std::expected<void, int> Solver::propagate(int package)
{
    QList<int> changed{package};
    while (!changed.isEmpty()) {
        const int current = changed.takeFirst();
        if (m_byPackage.size() <= std::size_t(current))
            continue;
        // Newest first: learned incompatibilities are the most specific. Conflict resolution may
        // grow the lists: the walk ends right after it.
        std::optional<int> failure;
        m_byPackage[std::size_t(current)].visitOpenNewestFirst([&](int index) {
            const Propagated result = propagate(m_all[std::size_t(index)], index);
            if (result.conflict) {
                const auto rootCause = resolveConflict(index);
                if (!rootCause) {
                    failure = rootCause.error();
                    return false;
                }
                changed.clear();
                // After the backjump the learned incompatibility is almost satisfied: derive.
                const Propagated again = propagate(m_all[std::size_t(*rootCause)], *rootCause);
                if (again.derivedPackage >= 0)
                    changed.append(again.derivedPackage);
                return false;
            }
            if (result.derivedPackage >= 0 && !changed.contains(result.derivedPackage))
                changed.append(result.derivedPackage);
            return true;
        });
        if (failure)
            return std::unexpected(*failure);
    }
    return {};
}

Solver::Propagated Solver::propagate(const Incompatibility& incompatibility, int index)
{
    Blocked& blocked = m_blocked[std::size_t(index)];
    if (m_solution.holds(blocked.assignment, blocked.stamp))
        return {};
    const Term* unsatisfied = nullptr;
    for (const Term& term : incompatibility.terms) {
        const Relation relation = m_solution.relation(term);
        if (relation == Relation::Contradicted) {
            blocked.assignment = m_solution.last(term.package);
            if (blocked.assignment >= 0) {
                blocked.stamp = m_solution.stamp(blocked.assignment);
                park(index, blocked.assignment);
            }
            return {};
        }
        if (relation == Relation::Inconclusive) {
            if (unsatisfied)
                return {};
            unsatisfied = &term;
        }
    }
    if (!unsatisfied)
        return {true, -1};
    const int package = unsatisfied->package;
    m_solution.derive(unsatisfied->negated(), index);
    return {false, package};
}

std::expected<int, int> Solver::resolveConflict(int index)
{
    bool learned = false;
    while (!m_all[std::size_t(index)].isFailure()) {
        // Not used after store() below, which may move it.
        const Incompatibility& current = m_all[std::size_t(index)];
        qsizetype recentTerm = -1;
        int recent = -1;
        int previousLevel = 1;
        std::optional<Term> difference;
        for (qsizetype i = 0; i < current.terms.size(); ++i) {
            const Term& term = current.terms[i];
            const int satisfier = m_solution.satisfier(term);
            if (recent < 0 || recent < satisfier) {
                if (recent >= 0)
                    previousLevel = std::max(previousLevel, m_solution.at(recent).level);
                recent = satisfier;
                recentTerm = i;
                difference.reset();
            } else {
                previousLevel = std::max(previousLevel, m_solution.at(satisfier).level);
            }
            if (recentTerm == i) {
                // The satisfier may only satisfy the term together with earlier assignments
                // of its package; those then bound how far back we may jump.
                Term rest = intersect(m_solution.at(recent).term, term.negated());
                if (!rest.isNever()) {
                    const int before = m_solution.satisfier(rest.negated());
                    if (before >= 0)
                        previousLevel = std::max(previousLevel, m_solution.at(before).level);
                    difference = std::move(rest);
                }
            }
        }
        const Assignment satisfier = m_solution.at(recent);
        if (previousLevel < satisfier.level || satisfier.isDecision()) {
            backtrack(previousLevel);
            if (learned)
                watch(index); // stored for the explanation so far, propagation sees it from now on
            return index;
        }
        Terms terms;
        for (qsizetype i = 0; i < current.terms.size(); ++i)
            if (i != recentTerm)
                terms.append(current.terms[i]);
        for (const Term& term : m_all[std::size_t(satisfier.cause)].terms)
            if (term.package != satisfier.term.package)
                terms.append(term);
        if (difference)
            terms.append(difference->negated());
        index = store(Incompatibility::derived(std::move(terms), index, satisfier.cause));
        learned = true;
    }
    return std::unexpected(index);
}

std::optional<int> Solver::decide()
{
    int best = -1;
    qsizetype bestCount = 0;
    for (const int p : m_solution.undecided()) {
        const qsizetype count = m_solution.known(p)->set.count();
        if (best < 0 || count < bestCount || (count == bestCount && m_packages[p].id < m_packages[best].id)) {
            best = p;
            bestCount = count;
        }
    }
    if (best < 0)
        return std::nullopt;
    if (!m_packages[best].expanded) {
        // Learn the package's facts before choosing, so a version this host cannot run or
        // whose dependencies are already ruled out is excluded by propagation, not by trial.
        m_packages.at(best).expanded = true;
        const auto first = m_all.size();
        appendFacts(m_packages, best, m_all);
        m_blocked.resize(m_all.size());
        m_slotsOf.resize(m_all.size());
        m_parkedNext.resize(m_all.size(), -1);
        for (auto index = first; index < m_all.size(); ++index)
            watch(int(index));
        return best;
    }
    const VersionSet allowed = m_solution.known(best)->set;
    const auto version = pickVersion(best, allowed);
    if (!version) {
        add(Incompatibility::make({Term{best, true, allowed}}, Incompatibility::Cause::NoVersions));
        return best;
    }
    m_solution.decide(best, *version);
    return best;
}

std::optional<qsizetype> Solver::pickVersion(int package, const VersionSet& allowed) const
{
    const Package& p = m_packages[package];
    const auto usable = [&](qsizetype i) { return allowed.contains(i) && p.candidates[i].available; };
    if (p.preferred >= 0 && usable(p.preferred))
        return p.preferred;
    std::optional<qsizetype> prerelease;
    for (qsizetype i = p.versions.size() - 1; i >= 0; --i) {
        if (!usable(i))
            continue;
        if (!p.versions[i].isPrerelease())
            return i;
        if (!prerelease)
            prerelease = i;
    }
    return prerelease;
}

} // namespace mm::resolver
