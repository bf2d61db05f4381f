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

namespace {

// Whether combine(allowed(a), allowed(b)) has any bit set, read byte by byte from the stored
// sets, so no temporary bit array is built: these tests are most of a resolve's time.
template <typename Combine>
bool anyAllowedBit(const Term& a, const Term& b, Combine combine)
{
    const QBitArray& x = a.set.bits();
    const QBitArray& y = b.set.bits();
    if (x.size() != y.size()) // terms about one package share its universe; be safe otherwise
        return combine(a.allowed(), b.allowed()).count(true) != 0;
    const auto* px = reinterpret_cast<const unsigned char*>(x.bits());
    const auto* py = reinterpret_cast<const unsigned char*>(y.bits());
    const unsigned flipA = a.positive ? 0u : 0xFFu;
    const unsigned flipB = b.positive ? 0u : 0xFFu;
    const qsizetype fullBytes = x.size() / 8;
    for (qsizetype i = 0; i < fullBytes; ++i)
        if (combine(unsigned(px[i]) ^ flipA, unsigned(py[i]) ^ flipB) & 0xFFu)
            return true;
    if (const int rest = int(x.size() % 8)) {
        const unsigned mask = (1u << rest) - 1u; // the bits past the size are not versions
        if (combine(unsigned(px[fullBytes]) ^ flipA, unsigned(py[fullBytes]) ^ flipB) & mask)
            return true;
    }
    return false;
}

} // namespace

bool isSubset(const Term& a, const Term& b)
{
    if (a.allowsAbsent() && !b.allowsAbsent())
        return false;
    return !anyAllowedBit(a, b, [](auto x, auto y) { return x & ~y; });
}

bool isDisjoint(const Term& a, const Term& b)
{
    if (a.allowsAbsent() && b.allowsAbsent())
        return false;
    return !anyAllowedBit(a, b, [](auto x, auto y) { return x & y; });
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
