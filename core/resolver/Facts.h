#pragma once

#include "core/resolver/Incompatibility.h"

namespace mm::resolver {

class PackageTable;

// The catalog's facts about one package as incompatibilities: which versions this host cannot
// run, what each version depends on and what it conflicts with. Neighbouring versions that say
// the same thing share one incompatibility ("crm-sync >=2.0.0 depends on http-core ^3"), which
// keeps the solver's work and the explanations short. Loads the packages they name. Appended to
// `out` in place: an incompatibility holds its terms inline, so moving one copies them.
void appendFacts(PackageTable& packages, int package, Incompatibilities& out);

} // namespace mm::resolver
