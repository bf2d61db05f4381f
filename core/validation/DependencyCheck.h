#pragma once

#include "core/validation/CatalogLookup.h"
#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"

namespace mm::validation {

// The dependencies against the catalog (dependency.self, dependency.unknown,
// dependency.unsatisfiable, dependency.cycle).
class DependencyCheck
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::DependencyCheck)

public:
    static constexpr qsizetype maxVisited = 5000; // catalog modules walked looking for a cycle

    DependencyCheck(CatalogLookup& catalog, FindingSink& sink);

    void run(const ModuleTree& tree);

private:
    void findCycle(const package::Manifest& manifest);

    CatalogLookup& m_catalog;
    FindingSink& m_sink;
};

} // namespace mm::validation
