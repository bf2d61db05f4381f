#include "core/validation/RangeOverlap.h"

#include <optional>

namespace mm::validation {
namespace {

using semver::Comparator;
using semver::Version;

struct Bound
{
    Version version;
    bool inclusive = true;
};

// The interval of one conjunction of comparators: lower and upper bound, none meaning open.
struct Interval
{
    std::optional<Bound> lower;
    std::optional<Bound> upper;

    void add(const Comparator& c)
    {
        switch (c.op) {
        case Comparator::Op::Any:
            return;
        case Comparator::Op::Equal:
            raise({c.version, true});
            cut({c.version, true});
            return;
        case Comparator::Op::Greater:
            raise({c.version, false});
            return;
        case Comparator::Op::GreaterEqual:
            raise({c.version, true});
            return;
        case Comparator::Op::Less:
            cut({c.version, false});
            return;
        case Comparator::Op::LessEqual:
            cut({c.version, true});
            return;
        }
    }
    void raise(const Bound& b)
    {
        if (!lower || b.version > lower->version || (b.version == lower->version && !b.inclusive))
            lower = b;
    }
    void cut(const Bound& b)
    {
        if (!upper || b.version < upper->version || (b.version == upper->version && !b.inclusive))
            upper = b;
    }
    bool isEmpty() const
    {
        if (!lower || !upper)
            return false;
        if (lower->version < upper->version)
            return false;
        return !(lower->version == upper->version && lower->inclusive && upper->inclusive);
    }
};

Interval intervalOf(const QList<Comparator>& a, const QList<Comparator>& b = {})
{
    Interval interval;
    // 0.0.0-0 is the lowest version there is, so "<0.0.0-0" (the empty range) comes out empty.
    interval.lower = Bound{Version(0, 0, 0, {QStringLiteral("0")}), true};
    for (const auto& c : a)
        interval.add(c);
    for (const auto& c : b)
        interval.add(c);
    return interval;
}

} // namespace

bool RangeOverlap::overlaps(const semver::Range& a, const semver::Range& b)
{
    for (const auto& left : a.comparatorSets())
        for (const auto& right : b.comparatorSets())
            if (!intervalOf(left, right).isEmpty())
                return true;
    return false;
}

bool RangeOverlap::isSatisfiable(const semver::Range& range)
{
    for (const auto& set : range.comparatorSets())
        if (!intervalOf(set).isEmpty())
            return true;
    return false;
}

} // namespace mm::validation
