#include "core/resolver/Solver.h"

#include "core/resolver/Facts.h"
#include "core/resolver/PackageTable.h"

#include <algorithm>

namespace mm::resolver {

Solver::Solver(PackageTable& packages)
    : m_packages(packages)
    , m_solution(packages)
{}

int Solver::store(Incompatibility incompatibility)
{
    m_all.push_back(std::move(incompatibility));
    m_blocked.emplace_back();
    return int(m_all.size()) - 1;
}

int Solver::add(Incompatibility incompatibility)
{
    const int index = store(std::move(incompatibility));
    for (const Term& term : m_all.back().terms) {
        if (m_byPackage.size() <= std::size_t(term.package))
            m_byPackage.resize(std::size_t(term.package) + 1);
        m_byPackage[std::size_t(term.package)].append(index);
    }
    return index;
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
        // Newest first: learned incompatibilities are the most specific. Copied, because
        // conflict resolution adds to the list.
        const QList<int> indices = m_byPackage[std::size_t(current)];
        for (auto it = indices.crbegin(); it != indices.crend(); ++it) {
            // Most visits find the incompatibility still blocked; testing that here, on the small
            // blocked entry alone, spares the call and the load of the incompatibility.
            const Blocked& blocked = m_blocked[std::size_t(*it)];
            if (m_solution.holds(blocked.assignment, blocked.stamp))
                continue;
            const Propagated result = propagate(m_all[std::size_t(*it)], *it);
            if (result.conflict) {
                const auto rootCause = resolveConflict(*it);
                if (!rootCause)
                    return std::unexpected(rootCause.error());
                changed.clear();
                // After the backjump the learned incompatibility is almost satisfied: derive.
                const Propagated again = propagate(m_all[std::size_t(*rootCause)], *rootCause);
                if (again.derivedPackage >= 0)
                    changed.append(again.derivedPackage);
                break;
            }
            if (result.derivedPackage >= 0 && !changed.contains(result.derivedPackage))
                changed.append(result.derivedPackage);
        }
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
            if (blocked.assignment >= 0)
                blocked.stamp = m_solution.stamp(blocked.assignment);
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
        // Copy: store() below may reallocate m_all.
        const Incompatibility current = m_all[std::size_t(index)];
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
            m_solution.backtrack(previousLevel);
            if (learned) {
                // Re-register the stored incompatibility so propagation sees it from now on.
                for (const Term& term : current.terms) {
                    if (m_byPackage.size() <= std::size_t(term.package))
                        m_byPackage.resize(std::size_t(term.package) + 1);
                    m_byPackage[std::size_t(term.package)].append(index);
                }
            }
            return index;
        }
        QList<Term> terms;
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
        for (auto& fact : factsFor(m_packages, best))
            add(std::move(fact));
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
