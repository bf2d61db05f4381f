#include "core/resolver/PartialSolution.h"

#include "core/resolver/PackageTable.h"

#include <algorithm>

namespace mm::resolver {

PartialSolution::PartialSolution(const PackageTable& packages)
    : m_packages(packages)
{}

void PartialSolution::grow(int package)
{
    const auto needed = std::size_t(package) + 1;
    if (m_byPackage.size() < needed) {
        m_byPackage.resize(needed);
        m_last.resize(needed, -1);
        m_undecidedAt.resize(needed, -1);
        m_decisions.resize(needed, -1);
    }
}

void PartialSolution::push(Assignment assignment)
{
    const int package = assignment.term.package;
    grow(package);
    auto& mine = m_byPackage[std::size_t(package)];
    assignment.known = mine.empty()
                           ? assignment.term
                           : intersect(m_assignments[std::size_t(mine.back())].known, assignment.term);
    if (assignment.isDecision())
        m_decisions[std::size_t(package)] = assignment.version;
    assignment.stamp = ++m_nextStamp;
    m_stamps.push_back(assignment.stamp);
    mine.push_back(int(m_assignments.size()));
    m_last[std::size_t(package)] = mine.back();
    m_assignments.push_back(std::move(assignment));
    refresh(package);
}

void PartialSolution::refresh(int package)
{
    const auto p = std::size_t(package);
    const Term* k = known(package);
    const bool open = k && k->positive && m_decisions[p] < 0;
    int& at = m_undecidedAt[p];
    if (open && at < 0) {
        at = int(m_undecided.size());
        m_undecided.push_back(package);
    } else if (!open && at >= 0) {
        const int moved = m_undecided.back();
        m_undecided[std::size_t(at)] = moved;
        m_undecidedAt[std::size_t(moved)] = at;
        m_undecided.pop_back();
        at = -1;
    }
}

void PartialSolution::decide(int package, qsizetype version)
{
    ++m_level;
    const Term term{package, true, VersionSet::span(m_packages[package].versions.size(), version, version)};
    push(Assignment{term, m_level, -1, version, {}, 0});
}

void PartialSolution::derive(Term term, int cause)
{
    push(Assignment{std::move(term), m_level, cause, -1, {}, 0});
}

void PartialSolution::backtrack(int level)
{
    // What was known before an assignment is kept by the previous one of its package, so undoing
    // is popping.
    while (!m_assignments.empty() && m_assignments.back().level > level) {
        const Assignment& last = m_assignments.back();
        const auto package = std::size_t(last.term.package);
        m_byPackage[package].pop_back();
        m_last[package] = m_byPackage[package].empty() ? -1 : m_byPackage[package].back();
        if (last.isDecision())
            m_decisions[package] = -1;
        m_assignments.pop_back();
        m_stamps.pop_back();
        refresh(int(package));
    }
    m_level = level;
}

int PartialSolution::satisfier(const Term& term) const
{
    if (std::size_t(term.package) >= m_byPackage.size())
        return -1;
    // What is known only narrows along the list, so once it satisfies the term it stays so.
    const auto& mine = m_byPackage[std::size_t(term.package)];
    const auto first = std::partition_point(mine.cbegin(), mine.cend(), [&](int i) {
        return !isSubset(m_assignments[std::size_t(i)].known, term);
    });
    return first == mine.cend() ? -1 : *first;
}

} // namespace mm::resolver
