#pragma once

#include "core/resolver/Term.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace mm::resolver {

class PackageTable;

struct Assignment
{
    Term term;
    int level = 0;
    int cause = -1;          // the incompatibility that forced it; -1 for a decision
    qsizetype version = -1;  // a decision's version index
    Term known;              // all assignments of its package up to this one, intersected
    std::uint64_t stamp = 0; // unique over the solve, so a popped and refilled index is told apart
    bool isDecision() const { return cause < 0; }
};

// PubGrub's partial solution: an ordered list of decisions (a chosen version) and derivations
// (terms forced by an incompatibility), each at the decision level it was made at. Each keeps
// the running intersection of its package's assignments, so relations are answered without
// replaying the list, a backtrack only pops, and satisfiers are found per package.
class PartialSolution
{
public:
    explicit PartialSolution(const PackageTable& packages);

    void decide(int package, qsizetype version);
    void derive(Term term, int cause);
    void backtrack(int level); // drops assignments above `level`

    int level() const { return m_level; }
    int size() const { return int(m_assignments.size()); }
    const Assignment& at(int index) const { return m_assignments[std::size_t(index)]; }
    const Term* known(int package) const
    {
        const auto p = std::size_t(package);
        return p < m_last.size() && m_last[p] >= 0 ? &m_assignments[std::size_t(m_last[p])].known : nullptr;
    }
    std::optional<qsizetype> decision(int package) const
    {
        const auto p = std::size_t(package);
        return p < m_decisions.size() && m_decisions[p] >= 0 ? std::optional(m_decisions[p]) : std::nullopt;
    }

    // The assignment behind known(package) (-1 when nothing is known), and whether an assignment
    // is still on the list: what it ruled out stays ruled out until a backtrack removes it.
    int last(int package) const
    {
        return std::size_t(package) < m_last.size() ? m_last[std::size_t(package)] : -1;
    }
    bool holds(int index, std::uint64_t stamp) const
    {
        // Unsigned, so -1 (nothing) is out of range too: one test fewer on most propagation visits.
        return std::size_t(index) < m_stamps.size() && m_stamps[std::size_t(index)] == stamp;
    }
    std::uint64_t stamp(int index) const { return m_stamps[std::size_t(index)]; }
    Relation relation(const Term& term) const { return resolver::relation(known(term.package), term); }

    // Packages that must be selected and are not decided yet, in no particular order: the
    // candidates for the next decision, kept so choosing one need not scan every package.
    const std::vector<int>& undecided() const { return m_undecided; }

    // Index of the earliest assignment after which everything known about term's package
    // satisfies term; -1 if it never does.
    int satisfier(const Term& term) const;

private:
    void push(Assignment assignment);
    void grow(int package);
    void refresh(int package); // whether it belongs in m_undecided

    const PackageTable& m_packages;
    std::vector<Assignment> m_assignments;
    std::vector<std::vector<int>> m_byPackage; // indices into m_assignments, in order
    std::vector<int> m_last;                   // back of m_byPackage, -1 when empty
    std::vector<qsizetype> m_decisions;        // -1: none
    int m_level = 0;
    std::uint64_t m_nextStamp = 0;
    // The stamps of m_assignments again, packed: holds() runs on most propagation visits, and
    // an assignment is far larger than its stamp.
    std::vector<std::uint64_t> m_stamps;
    std::vector<int> m_undecided;
    std::vector<int> m_undecidedAt; // position in m_undecided, -1 when absent
};

} // namespace mm::resolver
