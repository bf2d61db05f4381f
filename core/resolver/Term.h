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
    // Word i of the versions this term allows, and whether it allows the package to be absent.
    VersionSet::Word allowed(qsizetype i) const
    {
        return positive ? set.word(i) : ~set.word(i) & set.validMask(i);
    }
    bool allowsAbsent() const { return !positive; }
    bool isNever() const { return positive && set.isEmpty(); }   // no state satisfies it
    bool isAlways() const { return !positive && set.isEmpty(); } // every state satisfies it
};

Term intersect(const Term& a, const Term& b); // both about the same package

namespace detail {

// Whether combine(allowed(a), allowed(b)) has any bit set, a word at a time from the stored
// sets: these tests are most of a resolve's time, so they are inline and never allocate.
template <typename Combine>
bool anyAllowedBit(const Term& a, const Term& b, Combine combine)
{
    Q_ASSERT(a.set.universe() == b.set.universe());
    for (qsizetype i = 0; i < a.set.wordCount(); ++i)
        if (combine(a.allowed(i), b.allowed(i)))
            return true;
    return false;
}

} // namespace detail

// Every state a allows, b allows.
inline bool isSubset(const Term& a, const Term& b)
{
    if (a.allowsAbsent() && !b.allowsAbsent())
        return false;
    return !detail::anyAllowedBit(a, b, [](auto x, auto y) { return x & ~y; });
}

inline bool isDisjoint(const Term& a, const Term& b)
{
    if (a.allowsAbsent() && b.allowsAbsent())
        return false;
    return !detail::anyAllowedBit(a, b, [](auto x, auto y) { return x & y; });
}

enum class Relation
{
    Satisfied,    // whatever is still possible makes the term true
    Contradicted, // whatever is still possible makes it false
    Inconclusive
};

// How `known` (all that the partial solution says about the package, or nothing) relates to `term`.
inline Relation relation(const Term* known, const Term& term)
{
    if (!known) {
        // Nothing known: every version and absence are still possible.
        if (term.isAlways())
            return Relation::Satisfied;
        if (term.isNever())
            return Relation::Contradicted;
        return Relation::Inconclusive;
    }
    // One branch-free pass for both tests: whether known allows a version term does not, and
    // one term allows. Bits past the universe are zero in both sets, but not in complements.
    using Word = VersionSet::Word;
    Q_ASSERT(known->set.universe() == term.set.universe());
    const qsizetype n = term.set.wordCount();
    const Word* k = known->set.words();
    const Word* t = term.set.words();
    const Word flipK = known->positive ? 0 : ~Word(0);
    const Word flipT = term.positive ? 0 : ~Word(0);
    Word outside = 0;
    Word inside = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Word mask = i + 1 < n ? ~Word(0) : term.set.lastMask();
        const Word kw = (k[i] ^ flipK) & mask;
        const Word tw = (t[i] ^ flipT) & mask;
        outside |= kw & ~tw;
        inside |= kw & tw;
    }
    if (outside == 0 && !(known->allowsAbsent() && !term.allowsAbsent()))
        return Relation::Satisfied;
    if (inside == 0 && !(known->allowsAbsent() && term.allowsAbsent()))
        return Relation::Contradicted;
    return Relation::Inconclusive;
}

} // namespace mm::resolver
