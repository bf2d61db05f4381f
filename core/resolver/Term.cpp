#include "core/resolver/Term.h"

namespace mm::resolver {

Term intersect(const Term& a, const Term& b)
{
    const bool absent = a.allowsAbsent() && b.allowsAbsent();
    const QBitArray allowed = a.allowed() & b.allowed();
    QBitArray constraint = absent ? ~allowed : allowed;
    // Keep a quoted range when the result is the same set of versions as an operand's.
    QString label;
    if (constraint == a.set.bits())
        label = a.set.label();
    else if (constraint == b.set.bits())
        label = b.set.label();
    return Term{a.package, !absent, VersionSet(std::move(constraint), std::move(label))};
}

bool isSubset(const Term& a, const Term& b)
{
    if (a.allowsAbsent() && !b.allowsAbsent())
        return false;
    return (a.allowed() & ~b.allowed()).count(true) == 0;
}

bool isDisjoint(const Term& a, const Term& b)
{
    if (a.allowsAbsent() && b.allowsAbsent())
        return false;
    return (a.allowed() & b.allowed()).count(true) == 0;
}

Relation relation(const Term* known, const Term& term)
{
    if (!known) {
        // Nothing known: every version and absence are still possible.
        if (term.isAlways())
            return Relation::Satisfied;
        if (term.isNever())
            return Relation::Contradicted;
        return Relation::Inconclusive;
    }
    if (isSubset(*known, term))
        return Relation::Satisfied;
    if (isDisjoint(*known, term))
        return Relation::Contradicted;
    return Relation::Inconclusive;
}

} // namespace mm::resolver
