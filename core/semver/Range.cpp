#include "core/semver/Range.h"

#include "core/semver/RangeParser.h"
#include "core/semver/Scanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::semver {

namespace {

using Op = Comparator::Op;
using ComparatorSet = Range::ComparatorSet;

// "<0.0.0-0": nothing sorts below it, so its set matches nothing (node's isNullSet).
bool isNullSet(const Comparator& c)
{
    return c.op == Op::Less && c.version == Version(0, 0, 0, {u"0"_s});
}

bool isAnySet(const ComparatorSet& set)
{
    return set.size() == 1 && set.front().op == Op::Any;
}

// node-semver's Range.parseRange tail: ">=0.0.0" means "any release", a null comparator
// empties the whole set, duplicates go, and "any" goes once something narrower is present.
// node spots ">=0.0.0" by its text, so ">=v0.0.0" escapes it there; we look at the meaning.
ComparatorSet normaliseSet(const ComparatorSet& raw)
{
    ComparatorSet out;
    for (Comparator c : raw) {
        if (c.op == Op::GreaterEqual && c.version == Version())
            c = Comparator{};
        if (isNullSet(c))
            return {c};
        if (!out.contains(c))
            out.append(c);
    }
    if (out.size() > 1)
        out.removeIf([](const Comparator& c) { return c.op == Op::Any; });
    return out;
}

// node-semver's Range constructor: among several sets, null sets are dropped (all but the
// first if nothing else is left) and a set matching any release swallows the rest.
QList<ComparatorSet> normaliseSets(QList<ComparatorSet> raw)
{
    QList<ComparatorSet> sets;
    sets.reserve(raw.size());
    for (const ComparatorSet& set : raw)
        sets.append(normaliseSet(set));
    if (sets.size() <= 1)
        return sets;
    QList<ComparatorSet> kept;
    std::copy_if(sets.begin(), sets.end(), std::back_inserter(kept),
                 [](const ComparatorSet& set) { return !isNullSet(set.front()); });
    if (kept.isEmpty())
        return {sets.front()};
    if (auto any = std::find_if(kept.begin(), kept.end(), isAnySet); any != kept.end())
        return {*any};
    return kept;
}

bool setAllows(const ComparatorSet& set, const Version& v)
{
    if (!std::all_of(set.begin(), set.end(), [&v](const Comparator& c) { return c.matches(v); }))
        return false;
    if (!v.isPrerelease())
        return true;
    // npm only lets a prerelease in through a comparator that opted into that exact
    // major.minor.patch's prereleases, e.g. ">=1.2.3-beta" admits 1.2.3-rc but not 1.2.4-rc.
    return std::any_of(set.begin(), set.end(), [&v](const Comparator& c) {
        return c.op != Op::Any && c.version.isPrerelease() && c.version.major() == v.major() &&
               c.version.minor() == v.minor() && c.version.patch() == v.patch();
    });
}

} // namespace

bool Comparator::matches(const Version& v) const
{
    switch (op) {
    case Op::Any:
        return true;
    case Op::Less:
        return v < version;
    case Op::LessEqual:
        return v <= version;
    case Op::Greater:
        return v > version;
    case Op::GreaterEqual:
        return v >= version;
    case Op::Equal:
        return v == version;
    }
    return false;
}

QString Comparator::toString() const
{
    switch (op) {
    case Op::Any:
        return {};
    case Op::Less:
        return u"<"_s + version.toString();
    case Op::LessEqual:
        return u"<="_s + version.toString();
    case Op::Greater:
        return u">"_s + version.toString();
    case Op::GreaterEqual:
        return u">="_s + version.toString();
    case Op::Equal:
        return version.toString();
    }
    return {};
}

Range::Range(QList<ComparatorSet> sets)
    : m_sets(normaliseSets(std::move(sets)))
{}

std::expected<Range, SemverError> Range::parse(QStringView text)
{
    auto sets = detail::RangeParser(text).parse();
    if (!sets)
        return std::unexpected(std::move(sets.error()));
    Range range(std::move(*sets));
    // Sugar expands up to eightfold ("1" is ">=1.0.0 <2.0.0-0"). Holding the normal form to
    // the same limit as the text keeps every accepted range storable as toString() and
    // readable again, which callers (the catalog cache, the server) rely on.
    if (const qsizetype expanded = range.toString().size(); expanded > detail::kMaxLength) {
        return std::unexpected(
            SemverError{0,
                        u"a range whose normal form has at most 256 characters (this one has "_s +
                            QString::number(expanded) + u")"_s,
                        text.toString(), SemverError::Subject::Range});
    }
    return range;
}

Range Range::any()
{
    return Range({ComparatorSet{Comparator{}}});
}

bool Range::satisfies(const Version& v) const
{
    return std::any_of(m_sets.begin(), m_sets.end(),
                       [&v](const ComparatorSet& set) { return setAllows(set, v); });
}

bool Range::isAny() const
{
    return m_sets.size() == 1 && isAnySet(m_sets.front());
}

QString Range::toString() const
{
    if (isAny())
        return u"*"_s;
    QStringList sets;
    for (const ComparatorSet& set : m_sets) {
        QStringList comparators;
        for (const Comparator& c : set)
            comparators.append(c.toString());
        sets.append(comparators.join(u' '));
    }
    return sets.join(u" || "_s);
}

} // namespace mm::semver
