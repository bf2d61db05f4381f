#pragma once

#include "core/resolver/VersionSet.h"

namespace mm::resolver {

// A statement about one package, as PubGrub uses them: "foo is selected at a version in S"
// (positive) or "foo is not selected at a version in S" (negative, which also holds when foo is
// not selected at all). `package` indexes the PackageTable.
struct Term
{
    int package = -1;
    bool positive = true;
    VersionSet set;

    Term negated() const { return Term{package, !positive, set}; }
    // The versions this term allows, and whether it allows the package to be absent.
    QBitArray allowed() const { return positive ? set.bits() : ~set.bits(); }
    bool allowsAbsent() const { return !positive; }
    bool isNever() const { return positive && set.isEmpty(); }   // no state satisfies it
    bool isAlways() const { return !positive && set.isEmpty(); } // every state satisfies it
};

Term intersect(const Term& a, const Term& b); // both about the same package
bool isSubset(const Term& a, const Term& b);  // every state a allows, b allows
bool isDisjoint(const Term& a, const Term& b);

enum class Relation
{
    Satisfied,    // whatever is still possible makes the term true
    Contradicted, // whatever is still possible makes it false
    Inconclusive
};

// How `known` (all that the partial solution says about the package, or nothing) relates to `term`.
Relation relation(const Term* known, const Term& term);

} // namespace mm::resolver
