#include "core/resolver/PartialSolution.h"

#include "core/resolver/PackageTable.h"

namespace mm::resolver {

PartialSolution::PartialSolution(const PackageTable& packages)
    : m_packages(packages)
{}

void PartialSolution::grow(int package)
{
    const auto needed = std::size_t(package) + 1;
    if (m_known.size() < needed) {
        m_known.resize(needed);
        m_decisions.resize(needed, -1);
    }
}

void PartialSolution::apply(const Assignment& assignment)
{
    const int package = assignment.term.package;
    grow(package);
    auto& known = m_known[std::size_t(package)];
    known = known ? intersect(*known, assignment.term) : assignment.term;
    if (assignment.isDecision())
        m_decisions[std::size_t(package)] = assignment.version;
}

void PartialSolution::decide(int package, qsizetype version)
{
    ++m_level;
    const Term term{package, true, VersionSet::span(m_packages[package].versions.size(), version, version)};
    m_assignments.push_back(Assignment{term, m_level, -1, version});
    apply(m_assignments.back());
}

void PartialSolution::derive(Term term, int cause)
{
    m_assignments.push_back(Assignment{std::move(term), m_level, cause, -1});
    apply(m_assignments.back());
}

void PartialSolution::backtrack(int level)
{
    while (!m_assignments.empty() && m_assignments.back().level > level)
        m_assignments.pop_back();
    m_level = level;
    // Replaying is simpler than undoing intersections, and backtracks are rare next to relations.
    std::fill(m_known.begin(), m_known.end(), std::nullopt);
    std::fill(m_decisions.begin(), m_decisions.end(), -1);
    for (const auto& a : m_assignments)
        apply(a);
}

const Term* PartialSolution::known(int package) const
{
    if (std::size_t(package) >= m_known.size() || !m_known[std::size_t(package)])
        return nullptr;
    return &*m_known[std::size_t(package)];
}

std::optional<qsizetype> PartialSolution::decision(int package) const
{
    if (std::size_t(package) >= m_decisions.size() || m_decisions[std::size_t(package)] < 0)
        return std::nullopt;
    return m_decisions[std::size_t(package)];
}

int PartialSolution::satisfier(const Term& term) const
{
    std::optional<Term> accumulated;
    for (std::size_t i = 0; i < m_assignments.size(); ++i) {
        const auto& a = m_assignments[i];
        if (a.term.package != term.package)
            continue;
        accumulated = accumulated ? intersect(*accumulated, a.term) : a.term;
        if (isSubset(*accumulated, term))
            return int(i);
    }
    return -1;
}

} // namespace mm::resolver
