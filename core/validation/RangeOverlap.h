#pragma once

#include "core/semver/Range.h"

namespace mm::validation {

// Set questions about npm ranges by their bounds: each comparator set is an interval, so two
// ranges overlap when some pair of their sets has a non-empty intersection. The prerelease rule
// is ignored, so a range that admits only prereleases of an affected version still counts as
// overlapping: for advisories, erring towards a warning is the safe side.
class RangeOverlap
{
public:
    static bool overlaps(const semver::Range& a, const semver::Range& b);
    static bool isSatisfiable(const semver::Range& range);
};

} // namespace mm::validation
