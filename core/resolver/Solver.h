#pragma once

#include "core/resolver/Incompatibility.h"
#include "core/resolver/PartialSolution.h"
#include "core/resolver/WatchList.h"

#include <expected>
#include <vector>

namespace mm::resolver {

class PackageTable;

// PubGrub's main loop (Weizenbaum 2018; dart-lang/pub doc/solver.md): unit propagation,
// conflict resolution that learns a new incompatibility and backjumps, and decision making.
// Decisions take the package with the fewest allowed versions first (ties by id), and in it the
// preferred (installed) version, else the newest release, else the newest prerelease. Every
// choice is by index or id, never by hash order, so the same input gives the same result.
class Solver
{
public:
    explicit Solver(PackageTable& packages);

    int add(Incompatibility incompatibility); // learned or external, used for propagation
    // On failure, the index of the incompatibility that proves no solution exists.
    std::expected<void, int> solve();

    const Incompatibilities& incompatibilities() const { return m_all; }
    const PartialSolution& solution() const { return m_solution; }

private:
    struct Propagated
    {
        bool conflict = false;
        int derivedPackage = -1;
    };

    int store(Incompatibility incompatibility); // kept for explanations only
    void watch(int index);                      // and used for propagation
    // Takes a contradicted incompatibility off its watch lists until `assignment` is popped.
    void park(int index, int assignment);
    void backtrack(int level);
    std::expected<void, int> propagate(int package);
    Propagated propagate(const Incompatibility& incompatibility, int index);
    std::expected<int, int> resolveConflict(int index);
    std::optional<int> decide();
    std::optional<qsizetype> pickVersion(int package, const VersionSet& allowed) const;

    PackageTable& m_packages;
    PartialSolution m_solution;
    Incompatibilities m_all;
    // Per incompatibility, the assignment that last contradicted one of its terms: while it is
    // still on the list the incompatibility cannot propagate. It is parked off its watch lists
    // meanwhile; this guards the direct visits that do not go through a list.
    struct Blocked
    {
        int assignment = -1;
        std::uint64_t stamp = 0;
    };
    std::vector<Blocked> m_blocked;
    std::vector<WatchList> m_byPackage;
    // Where each incompatibility is on the watch lists: its (package, position) pairs are
    // m_slots[start, start + count), count 0 until it is watched. Flat, so that parking one (a
    // third of a dense resolve's visits park) allocates nothing.
    struct Slots
    {
        int start = 0;
        int count = 0;
    };
    std::vector<Slots> m_slotsOf;
    std::vector<std::pair<int, int>> m_slots;
    // The incompatibilities each assignment contradicts, as linked lists through m_parkedNext.
    std::vector<int> m_parkedHead; // by assignment, -1: none
    std::vector<int> m_parkedNext; // by incompatibility
};

} // namespace mm::resolver
