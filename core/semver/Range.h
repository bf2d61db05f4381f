#pragma once

#include "core/semver/SemverError.h"
#include "core/semver/Version.h"

#include <QList>
#include <QStringView>

#include <expected>

namespace mm::semver {

// One primitive test of a range, after npm's sugar (^, ~, x, hyphens) has been expanded.
struct Comparator
{
    enum class Op : quint8
    {
        Any,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Equal
    };

    Op op = Op::Any;
    Version version; // unused for Any; never carries build metadata

    bool matches(const Version& v) const;
    QString toString() const; // ">=1.2.3", "1.2.3" for Equal, "" for Any
    friend bool operator==(const Comparator&, const Comparator&) = default;
};

// An npm range: comparator sets joined by "||"; a version satisfies the range when it
// satisfies every comparator of at least one set. Parsing follows node-semver with loose
// mode off, including its normalisation, so "^1.2.3" and ">=1.2.3 <2.0.0-0" are equal.
class Range
{
public:
    using ComparatorSet = QList<Comparator>;

    // Rejects text over 256 characters, more than 64 "||" sets, and ranges whose normal form
    // would be over 256 characters (about a dozen "^N" alternatives).
    static std::expected<Range, SemverError> parse(QStringView text);
    static Range any(); // "*": every release, no prerelease

    // npm's prerelease rule applies: 1.2.3-beta satisfies a set only if one of its
    // comparators names 1.2.3 with a prerelease, so "^1.0.0" never pulls in an unstable 1.5.0-rc.
    bool satisfies(const Version& v) const;

    // Normalised text, e.g. "^1.2.3" -> ">=1.2.3 <2.0.0-0"; sets are joined by " || ", the
    // universal range is "*" and the empty one "<0.0.0-0". parse(toString()) == *this.
    QString toString() const;
    bool isAny() const;
    const QList<ComparatorSet>& comparatorSets() const { return m_sets; }

    friend bool operator==(const Range&, const Range&) = default;

private:
    explicit Range(QList<ComparatorSet> sets);

    QList<ComparatorSet> m_sets;
};

} // namespace mm::semver
