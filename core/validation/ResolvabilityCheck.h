#pragma once

#include "core/semver/Version.h"
#include "core/validation/CatalogLookup.h"
#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"

namespace mm::validation {

// resolve.unresolvable and resolve.no-host: the module under test joins the catalog as one more
// candidate, and the installer's resolver is asked to install exactly it on every supported
// host version its host range admits.
class ResolvabilityCheck
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::ResolvabilityCheck)

public:
    ResolvabilityCheck(CatalogLookup& catalog, const QList<semver::Version>& hostVersions, FindingSink& sink);

    void run(const ModuleTree& tree);

private:
    CatalogLookup& m_catalog;
    const QList<semver::Version>& m_hostVersions;
    FindingSink& m_sink;
};

} // namespace mm::validation
