#include "core/resolver/Term.h"

namespace mm::resolver {

// Terms about one package share its universe, so their sets have the same words.
Term intersect(const Term& a, const Term& b)
{
    Q_ASSERT(a.set.universe() == b.set.universe());
    const bool absent = a.allowsAbsent() && b.allowsAbsent();
    VersionSet constraint = VersionSet::none(a.set.universe());
    VersionSet::Word* words = constraint.words();
    for (qsizetype i = 0; i < constraint.wordCount(); ++i) {
        const VersionSet::Word allowed = a.allowed(i) & b.allowed(i);
        words[i] = absent ? ~allowed & constraint.validMask(i) : allowed;
    }
    // Keep a quoted range when the result is the same set of versions as an operand's.
    if (constraint == a.set)
        constraint.setLabel(a.set.labelText());
    else if (constraint == b.set)
        constraint.setLabel(b.set.labelText());
    return Term{a.package, !absent, std::move(constraint)};
}

} // namespace mm::resolver
