#pragma once

#include "core/resolver/Term.h"

#include <optional>
#include <vector>

namespace mm::resolver {

class PackageTable;

struct Assignment
{
    Term term;
    int level = 0;
    int cause = -1;         // the incompatibility that forced it; -1 for a decision
    qsizetype version = -1; // a decision's version index
    bool isDecision() const { return cause < 0; }
};

// PubGrub's partial solution: an ordered list of decisions (a chosen version) and derivations
// (terms forced by an incompatibility), each at the decision level it was made at, with the
// running intersection per package so relations are answered without replaying the list.
class PartialSolution
{
public:
    explicit PartialSolution(const PackageTable& packages);

    void decide(int package, qsizetype version);
    void derive(Term term, int cause);
    void backtrack(int level); // drops assignments above `level`

    int level() const { return m_level; }
    const Assignment& at(int index) const { return m_assignments[std::size_t(index)]; }
    const Term* known(int package) const;
    std::optional<qsizetype> decision(int package) const;
    Relation relation(const Term& term) const { return resolver::relation(known(term.package), term); }

    // Index of the earliest assignment after which everything known about term's package
    // satisfies term; -1 if it never does.
    int satisfier(const Term& term) const;

private:
    void apply(const Assignment& assignment);
    void grow(int package);

    const PackageTable& m_packages;
    std::vector<Assignment> m_assignments;
    std::vector<std::optional<Term>> m_known;
    std::vector<qsizetype> m_decisions; // -1: none
    int m_level = 0;
};

} // namespace mm::resolver
