#include "core/resolver/Incompatibility.h"

#include "core/resolver/PackageTable.h"

namespace mm::resolver {

Incompatibility Incompatibility::make(Terms terms, Cause cause)
{
    Incompatibility result;
    result.cause = cause;
    for (Term& term : terms) {
        auto same = std::find_if(result.terms.begin(), result.terms.end(),
                                 [&term](const Term& t) { return t.package == term.package; });
        if (same == result.terms.end())
            result.terms.append(std::move(term));
        else
            *same = intersect(*same, term);
    }
    // A term every state satisfies never decides whether the whole is satisfied.
    result.terms.removeIf([](const Term& t) { return t.isAlways(); });
    if (cause == Cause::Derived && result.terms.size() > 1)
        result.terms.removeIf([](const Term& t) { return t.package == PackageTable::root && t.positive; });
    return result;
}

Incompatibility Incompatibility::derived(Terms terms, int left, int right)
{
    Incompatibility result = make(std::move(terms), Cause::Derived);
    result.left = left;
    result.right = right;
    return result;
}

bool Incompatibility::isFailure() const
{
    return terms.isEmpty() ||
           (terms.size() == 1 && terms.front().package == PackageTable::root && terms.front().positive);
}

} // namespace mm::resolver
